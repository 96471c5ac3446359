package org.euc.portal.certificate.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.AgencyKind;
import org.euc.portal.reference.domain.Country;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.reference.domain.Signatory;
import org.euc.portal.signature.TestPki;
import org.junit.jupiter.api.function.Executable;

/**
 * The certificates, people, decisions and assertions the certificate domain tests share: certificates
 * are brought to a status only along the designed lifecycle, through the certificate's own methods.
 */
final class CertificateFixtures {

    /** The agency's country, on the approved list on every day these tests decide. */
    static final CountryStanding APPROVED_COUNTRY =
            new CountryStanding("AR", "Arcadia", true, LocalDate.of(2025, 1, 1), "Meets the criteria");
    static final String IMPORTER = "importer.alice";
    static final String REVIEWER = "reviewer.bob";
    /** Confirms what {@link #REVIEWER} proposed: the second pair of eyes. */
    static final String SENIOR_REVIEWER = "senior.carol";

    static final Instant DRAFTED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant EDITED = DRAFTED.plus(Duration.ofHours(1));
    static final Instant SIGNED = DRAFTED.plus(Duration.ofHours(2));
    static final Instant SUBMITTED_AT = DRAFTED.plus(Duration.ofDays(1));
    static final Instant REVIEWED = DRAFTED.plus(Duration.ofDays(2));
    static final Instant LATER = DRAFTED.plus(Duration.ofDays(3));

