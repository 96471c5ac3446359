package org.euc.portal.certificate.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.euc.portal.certificate.domain.AcceptedUndertaking;
import org.euc.portal.certificate.domain.CertificateRevision;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.RevisionDetails;
import org.euc.portal.certificate.domain.StatusChange;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.signature.domain.SignatureCheckOutcome;

/**
 * A certificate as pages show it: every revision with what it declared and how it was signed,
 * and the status history. Plain values, complete when the service returns, safe to keep in a view.
 */
public record CertificateDetail(
        String reference,
        CertificateStatus status,
        long version,
        String agencyCode,
        String agencyName,
        String countryCode,
        String countryName,
        Instant createdAt,
        Instant firstSubmittedAt,
        Instant statusChangedAt,
        boolean editableByImporter,
        List<RevisionView> revisions,
        List<HistoryEntry> history) implements Serializable {

    public RevisionView currentRevision() {
        return revisions.get(revisions.size() - 1);
    }

    /** One revision, newest last in {@link CertificateDetail#revisions()}. */
    public record RevisionView(
            int number,
            RevisionDetails details,
            long signatoryId,
            String signatoryName,
            String signatoryTitle,
            String signatoryFingerprint,
            List<TerroristAct> terroristActs,
            List<DeclaredOffenceView> offences,
            List<AcceptedUndertakingView> undertakings,
            DocumentInfo generatedDocument,
            Instant generatedAt,
            DocumentInfo signedDocument,
            SignatureCheckOutcome signatureOutcome,
            String signerFingerprint,
            Instant signingTime,
            Instant signatureCheckedAt,
            Instant submittedAt,
            String submittedBy,
            boolean contentComplete) implements Serializable {

        public boolean isSubmitted() {
            return submittedAt != null;
        }

        public boolean isSigned() {
            return signatureOutcome == SignatureCheckOutcome.VALID && signedDocument != null;
        }

        public boolean hasAllUndertakings() {
            return undertakings.size() == Undertaking.values().length;
        }

        public boolean hasPurposes() {
            return !terroristActs.isEmpty() || !offences.isEmpty();
        }

        public Set<Long> offenceIds() {
            return offences.stream().map(DeclaredOffenceView::id).collect(java.util.stream.Collectors.toSet());
        }

        static RevisionView of(CertificateRevision revision, DocumentInfo generated, DocumentInfo signed) {
            return new RevisionView(revision.getNumber(), revision.getDetails(), revision.getSignatory().getId(),
                    revision.getSignatory().getName(), revision.getSignatory().getTitle(),
                    revision.getSignatory().getFingerprint(), revision.getTerroristActsInOrder(),
                    revision.getOffencesInOrder().stream().map(DeclaredOffenceView::of).toList(),
                    revision.getUndertakingsInOrder().stream().map(AcceptedUndertakingView::of).toList(),
                    generated, revision.getGeneratedAt(), signed, revision.getSignatureOutcome(),
                    revision.getSignerFingerprint(), revision.getSigningTime(), revision.getSignatureCheckedAt(),
                    revision.getSubmittedAt(), revision.getSubmittedBy(), revision.isContentComplete());
        }
    }

    /** A declared serious crime, as the catalogue version declared described it. */
    public record DeclaredOffenceView(long id, String offenceCode, String statute, String name, Integer maxPenaltyYears,
            boolean lifeImprisonment, OffenceCategory category) implements Serializable {

        static DeclaredOffenceView of(Offence offence) {
            return new DeclaredOffenceView(offence.getId(), offence.getOffenceCode(), offence.getStatute(),
                    offence.getName(), offence.getMaxPenaltyYears(), offence.isLifeImprisonment(), offence.getCategory());
        }
    }

    public record AcceptedUndertakingView(Undertaking undertaking, Instant acceptedAt, String acceptedBy)
            implements Serializable {

        static AcceptedUndertakingView of(AcceptedUndertaking acceptance) {
            return new AcceptedUndertakingView(acceptance.getUndertaking(), acceptance.getAcceptedAt(),
                    acceptance.getAcceptedBy());
        }
    }

    /** A stored file without its bytes. */
    public record DocumentInfo(long id, String fileName, long sizeBytes, String sha256, Instant createdAt)
            implements Serializable {
    }

    /**
     * @param proposedBy under four eyes, who proposed what {@code actor} confirmed; null otherwise
     * @param rationale a reviewer's words verbatim, or the portal's own for a decision it took
     */
    public record HistoryEntry(CertificateStatus fromStatus, CertificateStatus toStatus, Instant changedAt,
            String actor, String proposedBy, String reasonCode, Phrase rationale, Phrase legalBasis,
            Integer revisionNumber) implements Serializable {

        static HistoryEntry of(StatusChange change) {
            return new HistoryEntry(change.getFromStatus(), change.getToStatus(), change.getChangedAt(),
                    change.getActor(), change.getProposedBy(), change.getReasonCode(), change.getRationale(),
                    change.getLegalBasis(), change.getRevisionNumber());
        }
    }
}
