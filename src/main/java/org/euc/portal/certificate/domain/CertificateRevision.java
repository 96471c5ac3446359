package org.euc.portal.certificate.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.Signatory;
import org.euc.portal.signature.domain.SignatureCheckOutcome;

/**
 * One version of what an agency commits to: details, declared purposes, accepted undertakings,
 * the PDF the portal generated from them and the signed PDF. Editable while a draft; once
 * submitted it never changes again (the database enforces it too) and an amendment is a new revision.
 * Changing the content throws away the generated and signed PDFs, which no longer match it.
 */
@Entity
@Table(name = "certificate_revision")
public class CertificateRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", updatable = false)
    private Certificate certificate;

    @Column(nullable = false, updatable = false)
    private int number;

    @Embedded
    private RevisionDetails details;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signatory_id")
    private Signatory signatory;

    @ElementCollection
    @CollectionTable(name = "revision_terrorist_act", joinColumns = @JoinColumn(name = "revision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "act", length = 60)
    private Set<TerroristAct> terroristActs = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "revision_offence", joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "offence_id"))
    private Set<Offence> offences = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "revision_undertaking", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<AcceptedUndertaking> undertakings = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "generated_document_id")
    private StoredDocument generatedDocument;

    @Column(name = "generated_at")
    private Instant generatedAt;

    @Column(name = "document_language", length = 10)
    private String documentLanguage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_document_id")
    private StoredDocument signedDocument;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_outcome", length = 40)
    private SignatureCheckOutcome signatureOutcome;

    @Column(name = "signature_detail")
    private String signatureDetail;

    @Column(name = "signer_fingerprint", length = 64)
    private String signerFingerprint;

    @Column(name = "signing_time")
    private Instant signingTime;

    @Column(name = "signature_checked_at")
    private Instant signatureCheckedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    protected CertificateRevision() {
        // for JPA
    }

    CertificateRevision(Certificate certificate, int number, RevisionDetails details, Signatory signatory,
            String createdBy, Instant createdAt) {
        this.certificate = certificate;
        this.number = number;
        this.details = details.copy();
        this.signatory = signatory;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The next revision after a change request: same content, to be accepted, generated and signed again. */
    CertificateRevision amendment(String actor, Instant now) {
        CertificateRevision next = new CertificateRevision(certificate, number + 1, details, signatory, actor, now);
        next.terroristActs.addAll(terroristActs);
        next.offences.addAll(offences);
        return next;
    }

    void changeDetails(RevisionDetails newDetails, Signatory newSignatory) {
        requireEditable();
        if (details.equals(newDetails) && signatory.getId() != null && signatory.getId().equals(newSignatory.getId())) {
            return; // saved again unchanged: the PDF and its signature still match
        }
        details = newDetails.copy();
        signatory = newSignatory;
        discardDocuments();
    }

    void declarePurposes(Set<TerroristAct> acts, Set<Offence> seriousCrimes) {
        requireEditable();
        if (acts.isEmpty() && seriousCrimes.isEmpty()) {
            throw new RuleViolationException("rule.purposes.none");
        }
        if (terroristActs.equals(acts) && offences.equals(seriousCrimes)) {
            return;
        }
        terroristActs.clear();
        terroristActs.addAll(acts);
        offences.clear();
        offences.addAll(seriousCrimes);
        discardDocuments();
    }

    void acceptUndertakings(Set<Undertaking> accepted, String actor, Instant now) {
        requireEditable();
        if (acceptedUndertakings().equals(accepted)) {
            return;
        }
        undertakings.removeIf(acceptance -> !accepted.contains(acceptance.getUndertaking()));
        for (Undertaking undertaking : accepted) {
            if (undertakings.stream().noneMatch(acceptance -> acceptance.getUndertaking() == undertaking)) {
                undertakings.add(new AcceptedUndertaking(undertaking, now, actor));
            }
        }
        discardDocuments();
    }

    void attachGeneratedDocument(StoredDocument document, String language, Instant now) {
        requireEditable();
        if (!isContentComplete()) {
            throw new RuleViolationException("rule.document.incomplete");
        }
        discardDocuments();
        generatedDocument = document;
        documentLanguage = language;
        generatedAt = now;
    }

    void attachSignedDocument(StoredDocument document, String fingerprint, Instant claimedSigningTime, Instant now) {
        requireEditable();
        if (generatedDocument == null) {
            throw new RuleViolationException("rule.signature.noGeneratedDocument");
        }
        signedDocument = document;
        signatureOutcome = SignatureCheckOutcome.VALID;
        signatureDetail = null;
        signerFingerprint = fingerprint;
        signingTime = claimedSigningTime;
        signatureCheckedAt = now;
    }

    void markSubmitted(String actor, Instant now) {
        requireEditable();
        if (!isReadyToSubmit()) {
            throw new RuleViolationException("rule.submit.notReady");
        }
        submittedAt = now;
        submittedBy = actor;
    }

    private void discardDocuments() {
        generatedDocument = null;
        generatedAt = null;
        documentLanguage = null;
        signedDocument = null;
        signatureOutcome = null;
        signatureDetail = null;
        signerFingerprint = null;
        signingTime = null;
        signatureCheckedAt = null;
    }

    private void requireEditable() {
        if (isSubmitted()) {
            throw new RuleViolationException("rule.revision.submitted", number);
        }
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean hasPurposes() {
        return !terroristActs.isEmpty() || !offences.isEmpty();
    }

    public boolean hasAllUndertakings() {
        return acceptedUndertakings().containsAll(EnumSet.allOf(Undertaking.class));
    }

    /** Details, at least one purpose and every undertaking: enough to generate the PDF. */
    public boolean isContentComplete() {
        return details != null && signatory != null && hasPurposes() && hasAllUndertakings();
    }

    public boolean isSigned() {
        return signedDocument != null && signatureOutcome == SignatureCheckOutcome.VALID;
    }

    public boolean isReadyToSubmit() {
        return isContentComplete() && generatedDocument != null && isSigned();
    }

    public Set<Undertaking> acceptedUndertakings() {
        Set<Undertaking> accepted = EnumSet.noneOf(Undertaking.class);
        undertakings.forEach(acceptance -> accepted.add(acceptance.getUndertaking()));
        return accepted;
    }

    /** The nine acts in their official order. */
    public List<TerroristAct> getTerroristActsInOrder() {
        return terroristActs.stream().sorted().toList();
    }

    public List<Offence> getOffencesInOrder() {
        return offences.stream().sorted(Comparator.comparing(Offence::getStatute)).toList();
    }

    public List<AcceptedUndertaking> getUndertakingsInOrder() {
        return undertakings.stream().sorted(Comparator.comparing(AcceptedUndertaking::getUndertaking)).toList();
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public int getNumber() {
        return number;
    }

    public RevisionDetails getDetails() {
        return details.copy();
    }

    public Signatory getSignatory() {
        return signatory;
    }

    public Set<TerroristAct> getTerroristActs() {
        return EnumSet.copyOf(terroristActs.isEmpty() ? EnumSet.noneOf(TerroristAct.class) : terroristActs);
    }

    public Set<Offence> getOffences() {
        return Set.copyOf(offences);
    }

    public StoredDocument getGeneratedDocument() {
        return generatedDocument;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getDocumentLanguage() {
        return documentLanguage;
    }

    public StoredDocument getSignedDocument() {
        return signedDocument;
    }

    public SignatureCheckOutcome getSignatureOutcome() {
        return signatureOutcome;
    }

    public String getSignatureDetail() {
        return signatureDetail;
    }

    public String getSignerFingerprint() {
        return signerFingerprint;
    }

    public Instant getSigningTime() {
        return signingTime;
    }

    public Instant getSignatureCheckedAt() {
        return signatureCheckedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
