package org.euc.portal.certificate.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.Signatory;

/**
 * An End-Use/End-User Certificate of one agency: its status, its revisions and its history. The
 * certificate itself refuses every move its lifecycle does not allow, whoever asks.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @Column(name = "current_revision", nullable = false)
    private int currentRevisionNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<CertificateRevision> revisions = new ArrayList<>();

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<StatusChange> history = new ArrayList<>();

    protected Certificate() {
        // for JPA
    }

    public static Certificate draft(String reference, Agency agency, RevisionDetails details, Signatory signatory,
            String actor, Instant now) {
        Certificate certificate = new Certificate();
        certificate.reference = reference;
        certificate.agency = agency;
        certificate.status = CertificateStatus.DRAFT;
        certificate.currentRevisionNumber = 1;
        certificate.createdAt = now;
        certificate.createdBy = actor;
        certificate.statusChangedAt = now;
        certificate.updatedAt = now;
        certificate.revisions.add(new CertificateRevision(certificate, 1, details, signatory, actor, now));
        certificate.history.add(new StatusChange(certificate, null,
                Transition.by(actor, CertificateStatus.DRAFT, "DRAFTED"), now));
        return certificate;
    }

    /** Refuses to act on a version of the certificate the caller has not seen (two windows, two people). */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw RuleViolationException.concurrentChange();
        }
    }

    public void changeDetails(RevisionDetails details, Signatory signatory, Instant now) {
        editableRevision().changeDetails(details, signatory);
        updatedAt = now;
    }

    public void declarePurposes(Set<TerroristAct> acts, Set<Offence> seriousCrimes, Instant now) {
        editableRevision().declarePurposes(acts, seriousCrimes);
        updatedAt = now;
    }

    public void acceptUndertakings(Set<Undertaking> accepted, String actor, Instant now) {
        editableRevision().acceptUndertakings(accepted, actor, now);
        updatedAt = now;
    }

    public void attachGeneratedDocument(StoredDocument document, String language, Instant now) {
        editableRevision().attachGeneratedDocument(document, language, now);
        updatedAt = now;
    }

    public void attachSignedDocument(StoredDocument document, String signerFingerprint, Instant signingTime, Instant now) {
        editableRevision().attachSignedDocument(document, signerFingerprint, signingTime, now);
        updatedAt = now;
    }

    /** Sends the current, signed revision to the ministry; from then on it is immutable. */
    public void submit(String actor, Instant now) {
        CertificateRevision revision = editableRevision();
        boolean resubmission = status == CertificateStatus.CHANGES_REQUESTED;
        revision.markSubmitted(actor, now);
        moveTo(Transition.by(actor, CertificateStatus.SUBMITTED, resubmission ? "RESUBMITTED" : "SUBMITTED"), now);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        lastSubmittedAt = now;
    }

    /** After the ministry asked for changes: opens revision n+1 with the same content. */
    public CertificateRevision startAmendment(String actor, Instant now) {
        CertificateRevision current = currentRevision();
        if (status != CertificateStatus.CHANGES_REQUESTED || !current.isSubmitted()) {
            throw new RuleViolationException("rule.amend.notRequested", status);
        }
        CertificateRevision next = current.amendment(actor, now);
        revisions.add(next);
        currentRevisionNumber = next.getNumber();
        updatedAt = now;
        return next;
    }

    /** Moves to another status if the lifecycle allows it, recording who, why and on which basis. */
    public void moveTo(Transition transition, Instant now) {
        if (!status.canMoveTo(transition.to())) {
            throw new RuleViolationException("rule.transition.illegal", status, transition.to());
        }
        history.add(new StatusChange(this, status, transition, now));
        status = transition.to();
        statusChangedAt = now;
        updatedAt = now;
    }

    /** The revision the importer may still change; refuses when there is none. */
    private CertificateRevision editableRevision() {
        CertificateRevision current = currentRevision();
        if (!status.isWithImporter() || current.isSubmitted()) {
            throw new RuleViolationException("rule.revision.notEditable", reference, status);
        }
        return current;
    }

    public CertificateRevision currentRevision() {
        return revision(currentRevisionNumber);
    }

    public CertificateRevision revision(int number) {
        return revisions.stream().filter(revision -> revision.getNumber() == number).findFirst()
                .orElseThrow(() -> new RuleViolationException("rule.revision.unknown", reference, number));
    }

    /** Whether the importer can still work on the current revision (draft, or amendment under way). */
    public boolean isEditableByImporter() {
        return status.isWithImporter() && !currentRevision().isSubmitted();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Agency getAgency() {
        return agency;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public int getCurrentRevisionNumber() {
        return currentRevisionNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<CertificateRevision> getRevisions() {
        return List.copyOf(revisions);
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }
}