    /** What the fixture's approvals grant; the certificate expires the day after the last valid day. */
    static final ApprovalTerms TERMS = new ApprovalTerms(LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31),
            "only at the two declared sites");
    static final Instant VALIDITY_ENDED = Instant.parse("2029-04-01T00:00:00Z");

    static final Agency AGENCY = new Agency("XA-NPD", "National Police Directorate", new Country("XA", "Examplia"),
            AgencyKind.POLICE);
    private static final TestPki PKI = new TestPki();
    static final Signatory SIGNATORY = persisted(Signatory.register(AGENCY, "Dana Signer", "Director",
            PKI.issueCurrentlyValid("Dana Signer").certificate(), "admin", DRAFTED), 1L);
    static final Signatory OTHER_SIGNATORY = persisted(Signatory.register(AGENCY, "Eli Deputy", "Deputy Director",
            PKI.issueCurrentlyValid("Eli Deputy").certificate(), "admin", DRAFTED), 2L);
    static final Offence ORGANISED_CRIME = new Offence("XA", "PC-100", "Penal Code s. 100",
            "Leading a criminal organisation", 10, false, OffenceCategory.ORGANISED_CRIME, LocalDate.of(2020, 1, 1),
            "admin", DRAFTED);

    private CertificateFixtures() {
    }

    // --- decisions -----------------------------------------------------------------------------

    static Decision requestChanges() {
        return new Decision(DecisionKind.REQUEST_CHANGES, DecisionReason.INCOMPLETE_INFORMATION,
                "the export licence number does not match the exporter's", null);
    }

    static Decision rejection() {
        return new Decision(DecisionKind.REJECT, DecisionReason.RISK_OF_MISUSE, "prior misuse documented", null);
    }

    static Decision approval() {
        return new Decision(DecisionKind.APPROVE, DecisionReason.MEETS_REQUIREMENTS, "all conditions met", null);
    }

    static Decision suspension() {
        return new Decision(DecisionKind.SUSPEND, DecisionReason.USE_OUTSIDE_DECLARED_PURPOSES,
                "flags 3 and 7 unresolved", "Export Control Act s. 12");
    }

    static Decision reinstatement() {
        return new Decision(DecisionKind.REINSTATE, DecisionReason.COMPLIANCE_RESTORED, "flags resolved", null);
    }

    static Decision revocation() {
        return new Decision(DecisionKind.REVOKE, DecisionReason.SERIOUS_VIOLATION, "use against journalists",
                "Export Control Act s. 14");
    }

    /** A complete, valid decision of this kind. */
    static Decision decisionOf(DecisionKind kind) {
        return switch (kind) {
            case REQUEST_CHANGES -> requestChanges();
            case REJECT -> rejection();
            case APPROVE -> approval();
            case SUSPEND -> suspension();
            case REINSTATE -> reinstatement();
            case REVOKE -> revocation();
        };
    }

    // --- certificates --------------------------------------------------------------------------

    static Certificate draft() {
        return Certificate.draft("EUC-2026-0001", AGENCY, details("LIC-1"), SIGNATORY, IMPORTER, DRAFTED);
    }

    static RevisionDetails details(String exportLicence) {
        return new RevisionDetails("Acme Interception Ltd", exportLicence, "Acme LI 5", SystemCategory.LAWFUL_INTERCEPTION,
                2, 1, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31));
    }

    static void completeContent(Certificate certificate) {
        certificate.declarePurposes(EnumSet.of(TerroristAct.ATTACK_ON_LIFE), Set.of(ORGANISED_CRIME), EDITED);
        certificate.acceptUndertakings(EnumSet.allOf(Undertaking.class), IMPORTER, EDITED);
    }

    static Certificate readyToSubmit() {
        Certificate certificate = draft();
        completeContent(certificate);
        certificate.attachGeneratedDocument(pdf("generated"), "en", SIGNED);
        certificate.attachSignedDocument(pdf("signed"), SIGNATORY.getFingerprint(), SIGNED, SIGNED);
        return certificate;
    }

    static Certificate submitted() {
        Certificate certificate = readyToSubmit();
        certificate.submit(IMPORTER, SUBMITTED_AT);
        return certificate;
    }

    /**
     * A certificate brought to the status along the designed lifecycle: claimed and decided by
     * {@link #REVIEWER}; approvals and revocations proposed by him and confirmed by {@link #SENIOR_REVIEWER}.
     */
    static Certificate certificateIn(CertificateStatus status) {
        return switch (status) {
            case DRAFT -> draft();
            case WITHDRAWN -> {
                Certificate certificate = draft();
                withdraw(certificate, "no longer needed");
                yield certificate;
            }
            case SUBMITTED -> submitted();
            case UNDER_REVIEW -> {
                Certificate certificate = submitted();
                certificate.claim(REVIEWER, REVIEWED);
                yield certificate;
            }
            case CHANGES_REQUESTED -> decided(requestChanges());
            case REJECTED -> decided(rejection());
            case APPROVED -> {
                Certificate certificate = certificateIn(CertificateStatus.UNDER_REVIEW);
                proposeAndConfirm(certificate, approval(), TERMS);
                yield certificate;
            }
            case SUSPENDED -> {
                Certificate certificate = certificateIn(CertificateStatus.APPROVED);
                certificate.suspend(suspension(), REVIEWER, REVIEWED);
                yield certificate;
            }
            case REVOKED -> {
                Certificate certificate = certificateIn(CertificateStatus.APPROVED);
                proposeAndConfirm(certificate, revocation(), null);
                yield certificate;
            }
            case EXPIRED -> {
                Certificate certificate = certificateIn(CertificateStatus.APPROVED);
                certificate.expire(VALIDITY_ENDED);
                yield certificate;
            }
        };
    }

    private static Certificate decided(Decision decision) {
        Certificate certificate = certificateIn(CertificateStatus.UNDER_REVIEW);
        certificate.decide(decision, REVIEWER, REVIEWED);
        return certificate;
    }

    private static void proposeAndConfirm(Certificate certificate, Decision decision, ApprovalTerms terms) {
        DecisionProposal proposal = certificate.propose(decision, terms, APPROVED_COUNTRY, REVIEWER, REVIEWED);
        certificate.confirm(proposal, APPROVED_COUNTRY, SENIOR_REVIEWER, REVIEWED);
    }

    static void withdraw(Certificate certificate, String rationale) {
        certificate.withdraw(IMPORTER, rationale, LATER);
    }

    static StoredDocument pdf(String content) {
        return new StoredDocument(content + ".pdf", StoredDocument.PDF, content.getBytes(), SIGNED);
    }

    /** Gives a signatory the id the database would assign: revisions recognise their signatory by id. */
    private static Signatory persisted(Signatory signatory, long id) {
        try {
            Field field = Signatory.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(signatory, id);
            return signatory;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Signatory has no id field", e);
        }
    }

    // --- assertions ----------------------------------------------------------------------------

    /** The request is refused with this key and leaves the certificate, its revisions, proposals and flags alone. */
    static RuleViolationException assertRefused(Certificate certificate, String messageKey, Executable request) {
        List<Object> before = stateOf(certificate);

        RuleViolationException refusal = assertThrows(RuleViolationException.class, request);

        assertEquals(messageKey, refusal.messageKey(), () -> "refused, but for another reason: " + refusal);
        assertEquals(before, stateOf(certificate), "a refused request changes nothing");
        return refusal;
    }

    /** A decision that refuses to exist: no certificate is involved. */
    static void assertInvalidDecision(String messageKey, Executable construction) {
        RuleViolationException refusal = assertThrows(RuleViolationException.class, construction);
        assertEquals(messageKey, refusal.messageKey());
    }

    static StatusChange assertLastChange(Certificate certificate, CertificateStatus from, CertificateStatus to,
            String reasonCode, String actor, Instant at) {
        StatusChange last = lastChange(certificate);
        assertAll("last history entry",
                () -> assertEquals(from, last.getFromStatus()),
                () -> assertEquals(to, last.getToStatus()),
                () -> assertEquals(reasonCode, last.getReasonCode()),
                () -> assertEquals(actor, last.getActor()),
                () -> assertEquals(at, last.getChangedAt()));
        return last;
    }

    static StatusChange lastChange(Certificate certificate) {
        List<StatusChange> history = certificate.getHistory();
        return history.get(history.size() - 1);
    }

    /** Everything a refused request must leave as it was. */
    static List<Object> stateOf(Certificate certificate) {
        return Arrays.asList(certificate.getStatus(), certificate.getHistory(), certificate.getStatusChangedAt(),
                certificate.getUpdatedAt(), certificate.getCurrentRevisionNumber(), certificate.getFirstSubmittedAt(),
                certificate.getLastSubmittedAt(), certificate.getAssignee(), certificate.getWaitingSince(),
                certificate.getApprovedFrom(), certificate.getApprovedUntil(), certificate.getConditions(),
                certificate.getProposals().stream().map(CertificateFixtures::stateOf).toList(),
                certificate.getFlags().stream().map(CertificateFixtures::stateOf).toList(),
                certificate.getRevisions().stream().map(CertificateFixtures::contentOf).toList());
    }

    private static List<Object> stateOf(DecisionProposal proposal) {
        return Arrays.asList(proposal, proposal.getState(), proposal.getDecidedBy(), proposal.getDecidedAt());
    }

    private static List<Object> stateOf(ComplianceFlag flag) {
        return Arrays.asList(flag, flag.getResolvedBy(), flag.getResolution(), flag.getResolvedAt());
    }

    static List<Object> contentOf(CertificateRevision revision) {
        return Arrays.asList(revision.getNumber(), revision.getDetails(), revision.getSignatory(),
                revision.getTerroristActs(), revision.getOffences(), revision.acceptedUndertakings(),
                revision.getGeneratedDocument(), revision.getDocumentLanguage(), revision.getSignedDocument(),
                revision.getSignerFingerprint(), revision.getSubmittedAt(), revision.getSubmittedBy());
    }

    static <T> T single(List<T> items) {
        assertEquals(1, items.size(), () -> "expected one item: " + items);
        return items.get(0);
    }
}
