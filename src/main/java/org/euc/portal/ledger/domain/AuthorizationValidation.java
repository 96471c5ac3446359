package org.euc.portal.ledger.domain;

import org.euc.portal.common.domain.InputProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes an authorization recordable at all, the same for the form, a CSV row and the API.
 * Returns every problem at once so an agency fixes a row in one go, not one field per attempt.
 * Whether the entry complies (legal basis declared, recorded in time...) is not a question here:
 * that is {@link LedgerRules}, which raises flags instead of refusing.
 */
public final class AuthorizationValidation {

    public static final int ORDER_REFERENCE_MAX = 100;
    public static final int OPERATION_REFERENCE_MAX = 100;
    public static final int ISSUING_AUTHORITY_MAX = 200;
    public static final int OTHER_CITATION_MAX = 500;
    public static final int TARGETS_MIN = 1;
    public static final int TARGETS_MAX = 100_000;

    private AuthorizationValidation() {
    }

    /**
     * Every problem of one authorization; empty when it can be recorded.
     *
     * <p>Fields are named as in {@link AuthorizationInput}. A missing legal basis is reported on
     * {@code terroristAct}, two legal bases on {@code offenceCode}. Blank text counts as absent.
     *
     * @param today the recording day: an order cannot have been issued after it
     */
    public static List<InputProblem> problemsOf(AuthorizationInput input, LocalDate today) {
        List<InputProblem> problems = new ArrayList<>();

        required(problems, "orderReference", present(input.orderReference()));
        required(problems, "issuingAuthority", present(input.issuingAuthority()));
        required(problems, "kind", input.kind() != null);
        required(problems, "issuedOn", input.issuedOn() != null);
        required(problems, "validFrom", input.validFrom() != null);
        required(problems, "validUntil", input.validUntil() != null);
        required(problems, "usedFrom", input.usedFrom() != null);
        required(problems, "usedUntil", input.usedUntil() != null);
        required(problems, "targets", input.targets() != null);

        // the entity strips the two references it requires; the others are stored as given
        maxLength(problems, "orderReference", stripped(input.orderReference()), ORDER_REFERENCE_MAX);
        maxLength(problems, "issuingAuthority", stripped(input.issuingAuthority()), ISSUING_AUTHORITY_MAX);
        maxLength(problems, "otherCitation", input.otherCitation(), OTHER_CITATION_MAX);
        maxLength(problems, "operationReference", input.operationReference(), OPERATION_REFERENCE_MAX);

        if (input.validFrom() != null && input.validUntil() != null && input.validFrom().isAfter(input.validUntil())) {
            problems.add(problem("validUntil", "ledger.problem.validityOrder", input.validFrom(), input.validUntil()));
        }
        if (input.usedFrom() != null && input.usedUntil() != null && input.usedFrom().isAfter(input.usedUntil())) {
            problems.add(problem("usedUntil", "ledger.problem.useOrder", input.usedFrom(), input.usedUntil()));
        }
        if (input.issuedOn() != null && input.validUntil() != null && input.issuedOn().isAfter(input.validUntil())) {
            problems.add(problem("issuedOn", "ledger.problem.issuedAfterValidity", input.issuedOn(), input.validUntil()));
        }
        if (input.issuedOn() != null && input.issuedOn().isAfter(today)) {
            problems.add(problem("issuedOn", "ledger.problem.issuedInFuture", input.issuedOn()));
        }

        boolean act = input.terroristAct() != null;
        boolean offence = present(input.offenceCode());
        if (!act && !offence) {
            problems.add(problem("terroristAct", "ledger.problem.legalBasisMissing"));
        } else if (act && offence) {
            problems.add(problem("offenceCode", "ledger.problem.legalBasisTwice"));
        }

        boolean citation = present(input.otherCitation());
        if (input.kind() == AuthorizationKind.OTHER_AUTHORIZATION && !citation) {
            problems.add(problem("otherCitation", "ledger.problem.citationRequired"));
        } else if (input.kind() != null && input.kind() != AuthorizationKind.OTHER_AUTHORIZATION && citation) {
            problems.add(problem("otherCitation", "ledger.problem.citationNotAllowed", input.kind()));
        }

        if (input.targets() != null && (input.targets() < TARGETS_MIN || input.targets() > TARGETS_MAX)) {
            problems.add(problem("targets", "ledger.problem.targetsRange", TARGETS_MIN, TARGETS_MAX));
        }
        return problems;
    }

    private static void required(List<InputProblem> problems, String field, boolean present) {
        if (!present) {
            problems.add(problem(field, "ledger.problem.required"));
        }
    }

    private static void maxLength(List<InputProblem> problems, String field, String value, int max) {
        // characters as PostgreSQL counts them in VARCHAR(n): code points, not UTF-16 units
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(problem(field, "ledger.problem.tooLong", max));
        }
    }

    private static InputProblem problem(String field, String key, Object... arguments) {
        return new InputProblem(0, field, key, arguments);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }
}
