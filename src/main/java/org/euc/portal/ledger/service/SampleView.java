package org.euc.portal.ledger.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.euc.portal.ledger.domain.SamplePlan;

/** An inspection sample as the auditor works it. */
public record SampleView(long id, long seed, int size, Phrase criteria, String drawnBy, Instant drawnAt, List<Item> items)
        implements Serializable {

    public long inspected() {
        return items.stream().filter(item -> !item.findings().isEmpty()).count();
    }

    /** One sampled entry, why it was picked, and what each inspection found, oldest first. */
    public record Item(long id, LedgerEntryView entry, SamplePlan.Reason reason, List<Finding> findings)
            implements Serializable {
    }

    /** One inspector's findings. */
    public record Finding(String writtenBy, Instant writtenAt, String text) implements Serializable {
    }
}
