package org.euc.portal.reference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Serious crime = 6 years or more (or life); expression offences never count (DESIGN.md, the rules). */
class OffenceEligibilityTest {

    private static final LocalDate IN_FORCE_FROM = LocalDate.of(2020, 1, 1);

    @ParameterizedTest(name = "{0} years -> {1}")
    @CsvSource({
        "1, PENALTY_UNDER_SIX_YEARS",
        "5, PENALTY_UNDER_SIX_YEARS",
        "6, ELIGIBLE",
        "7, ELIGIBLE",
        "20, ELIGIBLE"})
    void theThresholdIsSixYearsInclusive(int years, SeriousCrimeEligibility expected) {
        assertEquals(expected, offence(OffenceCategory.ORGANISED_CRIME, years, false).eligibility());
    }

    @Test
    void lifeImprisonmentIsEligibleWithoutATermInYears() {
        SeriousCrimeEligibility eligibility = offence(OffenceCategory.VIOLENCE, null, true).eligibility();

        assertEquals(SeriousCrimeEligibility.ELIGIBLE, eligibility);
        assertTrue(eligibility.isEligible());
    }

    @Test
    void noPenaltyRecordedIsNotEligible() {
        assertEquals(SeriousCrimeEligibility.PENALTY_UNDER_SIX_YEARS,
                offence(OffenceCategory.OTHER, null, false).eligibility());
    }

    @ParameterizedTest(name = "{0} years, life {1}")
    @CsvSource({
        ", true",
        "10, false",
        "2, false"})
    void anExpressionOffenceIsNeverEligibleWhateverItsPenalty(Integer years, boolean life) {
        SeriousCrimeEligibility eligibility = offence(OffenceCategory.EXPRESSION, years, life).eligibility();

        assertEquals(SeriousCrimeEligibility.EXPRESSION_CARVE_OUT, eligibility);
        assertFalse(eligibility.isEligible());
    }

    @Test
    void inForceFromItsFirstDayNotTheDayBefore() {
        Offence offence = offence(OffenceCategory.DRUGS, 8, false);

        assertFalse(offence.isInForceOn(IN_FORCE_FROM.minusDays(1)));
        assertTrue(offence.isInForceOn(IN_FORCE_FROM));
        assertTrue(offence.isInForceOn(LocalDate.of(2099, 12, 31)), "open-ended without effective_until");
    }

    @Test
    void effectiveUntilIsExclusive() throws ReflectiveOperationException {
        LocalDate replacedOn = LocalDate.of(2024, 7, 1);
        Offence offence = closedOn(offence(OffenceCategory.DRUGS, 8, false), replacedOn);

        assertTrue(offence.isInForceOn(replacedOn.minusDays(1)));
        assertFalse(offence.isInForceOn(replacedOn));
        assertFalse(offence.isInForceOn(replacedOn.plusDays(1)));
    }

    private static Offence offence(OffenceCategory category, Integer maxPenaltyYears, boolean life) {
        return new Offence("XA", "XA-" + category, "Penal Code s. 100", "test offence", maxPenaltyYears, life,
                category, IN_FORCE_FROM, "admin", Instant.parse("2020-01-01T00:00:00Z"));
    }

    /** Offence has no method yet to close a version (effective_until), so the test sets the field. */
    private static Offence closedOn(Offence offence, LocalDate effectiveUntil) throws ReflectiveOperationException {
        Field field = Offence.class.getDeclaredField("effectiveUntil");
        field.setAccessible(true);
        field.set(offence, effectiveUntil);
        return offence;
    }
}
