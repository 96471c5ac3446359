package org.euc.portal.ledger.service;

import java.util.List;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.domain.InputProblem;

/**
 * An authorization (or a whole CSV file) that cannot be recorded, with every problem found, row by
 * row. Nothing was recorded.
 */
public class LedgerInputRefused extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public LedgerInputRefused(List<InputProblem> problems) {
        super("rule.ledger.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
