package org.euc.portal.reference.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.euc.portal.common.integrity.HashChain;

/**
 * A person registered to sign an agency's certificates, identified by the SHA-256 fingerprint of
 * their X.509 certificate. A revoked signatory can no longer sign new submissions.
 */
@Entity
@Table(name = "signatory")
public class Signatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String title;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] certificate;

    @Column(name = "fingerprint_sha256", nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @Column(nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(nullable = false, updatable = false, length = 500)
    private String issuer;

    @Column(name = "serial_number", nullable = false, updatable = false, length = 100)
    private String serialNumber;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private Instant validUntil;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 100)
    private String registeredBy;

    @Version
    private long version;

    protected Signatory() {
        // for JPA
    }

    public static Signatory register(Agency agency, String name, String title, X509Certificate certificate,
            String registeredBy, Instant registeredAt) {
        Signatory signatory = new Signatory();
        signatory.agency = agency;
        signatory.name = name;
        signatory.title = title;
        try {
            signatory.certificate = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
        signatory.fingerprint = fingerprintOf(certificate);
        signatory.subject = certificate.getSubjectX500Principal().getName();
        signatory.issuer = certificate.getIssuerX500Principal().getName();
        signatory.serialNumber = certificate.getSerialNumber().toString(16);
        signatory.validFrom = certificate.getNotBefore().toInstant();
        signatory.validUntil = certificate.getNotAfter().toInstant();
        signatory.registeredBy = registeredBy;
        signatory.registeredAt = registeredAt;
        return signatory;
    }

    /** The SHA-256 of the DER-encoded certificate, in lowercase hex: how the portal recognizes a signer. */
    public static String fingerprintOf(X509Certificate certificate) {
        try {
            return HashChain.sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    public void revoke(Instant at, String reason) {
        if (revokedAt == null) {
            revokedAt = at;
            revocationReason = reason;
        }
    }

    public boolean isRevokedAt(Instant moment) {
        return revokedAt != null && !revokedAt.isAfter(moment);
    }

    public boolean isCertificateValidAt(Instant moment) {
        return !moment.isBefore(validFrom) && !moment.isAfter(validUntil);
    }

    /** May sign a new submission at this moment: certificate valid and not revoked. */
    public boolean maySignAt(Instant moment) {
        return isCertificateValidAt(moment) && !isRevokedAt(moment);
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public byte[] getCertificate() {
        return certificate.clone();
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getSubject() {
        return subject;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public long getVersion() {
        return version;
    }
}
