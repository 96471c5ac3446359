package org.euc.portal.certificate.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateRevision;
import org.euc.portal.certificate.domain.RevisionDetails;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.ViolationMessage;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.Signatory;
import org.euc.portal.reference.service.ReferenceData;
import org.euc.portal.signature.domain.PadesInspection;
import org.euc.portal.signature.domain.SignatureCheckOutcome;
import org.euc.portal.signature.service.PadesVerifier;

/**
 * The importer's work on a certificate: draft, declare purposes, accept undertakings, generate
 * the PDF, upload it signed, submit, withdraw, amend. Every method acts only on the caller's own
 * agency, re-checks every rule a page may already have shown, and writes to the audit log.
 */
@ApplicationScoped
@RolesAllowed(Roles.IMPORTER)
public class CertificateDrafting {

    /** Longest validity an agency may ask for. */
    static final int MAX_VALIDITY_YEARS = 5;
    /** Clock skew tolerated between the signer's computer and ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    ImporterScope scope;

    @Inject
    ReferenceData referenceData;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    ValidatorFactory validation;

    @Inject
    CertificateDocumentRenderer renderer;

    @Inject
    PadesVerifier verifier;

    @Inject
    SubmissionFlags submissionFlags;

    Clock clock = Clock.systemUTC();

    /** Whether the caller's country may apply today; pages show it before any work is done. */
    @Transactional
    public CountryStanding callerCountryStanding() {
        Agency agency = scope.callerAgency();
        return referenceData.countryStanding(agency.getCountry().getCode(), today());
    }

    /** The caller's agency's signatories who may sign today. */
    @Transactional
    public List<Signatory> availableSignatories() {
        return referenceData.signatoriesAbleToSign(scope.callerAgency().getCode(), clock.instant());
    }

    /** The caller's country's offence catalogue in force today, each with whether it may be declared. */
    @Transactional
    public List<Offence> offenceCatalogue() {
        return referenceData.offencesInForce(scope.callerAgency().getCountry().getCode(), today());
    }

    @Transactional
    public String createDraft(RevisionDetails details, long signatoryId) {
        Agency agency = scope.callerAgency();
        requireMayApply(agency);
        requireValid(details);
        Signatory signatory = signatoryOf(agency, signatoryId);
        Instant now = clock.instant();
        Certificate certificate = Certificate.draft(nextReference(), agency, details, signatory, caller.name(), now);
        em.persist(certificate);
        auditLog.record(AuditAction.CERTIFICATE_DRAFTED, "CERTIFICATE", certificate.getReference(),
                "system " + details.getSystemName() + ", exporter " + details.getExporterCompany());
        return certificate.getReference();
    }

    @Transactional
    public void saveDetails(String reference, long expectedVersion, RevisionDetails details, long signatoryId) {
        Certificate certificate = scope.ownCertificateForChange(reference, expectedVersion);
        if (details == null) {
            throw new RuleViolationException("rule.details.missing");
        }
        requireMayApply(certificate.getAgency());
        requireValid(details);
        certificate.changeDetails(details, signatoryOf(certificate.getAgency(), signatoryId), clock.instant());
        auditLog.record(AuditAction.CERTIFICATE_DETAILS_SAVED, "CERTIFICATE", reference,
                "revision " + certificate.getCurrentRevisionNumber());
    }

    @Transactional
    public void declarePurposes(String reference, long expectedVersion, Set<TerroristAct> acts, Set<Long> offenceIds) {
        Certificate certificate = scope.ownCertificateForChange(reference, expectedVersion);
        requireMayApply(certificate.getAgency());
        Set<Offence> seriousCrimes = declaredOffences(certificate.getAgency(), offenceIds);
        certificate.declarePurposes(acts, seriousCrimes, clock.instant());
        auditLog.record(AuditAction.CERTIFICATE_PURPOSES_DECLARED, "CERTIFICATE", reference,
                "terrorist acts " + acts.stream().map(TerroristAct::number).sorted().toList()
                        + ", offences " + seriousCrimes.stream().map(Offence::getOffenceCode).sorted().toList());
    }

