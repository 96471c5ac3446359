package org.euc.portal.testsupport;

import java.security.cert.CertificateEncodingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.signature.TestPki;

/**
 * Puts a signatory straight into the registry, as the admin console would once it exists, so a
 * test can have a revoked, expired or second signatory. Test fixture only.
 */
public final class SignatoryFixture {

    private SignatoryFixture() {
    }

    /** The SHA-256 fingerprint by which the portal knows a signatory's certificate. */
    public static String fingerprintOf(TestPki.Credentials credentials) {
        try {
            return HashChain.sha256Hex(credentials.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void register(String agencyCode, String name, TestPki.Credentials credentials, Instant revokedAt) {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO signatory (agency_id, name, title, "
                        + "certificate, fingerprint_sha256, subject, issuer, serial_number, valid_from, valid_until, "
                        + "revoked_at, revocation_reason, registered_at, registered_by) "
                        + "SELECT id, ?, 'Test signatory', ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'test' FROM agency WHERE code = ?")) {
            byte[] der = credentials.certificate().getEncoded();
            insert.setString(1, name);
            insert.setBytes(2, der);
            insert.setString(3, fingerprintOf(credentials));
            insert.setString(4, credentials.certificate().getSubjectX500Principal().getName());
            insert.setString(5, credentials.certificate().getIssuerX500Principal().getName());
            insert.setString(6, credentials.certificate().getSerialNumber().toString(16));
            insert.setTimestamp(7, Timestamp.from(credentials.certificate().getNotBefore().toInstant()));
            insert.setTimestamp(8, Timestamp.from(credentials.certificate().getNotAfter().toInstant()));
            insert.setTimestamp(9, revokedAt == null ? null : Timestamp.from(revokedAt));
            insert.setString(10, revokedAt == null ? null : "left the agency");
            insert.setString(11, agencyCode);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no agency " + agencyCode);
            }
        } catch (SQLException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
