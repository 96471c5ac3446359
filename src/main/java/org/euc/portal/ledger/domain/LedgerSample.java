package org.euc.portal.ledger.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.persistence.StoredPhrase;

/** An inspection sample as an auditor drew it: from which seed and criteria, by whom, and what it holds. */
@Entity
@Table(name = "ledger_sample")
public class LedgerSample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(nullable = false, updatable = false)
    private int size;

    /** A phrase; English text in samples drawn before phrases (V21). */
    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "criteria", updatable = false))
    @AttributeOverride(name = "phrase", column = @Column(name = "criteria_phrase", updatable = false))
    private StoredPhrase criteria;

    @Column(name = "drawn_by", nullable = false, updatable = false, length = 100)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    @OneToMany(mappedBy = "sample", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<LedgerSampleEntry> entries = new ArrayList<>();

    protected LedgerSample() {
        // for JPA
    }

    public LedgerSample(long seed, int size, Phrase criteria, String drawnBy, Instant drawnAt) {
        this.seed = seed;
        this.size = size;
        this.criteria = StoredPhrase.of(criteria);
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public void add(LedgerEntry entry, SamplePlan.Reason reason) {
        entries.add(new LedgerSampleEntry(this, entry, reason));
    }

    public Long getId() {
        return id;
    }

    public long getSeed() {
        return seed;
    }

    public int getSize() {
        return size;
    }

    public Phrase getCriteria() {
        return StoredPhrase.read(criteria);
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public List<LedgerSampleEntry> getEntries() {
        return List.copyOf(entries);
    }
}
