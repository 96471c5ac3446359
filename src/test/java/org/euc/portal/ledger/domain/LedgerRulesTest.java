package org.euc.portal.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.ledger.domain.LedgerFacts.StatusPeriod;
import org.euc.portal.ledger.domain.LedgerFacts.Validity;
import org.euc.portal.reference.domain.SeriousCrimeEligibility;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
    private static final LocalDate VALID_FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate VALID_UNTIL = LocalDate.of(2026, 3, 9);
    private static final LocalDate APPROVED_ON = LocalDate.of(2025, 1, 10);
    private static final int THRESHOLD = 10;

    // ----- a clean entry -----

    @Test
    void aCleanEntryRaisesNothing() {
        assertEquals(List.of(), LedgerRules.evaluate(facts(act(TerroristAct.ATTACK_ON_LIFE))));
        assertEquals(List.of(), LedgerRules.evaluate(offenceFacts("XA-PC-200", SeriousCrimeEligibility.ELIGIBLE)));
    }

    // ----- LEDGER_OFFENCE_NOT_SERIOUS -----

    @Test
    void anOffenceUnderSixYearsOrOfExpressionIsNotSerious() {
        List<Finding> underSix = LedgerRules.evaluate(offenceFacts("XA-PC-111",
                SeriousCrimeEligibility.PENALTY_UNDER_SIX_YEARS));
        assertEquals(List.of(FlagRule.LEDGER_OFFENCE_NOT_SERIOUS), rules(underSix));
        assertContains(underSix.get(0).detail().toString(), "XA-PC-111", "less than 6 years");

        List<Finding> expression = LedgerRules.evaluate(offenceFacts("XA-PC-310",
                SeriousCrimeEligibility.EXPRESSION_CARVE_OUT));
        assertEquals(List.of(FlagRule.LEDGER_OFFENCE_NOT_SERIOUS), rules(expression));
        assertContains(expression.get(0).detail().toString(), "XA-PC-310", "expression");
    }

    @Test
    void aTerroristActIsNeverAnOffenceOfLessThanSixYears() {
        // eligibility is null for a terrorist act
        assertEquals(List.of(), rules(LedgerRules.evaluate(facts(act(TerroristAct.WEAPONS)))));
    }

    // ----- LEDGER_BASIS_NOT_DECLARED -----

    @Test
    void aTerroristActTheCertificateDidNotDeclare() {
        List<Finding> findings = LedgerRules.evaluate(facts(act(TerroristAct.KIDNAPPING_OR_HOSTAGE_TAKING)));
        assertEquals(List.of(FlagRule.LEDGER_BASIS_NOT_DECLARED), rules(findings));
        assertContains(findings.get(0).detail().toString(), "terrorist act 3", "KIDNAPPING_OR_HOSTAGE_TAKING");
    }

    @Test
    void anOffenceTheCertificateDidNotDeclare() {
        LedgerFacts undeclared = new Facts().input(offence("XA-PC-999")).eligibility(SeriousCrimeEligibility.ELIGIBLE)
                .build();
        List<Finding> findings = LedgerRules.evaluate(undeclared);
        assertEquals(List.of(FlagRule.LEDGER_BASIS_NOT_DECLARED), rules(findings));
        assertContains(findings.get(0).detail().toString(), "XA-PC-999");
    }

    // ----- LEDGER_USE_OUTSIDE_ORDER_VALIDITY -----

    @Test
    void useOnTheOrdersFirstAndLastValidDayIsFine() {
        assertEquals(List.of(), LedgerRules.evaluate(facts(used(VALID_FROM, VALID_UNTIL))));
    }

    @Test
    void useTheDayAfterTheOrderExpiredIsOutsideItsValidity() {
        List<Finding> findings = LedgerRules.evaluate(facts(used(VALID_FROM, VALID_UNTIL.plusDays(1))));
        assertEquals(List.of(FlagRule.LEDGER_USE_OUTSIDE_ORDER_VALIDITY), rules(findings));
        assertEquals("used 2026-03-02 to 2026-03-10, order valid 2026-03-02 to 2026-03-09", findings.get(0).detail().toString());
    }

    @Test
    void useTheDayBeforeTheOrderIsOutsideItsValidity() {
        assertEquals(List.of(FlagRule.LEDGER_USE_OUTSIDE_ORDER_VALIDITY),
                rules(LedgerRules.evaluate(facts(used(VALID_FROM.minusDays(1), VALID_FROM)))));
    }

    // ----- LEDGER_USE_WHILE_NOT_APPROVED -----

    @Test
    void aSuspensionThatEndedTheDayBeforeUseDoesNotCount() {
        // suspended on 3 and 4 March (until 5 March exclusive), used from 5 March
        List<StatusPeriod> periods = List.of(
                new StatusPeriod(CertificateStatus.APPROVED, APPROVED_ON, LocalDate.of(2026, 3, 3)),
                new StatusPeriod(CertificateStatus.SUSPENDED, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5)),
                new StatusPeriod(CertificateStatus.APPROVED, LocalDate.of(2026, 3, 5), null));
        LedgerFacts facts = new Facts().input(used(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 8)))
                .periods(periods).build();
        assertEquals(List.of(), LedgerRules.evaluate(facts));
    }

    @Test
    void useOnTheLastDayOfASuspensionCounts() {
        List<StatusPeriod> periods = List.of(
                new StatusPeriod(CertificateStatus.APPROVED, APPROVED_ON, LocalDate.of(2026, 3, 3)),
                new StatusPeriod(CertificateStatus.SUSPENDED, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5)),
                new StatusPeriod(CertificateStatus.APPROVED, LocalDate.of(2026, 3, 5), null));
        LedgerFacts facts = new Facts().input(used(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 8)))
                .periods(periods).build();
        List<Finding> findings = LedgerRules.evaluate(facts);
        assertEquals(List.of(FlagRule.LEDGER_USE_WHILE_NOT_APPROVED), rules(findings));
        assertEquals("used 2026-03-04 to 2026-03-08 while the certificate was not approved: Suspended from 2026-03-03 "
                + "to 2026-03-04", findings.get(0).detail().toString());
        assertEquals("utilisé du 2026-03-04 au 2026-03-08 alors que le certificat n'était pas approuvé : Suspendu du "
                + "2026-03-03 au 2026-03-04", findings.get(0).detail().in(Locale.FRENCH), "worded for each reader");
    }

    @Test
    void aSuspensionStartingOnTheLastDayOfUseCountsAndOneStartingAfterDoesNot() {
        LedgerFacts onLastDay = new Facts().input(used(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 8)))
                .periods(List.of(new StatusPeriod(CertificateStatus.APPROVED, APPROVED_ON, LocalDate.of(2026, 3, 8)),
                        new StatusPeriod(CertificateStatus.SUSPENDED, LocalDate.of(2026, 3, 8), null)))
                .build();
        assertEquals(List.of(FlagRule.LEDGER_USE_WHILE_NOT_APPROVED), rules(LedgerRules.evaluate(onLastDay)));

        LedgerFacts after = new Facts().input(used(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 8)))
                .periods(List.of(new StatusPeriod(CertificateStatus.APPROVED, APPROVED_ON, LocalDate.of(2026, 3, 9)),
                        new StatusPeriod(CertificateStatus.SUSPENDED, LocalDate.of(2026, 3, 9), null)))
                .build();
        assertEquals(List.of(), LedgerRules.evaluate(after));
    }

    @Test
    void anOpenEndedRevocationOrExpiryCatchesEveryLaterUse() {
        for (CertificateStatus status : List.of(CertificateStatus.REVOKED, CertificateStatus.EXPIRED,
                CertificateStatus.SUSPENDED)) {
            LedgerFacts facts = new Facts()
                    .periods(List.of(new StatusPeriod(CertificateStatus.APPROVED, APPROVED_ON, LocalDate.of(2026, 1, 1)),
                            new StatusPeriod(status, LocalDate.of(2026, 1, 1), null)))
                    .build();
            List<Finding> findings = LedgerRules.evaluate(facts);
            assertEquals(List.of(FlagRule.LEDGER_USE_WHILE_NOT_APPROVED), rules(findings), status.name());
            assertContains(findings.get(0).detail().toString(),
                    MessageCatalog.text(Locale.ENGLISH, status.labelKey()) + " since 2026-01-01");
        }
    }

    @Test
    void otherStatusesDoNotCount() {
        LedgerFacts facts = new Facts().periods(List.of(
                new StatusPeriod(CertificateStatus.UNDER_REVIEW, LocalDate.of(2024, 1, 1), null))).build();
        assertEquals(List.of(), LedgerRules.evaluate(facts));
    }

    // ----- LEDGER_LATE_RECORDING -----

    @Test
    void recordingSevenDaysAfterTheOrderIsInTimeEightIsLate() {
        assertEquals(List.of(), LedgerRules.evaluate(new Facts().recordedOn(ISSUED.plusDays(7)).build()));

        List<Finding> late = LedgerRules.evaluate(new Facts().recordedOn(ISSUED.plusDays(8)).build());
        assertEquals(List.of(FlagRule.LEDGER_LATE_RECORDING), rules(late));
        assertContains(late.get(0).detail().toString(), "2026-03-09", "8 days", "2026-03-01");
    }

    // ----- LEDGER_JUDICIAL_ORDER_REQUIRED -----

    @Test
    void anotherAuthorizationWhereTheLawRequiresAJudicialOrder() {
        AuthorizationInput other = kind(AuthorizationKind.OTHER_AUTHORIZATION, "Security Act s. 9");

        List<Finding> required = LedgerRules.evaluate(new Facts().input(other).judicialOrderRequired(true).build());
        assertEquals(List.of(FlagRule.LEDGER_JUDICIAL_ORDER_REQUIRED), rules(required));
        assertContains(required.get(0).detail().toString(), "Security Act s. 9");

        assertEquals(List.of(), LedgerRules.evaluate(new Facts().input(other).judicialOrderRequired(false).build()));
        assertEquals(List.of(), LedgerRules.evaluate(new Facts().judicialOrderRequired(true).build()));
        assertEquals(List.of(), LedgerRules.evaluate(new Facts()
                .input(kind(AuthorizationKind.URGENT_ORAL_APPROVAL_CONFIRMED, null)).judicialOrderRequired(true).build()));
    }

    // ----- LEDGER_MANY_TARGETS -----

    @Test
    void moreTargetsThanTheThreshold() {
        assertEquals(List.of(), LedgerRules.evaluate(new Facts().input(targets(THRESHOLD)).build()));

        List<Finding> many = LedgerRules.evaluate(new Facts().input(targets(THRESHOLD + 1)).build());
        assertEquals(List.of(FlagRule.LEDGER_MANY_TARGETS), rules(many));
        assertContains(many.get(0).detail().toString(), "11 targets", "threshold of 10");
    }

    @Test
    void useBeforeTheCertificatesFirstDayOrAfterItsLastIsFlagged() {
        LocalDate firstDayOfUse = base().usedFrom();
        LocalDate lastDayOfUse = base().usedUntil();

        assertEquals(List.of(), LedgerRules.evaluate(new Facts().validity(new Validity(firstDayOfUse, lastDayOfUse))
                .build()), "the days of use may be the certificate's first and last");
        List<Finding> before = LedgerRules.evaluate(new Facts().validity(new Validity(firstDayOfUse.plusDays(1),
                lastDayOfUse.plusYears(1))).build());
        List<Finding> after = LedgerRules.evaluate(new Facts().validity(new Validity(APPROVED_ON,
                lastDayOfUse.minusDays(1))).build());

        assertEquals(List.of(FlagRule.LEDGER_USE_OUTSIDE_CERTIFICATE_VALIDITY), rules(before));
        assertContains(before.get(0).detail().toString(), "used 2026-03-03 to 2026-03-06", "certificate valid 2026-03-04 to");
        assertEquals(List.of(FlagRule.LEDGER_USE_OUTSIDE_CERTIFICATE_VALIDITY), rules(after));
        assertContains(after.get(0).detail().toString(), "certificate valid 2025-01-10 to 2026-03-05");
    }

    @Test
    void everyRuleAtOnceInRuleOrder() {
        AuthorizationInput input = new AuthorizationInput("O-1", "Court", AuthorizationKind.OTHER_AUTHORIZATION, "Act 9",
                ISSUED, VALID_FROM, VALID_UNTIL, VALID_FROM, VALID_UNTIL.plusDays(1), null, "XA-PC-999", 50, null);
        LedgerFacts facts = new LedgerFacts(input, SeriousCrimeEligibility.PENALTY_UNDER_SIX_YEARS,
                Set.of(TerroristAct.ATTACK_ON_LIFE), Set.of("XA-PC-200"), new Validity(APPROVED_ON, VALID_UNTIL),
                List.of(new StatusPeriod(CertificateStatus.REVOKED, APPROVED_ON, null)), ISSUED.plusDays(30), true,
                THRESHOLD);

        assertEquals(List.of(FlagRule.LEDGER_OFFENCE_NOT_SERIOUS, FlagRule.LEDGER_BASIS_NOT_DECLARED,
                FlagRule.LEDGER_USE_OUTSIDE_ORDER_VALIDITY, FlagRule.LEDGER_USE_OUTSIDE_CERTIFICATE_VALIDITY,
                FlagRule.LEDGER_USE_WHILE_NOT_APPROVED,
                FlagRule.LEDGER_LATE_RECORDING, FlagRule.LEDGER_JUDICIAL_ORDER_REQUIRED, FlagRule.LEDGER_MANY_TARGETS),
                rules(LedgerRules.evaluate(facts)));
    }

    // ----- fixtures -----

    private static AuthorizationInput base() {
        return new AuthorizationInput("ORD-1", "Examplia High Court", AuthorizationKind.JUDICIAL_ORDER, null, ISSUED,
                VALID_FROM, VALID_UNTIL, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 6),
                TerroristAct.ATTACK_ON_LIFE, null, 2, null);
    }

    private static AuthorizationInput act(TerroristAct act) {
        AuthorizationInput b = base();
        return new AuthorizationInput(b.orderReference(), b.issuingAuthority(), b.kind(), null, b.issuedOn(),
                b.validFrom(), b.validUntil(), b.usedFrom(), b.usedUntil(), act, null, b.targets(), null);
    }

    private static AuthorizationInput offence(String code) {
        AuthorizationInput b = base();
        return new AuthorizationInput(b.orderReference(), b.issuingAuthority(), b.kind(), null, b.issuedOn(),
                b.validFrom(), b.validUntil(), b.usedFrom(), b.usedUntil(), null, code, b.targets(), null);
    }

    private static AuthorizationInput used(LocalDate from, LocalDate until) {
        AuthorizationInput b = base();
        return new AuthorizationInput(b.orderReference(), b.issuingAuthority(), b.kind(), null, b.issuedOn(),
                b.validFrom(), b.validUntil(), from, until, b.terroristAct(), null, b.targets(), null);
    }

    private static AuthorizationInput kind(AuthorizationKind kind, String citation) {
        AuthorizationInput b = base();
        return new AuthorizationInput(b.orderReference(), b.issuingAuthority(), kind, citation, b.issuedOn(),
                b.validFrom(), b.validUntil(), b.usedFrom(), b.usedUntil(), b.terroristAct(), null, b.targets(), null);
    }

    private static AuthorizationInput targets(int targets) {
        AuthorizationInput b = base();
        return new AuthorizationInput(b.orderReference(), b.issuingAuthority(), b.kind(), null, b.issuedOn(),
                b.validFrom(), b.validUntil(), b.usedFrom(), b.usedUntil(), b.terroristAct(), null, targets, null);
    }

    private static LedgerFacts facts(AuthorizationInput input) {
        return new Facts().input(input).build();
    }

    private static LedgerFacts offenceFacts(String code, SeriousCrimeEligibility eligibility) {
        return new Facts().input(offence(code)).eligibility(eligibility).declaredOffences(Set.of(code)).build();
    }

    /** Facts of a clean entry on a certificate approved long before, changed by the test. */
    private static final class Facts {
        private AuthorizationInput input = base();
        private SeriousCrimeEligibility eligibility;
        private Set<String> declaredOffences = Set.of("XA-PC-200");
        private Validity validity = new Validity(APPROVED_ON, APPROVED_ON.plusYears(3));
        private List<StatusPeriod> periods = List.of(new StatusPeriod(CertificateStatus.APPROVED, APPROVED_ON, null));
        private LocalDate recordedOn = ISSUED.plusDays(2);
        private boolean judicialOrderRequired;

        Facts input(AuthorizationInput value) {
            input = value;
            return this;
        }

        Facts eligibility(SeriousCrimeEligibility value) {
            eligibility = value;
            return this;
        }

        Facts declaredOffences(Set<String> value) {
            declaredOffences = value;
            return this;
        }

        Facts validity(Validity value) {
            validity = value;
            return this;
        }

        Facts periods(List<StatusPeriod> value) {
            periods = value;
            return this;
        }

        Facts recordedOn(LocalDate value) {
            recordedOn = value;
            return this;
        }

        Facts judicialOrderRequired(boolean value) {
            judicialOrderRequired = value;
            return this;
        }

        LedgerFacts build() {
            return new LedgerFacts(input, eligibility, Set.of(TerroristAct.ATTACK_ON_LIFE, TerroristAct.WEAPONS),
                    declaredOffences, validity, periods, recordedOn, judicialOrderRequired, THRESHOLD);
        }
    }

    private static List<FlagRule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "\"" + text + "\" lacks \"" + part + "\"");
        }
    }
}
