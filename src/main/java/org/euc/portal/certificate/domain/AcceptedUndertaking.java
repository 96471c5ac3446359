package org.euc.portal.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One undertaking, accepted by a named user at a moment. */
@Embeddable
public class AcceptedUndertaking {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Undertaking undertaking;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "accepted_by", nullable = false, length = 100)
    private String acceptedBy;

    protected AcceptedUndertaking() {
        // for JPA
    }

    public AcceptedUndertaking(Undertaking undertaking, Instant acceptedAt, String acceptedBy) {
        this.undertaking = undertaking;
        this.acceptedAt = acceptedAt;
        this.acceptedBy = acceptedBy;
    }

    public Undertaking getUndertaking() {
        return undertaking;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    /** One acceptance per undertaking and revision. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AcceptedUndertaking that && undertaking == that.undertaking;
    }

    @Override
    public int hashCode() {
        return Objects.hash(undertaking);
    }
}
