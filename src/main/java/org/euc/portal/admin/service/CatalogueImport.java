package org.euc.portal.admin.service;

import java.io.Serializable;
import java.util.List;
import org.euc.portal.common.domain.InputProblem;

/**
 * The outcome of a catalogue upload: either every row applied, or (with problems) nothing at all.
 *
 * @param created     offence codes new to the catalogue
 * @param revised     offences whose new version closed the one in force
 * @param unchanged   rows equal to the version in force, skipped
 * @param flagsRaised open cases flagged because an offence they declare was revised
 */
public record CatalogueImport(int created, int revised, int unchanged, int flagsRaised, List<InputProblem> problems)
        implements Serializable {

    public CatalogueImport {
        problems = List.copyOf(problems);
    }

    static CatalogueImport refused(List<InputProblem> problems) {
        return new CatalogueImport(0, 0, 0, 0, problems);
    }

    public boolean applied() {
        return problems.isEmpty();
    }
}
