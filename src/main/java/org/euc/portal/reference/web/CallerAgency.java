package org.euc.portal.reference.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import org.euc.portal.common.security.Caller;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.service.ReferenceData;

/** The name of the agency an importer acts for, as the layout's header and the importer home show it. */
@Named
@RequestScoped
public class CallerAgency {

    private static final Logger LOG = Logger.getLogger(CallerAgency.class.getName());

    @Inject
    Caller caller;

    @Inject
    ReferenceData referenceData;

    private Optional<Agency> agency = Optional.empty();

    @PostConstruct
    void load() {
        try {
            agency = caller.agencyCode().flatMap(referenceData::agencyByCode);
        } catch (RuntimeException e) {
            // the header is decoration: without the database every page, the error page above all, still renders
            LOG.fine(() -> "Header without the agency's name: " + e);
        }
    }

    public String getName() {
        return agency.map(Agency::getName).orElse(null);
    }
}
