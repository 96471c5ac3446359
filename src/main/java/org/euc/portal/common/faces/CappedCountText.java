package org.euc.portal.common.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.euc.portal.common.persistence.CappedCount;

/** What a table says instead of a total it stopped counting: "more than 10,000 (narrow the filter…)". */
@Named("cappedCount")
@RequestScoped
public class CappedCountText {

    @Inject
    PageMessages messages;

    public String getText() {
        return messages.text("table.countCapped", CappedCount.LIMIT);
    }
}
