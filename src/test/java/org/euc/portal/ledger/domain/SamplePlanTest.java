package org.euc.portal.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.euc.portal.ledger.domain.SamplePlan.Candidate;
import org.euc.portal.ledger.domain.SamplePlan.Pick;
import org.euc.portal.ledger.domain.SamplePlan.Reason;
import org.junit.jupiter.api.Test;

class SamplePlanTest {

    /** 1000 entries; every tenth (ids 0, 10, 20...) flagged and risky. */
    private static final List<Candidate> POPULATION = LongStream.range(0, 1000)
            .mapToObj(id -> id % 10 == 0 ? new Candidate(id, true, 5) : new Candidate(id, false, 0))
            .toList();

    @Test
    void theSameSeedDrawsTheSameSample() {
        assertEquals(SamplePlan.draw(POPULATION, 25, 42L), SamplePlan.draw(POPULATION, 25, 42L));
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        Set<Long> first = ids(SamplePlan.draw(POPULATION, 25, 42L));
        Set<Long> second = ids(SamplePlan.draw(POPULATION, 25, 43L));
        assertNotEquals(first, second);
    }

    @Test
    void halfRoundedUpIsWeightedTheRestRandomAndNothingTwice() {
        for (int size : new int[] {1, 2, 7, 20, 999}) {
            List<Pick> picks = SamplePlan.draw(POPULATION, size, 7L);
            assertEquals(size, picks.size(), "size " + size);
            assertEquals((size + 1) / 2, picks.stream().filter(p -> p.reason() == Reason.WEIGHTED).count());
            assertEquals(size / 2, picks.stream().filter(p -> p.reason() == Reason.RANDOM).count());
            assertEquals(size, ids(picks).size(), "duplicates in a sample of " + size);
            // weighted picks first
            for (int i = 0; i < picks.size(); i++) {
                assertEquals(i < (size + 1) / 2 ? Reason.WEIGHTED : Reason.RANDOM, picks.get(i).reason());
            }
        }
    }

    @Test
    void aSampleBiggerThanThePopulationTakesEverything() {
        List<Candidate> small = POPULATION.subList(0, 5);
        List<Pick> picks = SamplePlan.draw(small, 50, 1L);
        assertEquals(Set.of(0L, 1L, 2L, 3L, 4L), ids(picks));
        assertEquals(5, picks.size());
        assertEquals(List.of(), SamplePlan.draw(POPULATION, 0, 1L));
        assertEquals(List.of(), SamplePlan.draw(List.of(), 10, 1L));
    }

