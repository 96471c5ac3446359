package org.euc.portal.ledger.domain;

import org.euc.portal.common.domain.InputProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.euc.portal.certificate.domain.TerroristAct;
import org.junit.jupiter.api.Test;

class AuthorizationValidationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    /** A correct authorization, changed one field at a time by the tests. */
    static AuthorizationInput valid() {
        return new AuthorizationInput("ORD-2026-17", "Examplia Court of Appeal", AuthorizationKind.JUDICIAL_ORDER,
                null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10), TerroristAct.ATTACK_ON_LIFE, null, 3, "OP-NIGHTJAR");
    }

    @Test
    void aCorrectAuthorizationHasNoProblem() {
        assertEquals(List.of(), AuthorizationValidation.problemsOf(valid(), TODAY));
    }

    @Test
    void everyRequiredFieldIsReportedAndAllAtOnce() {
        AuthorizationInput empty = new AuthorizationInput(null, "  ", null, null, null, null, null, null, null,
                TerroristAct.WEAPONS, null, null, null);

        List<InputProblem> problems = AuthorizationValidation.problemsOf(empty, TODAY);

        assertEquals(Set.of("orderReference", "issuingAuthority", "kind", "issuedOn", "validFrom", "validUntil",
                "usedFrom", "usedUntil", "targets"), fieldsWith(problems, "ledger.problem.required"));
        assertEquals(9, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.line() == 0));
    }

    @Test
    void lengthsAreLimitedToWhatTheLedgerStores() {
        AuthorizationInput longest = with(valid(), "x".repeat(100), "y".repeat(200), "z".repeat(100));
        assertEquals(List.of(), AuthorizationValidation.problemsOf(longest, TODAY));

        AuthorizationInput tooLong = with(valid(), "x".repeat(101), "y".repeat(201), "z".repeat(101));
        List<InputProblem> problems = AuthorizationValidation.problemsOf(tooLong, TODAY);
        assertEquals(Set.of("orderReference", "issuingAuthority", "operationReference"),
                fieldsWith(problems, "ledger.problem.tooLong"));
        assertArrayEquals(new Object[] {200}, problem(problems, "issuingAuthority").arguments());
        assertArrayEquals(new Object[] {100}, problem(problems, "orderReference").arguments());
    }

    @Test
    void aCitationIsLimitedTo500Characters() {
        AuthorizationInput input = other("c".repeat(501));
        List<InputProblem> problems = AuthorizationValidation.problemsOf(input, TODAY);
        assertEquals(Set.of("otherCitation"), fieldsWith(problems, "ledger.problem.tooLong"));
        assertEquals(List.of(), AuthorizationValidation.problemsOf(other("c".repeat(500)), TODAY));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        // 100 emoji are 200 UTF-16 units but 100 characters in a VARCHAR(100)
        AuthorizationInput emoji = with(valid(), "\uD83D\uDE00".repeat(100), "Court", null);
        assertEquals(List.of(), AuthorizationValidation.problemsOf(emoji, TODAY));
    }

    @Test
    void validityMustNotEndBeforeItStarts() {
        AuthorizationInput v = valid();
        AuthorizationInput reversed = new AuthorizationInput(v.orderReference(), v.issuingAuthority(), v.kind(), null,
                v.issuedOn(), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 2), v.usedFrom(), v.usedUntil(),
                v.terroristAct(), null, 3, null);
        List<InputProblem> problems = AuthorizationValidation.problemsOf(reversed, TODAY);
        InputProblem problem = problem(problems, "validUntil");
        assertEquals("ledger.problem.validityOrder", problem.messageKey());
        assertArrayEquals(new Object[] {LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 2)}, problem.arguments());

        AuthorizationInput oneDay = new AuthorizationInput(v.orderReference(), v.issuingAuthority(), v.kind(), null,
                v.issuedOn(), v.issuedOn(), v.issuedOn(), v.issuedOn(), v.issuedOn(), v.terroristAct(), null, 3, null);
        assertEquals(List.of(), AuthorizationValidation.problemsOf(oneDay, TODAY));
    }

    @Test
    void useMustNotEndBeforeItStarts() {
        AuthorizationInput v = valid();
        AuthorizationInput reversed = new AuthorizationInput(v.orderReference(), v.issuingAuthority(), v.kind(), null,
                v.issuedOn(), v.validFrom(), v.validUntil(), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9),
                v.terroristAct(), null, 3, null);
        assertEquals(List.of("ledger.problem.useOrder"), keysOf(AuthorizationValidation.problemsOf(reversed, TODAY)));
        assertEquals("usedUntil", AuthorizationValidation.problemsOf(reversed, TODAY).get(0).field());
    }

    @Test
    void anOrderCannotBeIssuedAfterItsValidityEnded() {
        AuthorizationInput v = valid();
        AuthorizationInput late = new AuthorizationInput(v.orderReference(), v.issuingAuthority(), v.kind(), null,
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), v.terroristAct(), null, 3, null);
        List<InputProblem> problems = AuthorizationValidation.problemsOf(late, TODAY);
        assertEquals(List.of("ledger.problem.issuedAfterValidity"), keysOf(problems));
        assertEquals("issuedOn", problems.get(0).field());

        // issued on its last valid day (an urgent oral approval confirmed late) is fine
        AuthorizationInput lastDay = new AuthorizationInput(v.orderReference(), v.issuingAuthority(),
                AuthorizationKind.URGENT_ORAL_APPROVAL_CONFIRMED, null, LocalDate.of(2026, 3, 14),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), v.terroristAct(), null, 3, null);
        assertEquals(List.of(), AuthorizationValidation.problemsOf(lastDay, TODAY));
    }

    @Test
    void anOrderCannotBeIssuedInTheFuture() {
        AuthorizationInput v = valid();
        assertEquals(List.of(), AuthorizationValidation.problemsOf(v, v.issuedOn()));
        List<InputProblem> problems = AuthorizationValidation.problemsOf(v, v.issuedOn().minusDays(1));
        assertEquals(List.of("ledger.problem.issuedInFuture"), keysOf(problems));
        assertEquals("issuedOn", problems.get(0).field());
    }

    @Test
    void exactlyOneLegalBasis() {
        AuthorizationInput v = valid();
        AuthorizationInput none = new AuthorizationInput(v.orderReference(), v.issuingAuthority(), v.kind(), null,
                v.issuedOn(), v.validFrom(), v.validUntil(), v.usedFrom(), v.usedUntil(), null, " ", 3, null);
        AuthorizationInput both = new AuthorizationInput(v.orderReference(), v.issuingAuthority(), v.kind(), null,
                v.issuedOn(), v.validFrom(), v.validUntil(), v.usedFrom(), v.usedUntil(), TerroristAct.WEAPONS,
                "XA-PC-211", 3, null);
        AuthorizationInput offence = new AuthorizationInput(v.orderReference(), v.issuingAuthority(), v.kind(), null,
                v.issuedOn(), v.validFrom(), v.validUntil(), v.usedFrom(), v.usedUntil(), null, "XA-PC-211", 3, null);

        List<InputProblem> missing = AuthorizationValidation.problemsOf(none, TODAY);
        assertEquals(List.of("ledger.problem.legalBasisMissing"), keysOf(missing));
        assertEquals("terroristAct", missing.get(0).field());
        List<InputProblem> twice = AuthorizationValidation.problemsOf(both, TODAY);
        assertEquals(List.of("ledger.problem.legalBasisTwice"), keysOf(twice));
        assertEquals("offenceCode", twice.get(0).field());
        assertEquals(List.of(), AuthorizationValidation.problemsOf(offence, TODAY));
    }

    @Test
    void onlyAnOtherAuthorizationHasACitationAndItMustHaveOne() {
        assertEquals(List.of(), AuthorizationValidation.problemsOf(other("Surveillance Act s. 12(3)"), TODAY));

        List<InputProblem> missing = AuthorizationValidation.problemsOf(other("   "), TODAY);
        assertEquals(List.of("ledger.problem.citationRequired"), keysOf(missing));
        assertEquals("otherCitation", missing.get(0).field());

        AuthorizationInput v = valid();
        AuthorizationInput judicialWithCitation = new AuthorizationInput(v.orderReference(), v.issuingAuthority(),
                AuthorizationKind.JUDICIAL_ORDER, "Surveillance Act s. 12(3)", v.issuedOn(), v.validFrom(),
                v.validUntil(), v.usedFrom(), v.usedUntil(), v.terroristAct(), null, 3, null);
        List<InputProblem> notAllowed = AuthorizationValidation.problemsOf(judicialWithCitation, TODAY);
        assertEquals(List.of("ledger.problem.citationNotAllowed"), keysOf(notAllowed));
        assertArrayEquals(new Object[] {AuthorizationKind.JUDICIAL_ORDER}, notAllowed.get(0).arguments());
    }

    @Test
    void targetsFromOneToOneHundredThousand() {
        for (int targets : new int[] {1, 100_000}) {
            assertEquals(List.of(), AuthorizationValidation.problemsOf(targets(targets), TODAY), "targets " + targets);
        }
        for (int targets : new int[] {0, -1, 100_001}) {
            List<InputProblem> problems = AuthorizationValidation.problemsOf(targets(targets), TODAY);
            assertEquals(List.of("ledger.problem.targetsRange"), keysOf(problems), "targets " + targets);
            assertArrayEquals(new Object[] {1, 100_000}, problems.get(0).arguments());
        }
    }

    @Test
    void severalDifferentProblemsComeTogether() {
        AuthorizationInput bad = new AuthorizationInput("x".repeat(101), null, AuthorizationKind.OTHER_AUTHORIZATION,
                null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4), TerroristAct.WEAPONS, "XA-PC-211", 0, null);

        List<String> keys = keysOf(AuthorizationValidation.problemsOf(bad, TODAY));

        assertEquals(List.of("ledger.problem.required", "ledger.problem.tooLong", "ledger.problem.validityOrder",
                "ledger.problem.useOrder", "ledger.problem.issuedAfterValidity", "ledger.problem.issuedInFuture",
                "ledger.problem.legalBasisTwice", "ledger.problem.citationRequired", "ledger.problem.targetsRange"),
                keys);
    }

    private static AuthorizationInput with(AuthorizationInput v, String orderReference, String authority,
            String operationReference) {
        return new AuthorizationInput(orderReference, authority, v.kind(), v.otherCitation(), v.issuedOn(),
                v.validFrom(), v.validUntil(), v.usedFrom(), v.usedUntil(), v.terroristAct(), v.offenceCode(),
                v.targets(), operationReference);
    }

    private static AuthorizationInput other(String citation) {
        AuthorizationInput v = valid();
        return new AuthorizationInput(v.orderReference(), v.issuingAuthority(), AuthorizationKind.OTHER_AUTHORIZATION,
                citation, v.issuedOn(), v.validFrom(), v.validUntil(), v.usedFrom(), v.usedUntil(), v.terroristAct(),
                null, v.targets(), null);
    }

    private static AuthorizationInput targets(int targets) {
        AuthorizationInput v = valid();
        return new AuthorizationInput(v.orderReference(), v.issuingAuthority(), v.kind(), null, v.issuedOn(),
                v.validFrom(), v.validUntil(), v.usedFrom(), v.usedUntil(), v.terroristAct(), null, targets, null);
    }

    private static Set<String> fieldsWith(List<InputProblem> problems, String key) {
        return problems.stream().filter(p -> p.messageKey().equals(key)).map(InputProblem::field)
                .collect(Collectors.toSet());
    }

    private static InputProblem problem(List<InputProblem> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow(
                () -> new AssertionError("no problem on " + field + " in " + problems));
    }

    private static List<String> keysOf(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::messageKey).toList();
    }
}
