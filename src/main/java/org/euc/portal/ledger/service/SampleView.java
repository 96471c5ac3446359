package org.euc.portal.ledger.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.euc.portal.ledger.domain.SamplePlan;

/** An inspection sample as the auditor works it. */
public record SampleView(long id, long seed, int size, String criteria, String drawnBy, Instant drawnAt, List<Item> items)
        implements Serializable {

    public long inspected() {
        return items.stream().filter(item -> item.inspectedAt() != null).count();
    }

    /** One sampled entry, why it was picked, and what the inspection found. */
    public record Item(long id, LedgerEntryView entry, SamplePlan.Reason reason, Instant inspectedAt, String inspectedBy,
            String findings) implements Serializable {
    }
}
