package org.euc.portal.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.review.service.CountryReinstatement;

/** The review queue's notice of countries approved again, with the bulk reinstatement to propose or confirm. */
@Named
@ViewScoped
public class CountryReinstatementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CountryReinstatement reinstatement;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private List<CountryReinstatement.CountryGroup> countries = List.of();

    @PostConstruct
    void load() {
        countries = reinstatement.awaitingEverywhere();
    }

    public void propose(String countryCode) {
        act(reinstatement::propose, countryCode, "reinstatement.proposed");
    }

    public void confirm(String countryCode) {
        act(reinstatement::confirm, countryCode, "reinstatement.confirmed");
    }

    private void act(Function<String, List<String>> action, String countryCode, String doneKey) {
        try {
            messages.info(doneKey, action.apply(countryCode).size(), countryCode);
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
        load();
    }

    /** A senior reviewer other than the proposer. */
    public boolean isConfirmable(CountryReinstatement.CountryGroup country) {
        return caller.hasRole(Roles.SENIOR_REVIEWER) && country.confirmableBy(caller.name());
    }

    public List<CountryReinstatement.CountryGroup> getCountries() {
        return countries;
    }
}
