package org.euc.portal.ledger.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How inspectors sample a ledger: half the sample leans toward flagged and high-risk entries (where
 * abuse is likelier), the other half is plain random (so no entry can count on never being looked
 * at). The seed is recorded with the sample, so anyone can draw exactly the same sample again from
 * the same population in the same order.
 */
public final class SamplePlan {

    /** Extra weight of an entry with an open compliance flag. */
    public static final int FLAGGED_WEIGHT = 10;

    private SamplePlan() {
    }

    /** An entry the sample may pick, with what makes it interesting. */
    public record Candidate(long entryId, boolean flagged, int riskScore) {
    }

    /** A picked entry and which half of the sample it was drawn in. */
    public record Pick(long entryId, Reason reason) {
    }

    public enum Reason {
        /** drawn with a probability that grows with risk and open flags */
        WEIGHTED,
        /** drawn uniformly from what the weighted half left */
        RANDOM
    }

    /**
     * Draws {@code size} distinct entries: ceil(size / 2) weighted (weight = 1 + riskScore + 10 if
     * flagged, without replacement), the rest uniformly at random. Weighted picks come first, most
     * likely first, then random picks in the order drawn. A size at least as big as the population
     * picks the whole population.
     *
     * @param population candidates, each entry at most once; their order is part of what the seed reproduces
     * @throws IllegalArgumentException for a negative size or an entry listed twice
     */
    public static List<Pick> draw(List<Candidate> population, int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("A sample cannot have " + size + " entries");
        }
        Set<Long> ids = new HashSet<>();
        for (Candidate candidate : population) {
            if (!ids.add(candidate.entryId())) {
                throw new IllegalArgumentException("Entry " + candidate.entryId() + " is listed twice");
            }
        }
        int total = Math.min(size, population.size());
        int weightedCount = (total + 1) / 2;
        SplittableRandom random = new SplittableRandom(seed);

        // Efraimidis–Spirakis: key u^(1/w), the k largest keys are a weighted sample without
        // replacement. Compared as ln(u)/w, which orders the same and does not underflow to 0.
        record Keyed(int index, double key) {
        }
        List<Keyed> keyed = new ArrayList<>(population.size());
        for (int i = 0; i < population.size(); i++) {
            double u = random.nextDouble();
            keyed.add(new Keyed(i, Math.log(u) / weight(population.get(i))));
        }
        // ties (practically impossible) broken by population order, so the draw stays deterministic
        keyed.sort(Comparator.comparingDouble(Keyed::key).reversed().thenComparingInt(Keyed::index));

        List<Pick> picks = new ArrayList<>(total);
        boolean[] taken = new boolean[population.size()];
        for (int i = 0; i < weightedCount; i++) {
            int index = keyed.get(i).index();
            taken[index] = true;
            picks.add(new Pick(population.get(index).entryId(), Reason.WEIGHTED));
        }

        List<Integer> remaining = new ArrayList<>(population.size() - weightedCount);
        for (int i = 0; i < population.size(); i++) {
            if (!taken[i]) {
                remaining.add(i);
            }
        }
        // partial Fisher–Yates: the first (total - weightedCount) places become a uniform sample
        for (int i = 0; i < total - weightedCount; i++) {
            int j = i + random.nextInt(remaining.size() - i);
            Integer swap = remaining.get(i);
            remaining.set(i, remaining.get(j));
            remaining.set(j, swap);
            picks.add(new Pick(population.get(remaining.get(i)).entryId(), Reason.RANDOM));
        }
        return picks;
    }

    /**
     * How much an entry deserves an inspector's look, from what the entry itself shows: more targets
     * than the threshold (+3, +2 more beyond ten times it), an authorization other than a plain
     * judicial order (+2), each open flag (+2, at most +6), a correction or cancellation (+1), no order
     * document attached (+1).
     */
    public static int riskScore(LedgerEntryView entry, int targetsThreshold) {
        int score = 0;
        if (entry.targets() != null && entry.targets() > targetsThreshold) {
            score += 3;
            if (entry.targets() > 10L * targetsThreshold) {
                score += 2;
            }
        }
        if (entry.kind() != null && entry.kind() != AuthorizationKind.JUDICIAL_ORDER) {
            score += 2;
        }
        score += (int) Math.min(6, 2 * Math.max(0, entry.openFlags()));
        if (entry.type() != null && entry.type() != EntryType.RECORD) {
            score += 1;
        }
        if (entry.documentSha256() == null || entry.documentSha256().isBlank()) {
            score += 1;
        }
        return score;
    }

    private static double weight(Candidate candidate) {
        return 1.0 + Math.max(0, candidate.riskScore()) + (candidate.flagged() ? FLAGGED_WEIGHT : 0);
    }
}