    @Test
    void aNegativeSizeOrAnEntryListedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SamplePlan.draw(POPULATION, -1, 1L));
        List<Candidate> twice = List.of(new Candidate(1, false, 0), new Candidate(1, true, 3));
        assertThrows(IllegalArgumentException.class, () -> SamplePlan.draw(twice, 1, 1L));
    }

    @Test
    void flaggedAndRiskyEntriesAreOverRepresentedInTheWeightedHalfOnly() {
        // 10% of the population is flagged (weight 16 against 1): expected about 64% of weighted picks
        int weighted = 0;
        int weightedFlagged = 0;
        int random = 0;
        int randomFlagged = 0;
        for (long seed = 1; seed <= 200; seed++) {
            for (Pick pick : SamplePlan.draw(POPULATION, 20, seed)) {
                boolean flagged = pick.entryId() % 10 == 0;
                if (pick.reason() == Reason.WEIGHTED) {
                    weighted++;
                    weightedFlagged += flagged ? 1 : 0;
                } else {
                    random++;
                    randomFlagged += flagged ? 1 : 0;
                }
            }
        }
        double weightedShare = (double) weightedFlagged / weighted;
        double randomShare = (double) randomFlagged / random;
        assertTrue(weightedShare > 0.5, "flagged share of weighted picks " + weightedShare);
        assertTrue(randomShare < 0.15, "flagged share of random picks " + randomShare);
    }

    @Test
    void aHigherRiskScoreAloneRaisesTheChanceOfBeingPicked() {
        // no flags: ids 0-49 have risk 9 (weight 10), the 950 others risk 0 (weight 1)
        List<Candidate> population = LongStream.range(0, 1000)
                .mapToObj(id -> new Candidate(id, false, id < 50 ? 9 : 0)).toList();
        int risky = 0;
        int total = 0;
        for (long seed = 1; seed <= 100; seed++) {
            for (Pick pick : SamplePlan.draw(population, 10, seed)) {
                if (pick.reason() == Reason.WEIGHTED) {
                    total++;
                    risky += pick.entryId() < 50 ? 1 : 0;
                }
            }
        }
        // 5% of entries, about a third of weighted picks (500 / 1450)
        assertTrue((double) risky / total > 0.25, "risky share " + (double) risky / total);
    }

    @Test
    void theOrderOfThePopulationIsPartOfWhatTheSeedReproduces() {
        List<Candidate> reversed = new ArrayList<>(POPULATION);
        java.util.Collections.reverse(reversed);
        assertNotEquals(ids(SamplePlan.draw(POPULATION, 25, 42L)), ids(SamplePlan.draw(reversed, 25, 42L)));
    }

    @Test
    void riskScoreCountsTargetsKindFlagsAmendmentsAndMissingDocuments() {
        assertEquals(0, SamplePlan.riskScore(view(AuthorizationKind.JUDICIAL_ORDER, EntryType.RECORD, 5, 0, "ab12"), 10));
        assertEquals(3, SamplePlan.riskScore(view(AuthorizationKind.JUDICIAL_ORDER, EntryType.RECORD, 11, 0, "ab12"), 10));
        assertEquals(5, SamplePlan.riskScore(view(AuthorizationKind.JUDICIAL_ORDER, EntryType.RECORD, 101, 0, "ab12"), 10));
        assertEquals(2, SamplePlan.riskScore(
                view(AuthorizationKind.URGENT_ORAL_APPROVAL_CONFIRMED, EntryType.RECORD, 5, 0, "ab12"), 10));
        assertEquals(2, SamplePlan.riskScore(view(AuthorizationKind.OTHER_AUTHORIZATION, EntryType.RECORD, 5, 0, "ab12"), 10));
        assertEquals(4, SamplePlan.riskScore(view(AuthorizationKind.JUDICIAL_ORDER, EntryType.RECORD, 5, 2, "ab12"), 10));
        assertEquals(6, SamplePlan.riskScore(view(AuthorizationKind.JUDICIAL_ORDER, EntryType.RECORD, 5, 9, "ab12"), 10));
        assertEquals(1, SamplePlan.riskScore(view(AuthorizationKind.JUDICIAL_ORDER, EntryType.CORRECTION, 5, 0, "ab12"), 10));
        assertEquals(1, SamplePlan.riskScore(view(AuthorizationKind.JUDICIAL_ORDER, EntryType.RECORD, 5, 0, null), 10));
        assertEquals(3 + 2 + 2 + 6 + 1 + 1,
                SamplePlan.riskScore(view(AuthorizationKind.OTHER_AUTHORIZATION, EntryType.CANCELLATION, 500, 4, null), 10));
    }

    private static LedgerEntryView view(AuthorizationKind kind, EntryType type, int targets, long openFlags,
            String sha256) {
        LocalDate day = LocalDate.of(2026, 3, 1);
        return new LedgerEntryView(1, "EUC-2026-0001", "MOI", "XA", 1, type, type == EntryType.RECORD ? null : 1,
                type == EntryType.RECORD ? null : "typo", "O-1", "Court", kind, null, day, day, day, day, day,
                "Terrorist act 1", targets, null, sha256, Instant.parse("2026-03-02T10:00:00Z"), "importer", LedgerChannel.FORM,
                openFlags, "00", null);
    }

    private static Set<Long> ids(List<Pick> picks) {
        return picks.stream().map(Pick::entryId).collect(Collectors.toCollection(HashSet::new));
    }
}