    @Transactional
    public void acceptUndertakings(String reference, long expectedVersion, Set<Undertaking> accepted) {
        Certificate certificate = scope.ownCertificateForChange(reference, expectedVersion);
        certificate.acceptUndertakings(accepted, caller.name(), clock.instant());
        auditLog.record(AuditAction.CERTIFICATE_UNDERTAKINGS_ACCEPTED, "CERTIFICATE", reference,
                "accepted " + accepted.stream().sorted().toList());
    }

    /** Renders the PDF of the current revision, stores exactly those bytes and returns them. */
    @Transactional
    public StoredDocument generateDocument(String reference, long expectedVersion, Locale locale) {
        Certificate certificate = scope.ownCertificateForChange(reference, expectedVersion);
        requireMayApply(certificate.getAgency());
        CertificateRevision revision = certificate.currentRevision();
        if (!revision.isContentComplete()) {
            throw new RuleViolationException("rule.document.incomplete");
        }
        Instant now = clock.instant();
        byte[] pdf = renderer.render(DocumentContents.of(certificate, revision, now, locale));
        StoredDocument document = new StoredDocument(reference + "-r" + revision.getNumber() + ".pdf",
                StoredDocument.PDF, pdf, now);
        em.persist(document);
        certificate.attachGeneratedDocument(document, locale.getLanguage(), now);
        auditLog.record(AuditAction.CERTIFICATE_DOCUMENT_GENERATED, "CERTIFICATE", reference,
                "revision " + revision.getNumber() + ", sha256 " + document.getSha256());
        return document;
    }

