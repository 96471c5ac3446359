package org.euc.portal.certificate.domain;

import static org.euc.portal.certificate.domain.CertificateStatus.APPROVED;
import static org.euc.portal.certificate.domain.CertificateStatus.CHANGES_REQUESTED;
import static org.euc.portal.certificate.domain.CertificateStatus.DRAFT;
import static org.euc.portal.certificate.domain.CertificateStatus.EXPIRED;
import static org.euc.portal.certificate.domain.CertificateStatus.REJECTED;
import static org.euc.portal.certificate.domain.CertificateStatus.REVOKED;
import static org.euc.portal.certificate.domain.CertificateStatus.SUBMITTED;
import static org.euc.portal.certificate.domain.CertificateStatus.SUSPENDED;
import static org.euc.portal.certificate.domain.CertificateStatus.UNDER_REVIEW;
import static org.euc.portal.certificate.domain.CertificateStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table against DESIGN.md, "Certificate lifecycle": written out here independently of the enum. */
class CertificateStatusTest {

    private record Move(CertificateStatus from, CertificateStatus to) {
    }

    private static final Set<Move> DESIGNED_MOVES = Set.of(
            new Move(DRAFT, SUBMITTED),
            new Move(DRAFT, WITHDRAWN),
            new Move(SUBMITTED, UNDER_REVIEW),
            new Move(UNDER_REVIEW, CHANGES_REQUESTED),
            new Move(CHANGES_REQUESTED, SUBMITTED),
            new Move(UNDER_REVIEW, REJECTED),
            new Move(UNDER_REVIEW, APPROVED),
            new Move(APPROVED, EXPIRED),
            new Move(APPROVED, SUSPENDED),
            new Move(SUSPENDED, APPROVED),
            new Move(APPROVED, REVOKED),
            new Move(SUSPENDED, REVOKED));

    static Stream<Arguments> everyPairOfStatuses() {
        return Arrays.stream(CertificateStatus.values()).flatMap(from -> Arrays.stream(CertificateStatus.values())
                .map(to -> Arguments.of(from, to, DESIGNED_MOVES.contains(new Move(from, to)))));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPairOfStatuses")
    void onlyTheDesignedMovesAreAllowed(CertificateStatus from, CertificateStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @ParameterizedTest
    @EnumSource(CertificateStatus.class)
    void nextStatusesListExactlyTheDesignedMoves(CertificateStatus from) {
        Set<CertificateStatus> designed = DESIGNED_MOVES.stream().filter(move -> move.from() == from)
                .map(Move::to).collect(Collectors.toSet());

        assertEquals(designed, from.nextStatuses());
    }

    @ParameterizedTest
    @EnumSource(value = CertificateStatus.class, names = {"REJECTED", "REVOKED", "EXPIRED", "WITHDRAWN"})
    void finalStatusesHaveNoWayOut(CertificateStatus status) {
        assertTrue(status.isFinal());
        assertTrue(status.nextStatuses().isEmpty());
        assertTrue(Arrays.stream(CertificateStatus.values()).noneMatch(status::canMoveTo));
    }

    @ParameterizedTest
    @EnumSource(value = CertificateStatus.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"REJECTED", "REVOKED", "EXPIRED", "WITHDRAWN"})
    void otherStatusesAreNotFinal(CertificateStatus status) {
        assertFalse(status.isFinal());
    }
}
