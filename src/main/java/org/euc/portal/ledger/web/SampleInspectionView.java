package org.euc.portal.ledger.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.ledger.service.LedgerOversight;
import org.euc.portal.ledger.service.SampleView;

/** One inspection sample: the picked entries, and the auditor's findings on each. */
@Named
@ViewScoped
public class SampleInspectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LedgerOversight oversight;

    @Inject
    PageMessages messages;

    private Long id;
    private SampleView sample;
    private final Map<Long, String> findings = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new org.euc.portal.common.persistence.NoSuchRecordException("Sample", "(none)");
        }
        sample = oversight.sample(id);
    }

    public void inspect(long itemId) {
        try {
            oversight.inspect(id, itemId, findings.get(itemId));
            findings.remove(itemId);
            sample = oversight.sample(id);
            messages.info("sample.inspected");
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SampleView getSample() {
        return sample;
    }

    public Map<Long, String> getFindings() {
        return findings;
    }
}
