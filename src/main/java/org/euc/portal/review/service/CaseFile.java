package org.euc.portal.review.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.euc.portal.certificate.domain.ComplianceFlag;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionProposal;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.certificate.domain.ProposalState;
import org.euc.portal.certificate.service.CertificateDetail;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.certificate.domain.CaseNote;
import org.euc.portal.certificate.domain.NoteVisibility;
import org.euc.portal.review.domain.ReviewTarget;

/**
 * A case as the ministry works it: the certificate in full (every revision, signature, history),
 * plus who has it, how long it waits, whether its agency's country is on the approved list today,
 * its flags, proposals, notes and what was approved.
 */
public record CaseFile(
        CertificateDetail certificate,
        String assignee,
        Instant waitingSince,
        ReviewTarget target,
        CountryStanding countryStanding,
        LocalDate approvedFrom,
        LocalDate approvedUntil,
        String conditions,
        CertificateDetail.DocumentInfo issuedDocument,
        List<FlagView> flags,
        List<ProposalView> proposals,
        List<NoteView> notes) implements Serializable {

    public ProposalView openProposal() {
        return proposals.stream().filter(p -> p.state() == ProposalState.OPEN).findFirst().orElse(null);
    }

    public long openBlockingFlags() {
        return flags.stream().filter(f -> f.blocking() && f.resolvedAt() == null).count();
    }

    /** A flag; {@code ledgerEntryId} names the ledger entry a ledger rule found it in. */
    public record FlagView(long id, FlagRule rule, boolean blocking, Phrase detail, Integer revisionNumber,
            Long ledgerEntryId, Instant raisedAt, String raisedBy, Instant resolvedAt, String resolvedBy,
            Phrase resolution) implements Serializable {

        static FlagView of(ComplianceFlag flag) {
            return new FlagView(flag.getId(), flag.getRule(), flag.isBlocking(), flag.getDetail(),
                    flag.getRevisionNumber(), flag.getLedgerEntryId(), flag.getRaisedAt(), flag.getRaisedBy(),
                    flag.getResolvedAt(), flag.getResolvedBy(), flag.getResolution());
        }

        public boolean isOpen() {
            return resolvedAt == null;
        }
    }

    public record ProposalView(long id, DecisionKind kind, ProposalState state, DecisionReason reason, Phrase rationale,
            Phrase legalBasis, LocalDate validFrom, LocalDate validUntil, String conditions, String proposedBy,
            Instant proposedAt, String decidedBy, Instant decidedAt) implements Serializable {

        static ProposalView of(DecisionProposal proposal) {
            return new ProposalView(proposal.getId(), proposal.getKind(), proposal.getState(), proposal.getReason(),
                    proposal.getRationale(), proposal.getLegalBasis(), proposal.getValidFrom(), proposal.getValidUntil(),
                    proposal.getConditions(), proposal.getProposedBy(), proposal.getProposedAt(),
                    proposal.getDecidedBy(), proposal.getDecidedAt());
        }
    }

    public record NoteView(NoteVisibility visibility, String author, Instant writtenAt, String text)
            implements Serializable {

        static NoteView of(CaseNote note) {
            return new NoteView(note.getVisibility(), note.getAuthor(), note.getWrittenAt(), note.getText());
        }
    }
}