    /**
     * Checks an uploaded signed PDF of the current revision and keeps it when it passes; a refused
     * upload changes nothing but is audited with its hash and the reason.
     */
    @Transactional
    public SignatureCheck attachSignedDocument(String reference, byte[] upload, String fileName) {
        Certificate certificate = scope.ownCertificate(reference);
        CertificateRevision revision = certificate.currentRevision();
        if (!certificate.isEditableByImporter()) {
            throw new RuleViolationException("rule.revision.notEditable", reference, certificate.getStatus());
        }
        if (revision.getGeneratedDocument() == null) {
            throw new RuleViolationException("rule.signature.noGeneratedDocument");
        }
        Instant now = clock.instant();
        byte[] generated = revision.getGeneratedDocument().getContent();
        PadesInspection inspection = verifier.inspect(upload, generated);
        SignatureJudgement judgement = judge(inspection, certificate.getAgency(), revision, now);
        SignatureCheck check = new SignatureCheck(judgement.outcome(), judgement.signerName(), judgement.signingTime(),
                inspection.documentSha256());
        if (!check.accepted()) {
            auditLog.record(AuditAction.CERTIFICATE_SIGNED_DOCUMENT_REFUSED, "CERTIFICATE", reference,
                    "revision " + revision.getNumber() + ", " + judgement.outcome() + " (" + judgement.detail()
                            + "), file " + fileName + ", sha256 " + inspection.documentSha256());
            return check;
        }
        StoredDocument signed = new StoredDocument(signedFileName(reference, revision), StoredDocument.PDF, upload, now);
        em.persist(signed);
        certificate.attachSignedDocument(signed, judgement.signerFingerprint(), judgement.signingTime(), now);
        em.lock(certificate, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        auditLog.record(AuditAction.CERTIFICATE_SIGNED_DOCUMENT_ACCEPTED, "CERTIFICATE", reference,
                "revision " + revision.getNumber() + ", signed by " + judgement.signerName() + " ("
                        + judgement.signerFingerprint() + "), sha256 " + signed.getSha256());
        return check;
    }

    @Transactional
    public void submit(String reference, long expectedVersion) {
        Certificate certificate = scope.ownCertificateForChange(reference, expectedVersion);
        requireMayApply(certificate.getAgency());
        CertificateRevision revision = certificate.currentRevision();
        Instant now = clock.instant();
        if (revision.isSigned() && revision.getSignatory().isRevokedAt(now)) {
            throw new RuleViolationException("rule.signatory.revokedSinceSigning", revision.getSignatory().getName());
        }
        certificate.submit(caller.name(), now);
        submissionFlags.raise(certificate, now);
        auditLog.record(AuditAction.CERTIFICATE_SUBMITTED, "CERTIFICATE", reference,
                "revision " + revision.getNumber() + ", signed document sha256 "
                        + revision.getSignedDocument().getSha256());
    }

    @Transactional
    public void withdraw(String reference, long expectedVersion, String rationale) {
        Certificate certificate = scope.ownCertificateForChange(reference, expectedVersion);
        certificate.withdraw(caller.name(), rationale, clock.instant());
        auditLog.record(AuditAction.CERTIFICATE_WITHDRAWN, "CERTIFICATE", reference, rationale);
    }

    /** After a change request: opens revision n+1 with the content of revision n. */
    @Transactional
    public int startAmendment(String reference, long expectedVersion) {
        Certificate certificate = scope.ownCertificateForChange(reference, expectedVersion);
        requireMayApply(certificate.getAgency());
        CertificateRevision next = certificate.startAmendment(caller.name(), clock.instant());
        auditLog.record(AuditAction.CERTIFICATE_AMENDMENT_STARTED, "CERTIFICATE", reference,
                "revision " + next.getNumber());
        return next.getNumber();
    }

    /**
     * Decides on a cryptographically sound signature against the signatory registry: the most
     * specific problem is reported (an expired certificate rather than "not the named signatory").
     */
    private SignatureJudgement judge(PadesInspection inspection, Agency agency, CertificateRevision revision,
            Instant now) {
        if (inspection.outcome() != SignatureCheckOutcome.VALID) {
            return SignatureJudgement.refused(inspection.outcome(), inspection.detail(), null, now);
        }
        String fingerprint = Signatory.fingerprintOf(inspection.signerCertificate());
        String certificateName = inspection.signerCertificate().getSubjectX500Principal().getName();
        Signatory signer = referenceData.signatoryByFingerprint(fingerprint).orElse(null);
        if (signer == null) {
            return SignatureJudgement.refused(SignatureCheckOutcome.SIGNER_UNKNOWN,
                    "unregistered certificate " + fingerprint + " " + certificateName, null, now);
        }
        if (!signer.getAgency().getId().equals(agency.getId())) {
            return SignatureJudgement.refused(SignatureCheckOutcome.SIGNER_OF_ANOTHER_AGENCY,
                    "signatory of " + signer.getAgency().getCode(), signer.getName(), now);
        }
        Instant signingTime = plausibleSigningTime(inspection.claimedSigningTime(), revision.getGeneratedAt(), now);
        if (signingTime.isBefore(signer.getValidFrom())) {
            return SignatureJudgement.refused(SignatureCheckOutcome.CERTIFICATE_NOT_YET_VALID,
                    "valid from " + signer.getValidFrom(), signer.getName(), signingTime);
        }
        if (signingTime.isAfter(signer.getValidUntil())) {
            return SignatureJudgement.refused(SignatureCheckOutcome.CERTIFICATE_EXPIRED,
                    "valid until " + signer.getValidUntil(), signer.getName(), signingTime);
        }
        if (signer.isRevokedAt(signingTime)) {
            return SignatureJudgement.refused(SignatureCheckOutcome.SIGNATORY_REVOKED,
                    "revoked at " + signer.getRevokedAt(), signer.getName(), signingTime);
        }
        if (!signer.getId().equals(revision.getSignatory().getId())) {
            return SignatureJudgement.refused(SignatureCheckOutcome.SIGNER_NOT_THE_NAMED_SIGNATORY,
                    "signed by " + signer.getName() + ", document names " + revision.getSignatory().getName(),
                    signer.getName(), now);
        }
        return new SignatureJudgement(SignatureCheckOutcome.VALID, "valid", signer.getName(), fingerprint, signingTime);
    }

    /**
     * The signer chooses the time written into the signature, so it is believed only when it lies
     * between the PDF's generation and now; otherwise the upload time counts.
     */
    private static Instant plausibleSigningTime(Instant claimed, Instant generatedAt, Instant now) {
        if (claimed != null && !claimed.isBefore(generatedAt.minus(CLOCK_SKEW)) && !claimed.isAfter(now.plus(CLOCK_SKEW))) {
            return claimed;
        }
        return now;
    }

    private record SignatureJudgement(SignatureCheckOutcome outcome, String detail, String signerName,
            String signerFingerprint, Instant signingTime) {

        static SignatureJudgement refused(SignatureCheckOutcome outcome, String detail, String signerName, Instant at) {
            return new SignatureJudgement(outcome, detail, signerName, null, at);
        }
    }

    /**
     * The offences the request names, refusing (and auditing) ids that are unknown or belong to
     * another country: those only come from forged requests. Whether they may be declared is the
     * certificate's own rule.
     */
    private Set<Offence> declaredOffences(Agency agency, Set<Long> offenceIds) {
        List<Offence> found = referenceData.offences(offenceIds);
        Set<Long> foundIds = found.stream().map(Offence::getId).collect(Collectors.toSet());
        for (Long id : offenceIds) {
            if (!foundIds.contains(id)) {
                auditLog.recordAccessDenied("offence " + id, "unknown offence id sent by an importer of " + agency.getCode());
                throw new RuleViolationException("rule.offence.unknown", id);
            }
        }
        for (Offence offence : found) {
            if (!offence.getCountryCode().equals(agency.getCountry().getCode())) {
                auditLog.recordAccessDenied("offence " + offence.getId(),
                        "offence of " + offence.getCountryCode() + " sent by an importer of " + agency.getCode());
                throw new RuleViolationException("rule.offence.otherCountry",
                        offence.getStatute() + " (" + offence.getName() + ")");
            }
        }
        return new HashSet<>(found);
    }

    private Signatory signatoryOf(Agency agency, long signatoryId) {
        Signatory signatory = referenceData.signatory(signatoryId).orElse(null);
        if (signatory == null || !signatory.getAgency().getId().equals(agency.getId())) {
            auditLog.recordAccessDenied("signatory " + signatoryId, "not a signatory of " + agency.getCode());
            throw new RuleViolationException("rule.signatory.notOfAgency", signatoryId);
        }
        if (!signatory.maySignAt(clock.instant())) {
            throw new RuleViolationException("rule.signatory.cannotSign", signatory.getName());
        }
        return signatory;
    }

    /** A deactivated agency, or one of a country off the approved list, can start or submit nothing. */
    private void requireMayApply(Agency agency) {
        if (!agency.isActive()) {
            throw new RuleViolationException("rule.agency.inactive", agency.getName());
        }
        CountryStanding standing = referenceData.countryStanding(agency.getCountry().getCode(), today());
        if (!standing.approved()) {
            throw new RuleViolationException("rule.country.notApproved", standing.country(),
                    standing.since() == null ? "-" : standing.since().toString(),
                    standing.reason() == null ? "-" : standing.reason());
        }
    }

    private void requireValid(RevisionDetails details) {
        // the message is worded when shown: in the page's language, or English for the API
        List<ViolationMessage> violations = ViolationMessage.of(validation, details);
        if (!violations.isEmpty()) {
            ViolationMessage first = violations.get(0);
            throw new RuleViolationException("rule.details.invalid", first.property(), first);
        }
        if (!details.getValidUntil().isAfter(details.getValidFrom())) {
            throw new RuleViolationException("rule.details.validityOrder");
        }
        if (details.getValidUntil().isAfter(details.getValidFrom().plusYears(MAX_VALIDITY_YEARS))) {
            throw new RuleViolationException("rule.details.validityTooLong", MAX_VALIDITY_YEARS);
        }
    }

    /** EUC-2026-000123: year of drafting and a number that never repeats. */
    private String nextReference() {
        Number next = (Number) em.createNativeQuery("SELECT nextval('certificate_reference_seq')").getSingleResult();
        return String.format("EUC-%d-%06d", Year.now(clock).getValue(), next.longValue());
    }

    private static String signedFileName(String reference, CertificateRevision revision) {
        return reference + "-r" + revision.getNumber() + "-signed.pdf";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
