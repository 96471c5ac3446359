package org.euc.portal.common.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.euc.portal.common.integrity.ChainVerification;
import org.euc.portal.common.integrity.HashChain;
import org.junit.jupiter.api.Test;

class AuditEventChainTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:15:30.123456789Z");

    @Test
    void aFreshChainVerifies() {
        List<AuditEvent> chain = chainOf(5);

        ChainVerification result = HashChain.verify(chain.iterator());

        assertTrue(result.isIntact());
        assertEquals(5, result.checkedRecords());
        assertEquals(chain.get(4).hash(), result.lastHash());
        assertEquals(HashChain.GENESIS, chain.get(0).previousHash());
        assertEquals(chain.get(0).hash(), chain.get(1).previousHash());
    }

    @Test
    void aChangedDetailIsDetectedAtItsPosition() throws Exception {
        List<AuditEvent> chain = chainOf(6);
        set(chain.get(3), "details", "approved without four-eyes");

        ChainVerification result = HashChain.verify(chain.iterator());

        assertFalse(result.isIntact());
        assertEquals(4, result.brokenAt(), "event 4 (index 3) was altered");
        assertEquals(3, result.checkedRecords());
        assertEquals("record 4 was altered: its content no longer matches its hash", result.problem().toString());
    }

    @Test
    void aChangedActorOrTimeIsDetected() throws Exception {
        List<AuditEvent> actor = chainOf(3);
        set(actor.get(0), "actor", "someone.else");
        assertEquals(1, HashChain.verify(actor.iterator()).brokenAt());

        List<AuditEvent> time = chainOf(3);
        set(time.get(2), "occurredAt", T0.plusSeconds(3600));
        assertEquals(3, HashChain.verify(time.iterator()).brokenAt());
    }

    @Test
    void aRehashedRowStillBreaksTheNextLink() throws Exception {
        List<AuditEvent> chain = chainOf(4);
        AuditEvent forged = chain.get(1);
        set(forged, "details", "rewritten");
        set(forged, "hash", HashChain.hashOf(forged.previousHash(), forged));

        ChainVerification result = HashChain.verify(chain.iterator());

        assertEquals(3, result.brokenAt(), "the forger recomputed row 2, so row 3 no longer points at it");
        assertEquals("record 3 does not point at the hash of record 2", result.problem().toString());
    }

    @Test
    void aDeletedRowIsDetected() {
        List<AuditEvent> chain = chainOf(5);
        chain.remove(2);

        ChainVerification result = HashChain.verify(chain.iterator());

        assertEquals(3, result.brokenAt());
        assertEquals("record 3 is missing (next record found is 4)", result.problem().toString());
    }

    @Test
    void aBreakIsWordedInTheReadersLanguage() throws Exception {
        List<AuditEvent> chain = chainOf(3);
        set(chain.get(1), "details", "approved without four-eyes");

        ChainVerification result = HashChain.verify(chain.iterator());

        assertEquals("l'enregistrement 2 a \u00e9t\u00e9 modifi\u00e9\u00a0: son contenu ne correspond plus \u00e0 "
                + "son empreinte", result.problem().in(Locale.FRENCH));
        // "record 2 was altered: its content no longer matches its hash"
        assertEquals("\u0639\u064f\u062f\u0650\u0651\u0644 \u0627\u0644\u0642\u064a\u062f 2: \u0644\u0645 "
                + "\u064a\u0639\u062f \u0645\u062d\u062a\u0648\u0627\u0647 \u0645\u0637\u0627\u0628\u0642\u064b\u0627 "
                + "\u0644\u0628\u0635\u0645\u062a\u0647", result.problem().in(Locale.forLanguageTag("ar")));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditEvent first = AuditEvent.append(null, T0, record("ab", "c"));
        AuditEvent second = AuditEvent.append(null, T0, record("a", "bc"));

        assertNotEquals(first.hash(), second.hash());
    }

    @Test
    void hashesUseDatabasePrecisionSoAStoredEventStillVerifies() {
        AuditEvent event = AuditEvent.append(null, T0, record("LOGIN", null));

        assertEquals(Instant.parse("2026-11-28T10:15:30.123456Z"), event.getOccurredAt());
        assertTrue(HashChain.verify(List.of(event).iterator()).isIntact());
    }

    private static List<AuditEvent> chainOf(int length) {
        List<AuditEvent> chain = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditEvent.append(previous, T0.plusSeconds(i), record("ACTION_" + i, "detail " + i));
            chain.add(previous);
        }
        return chain;
    }

    private static AuditRecord record(String action, String details) {
        return new AuditRecord("reviewer.one", "reviewer", action, "CERTIFICATE", "EUC-2026-000001", details,
                "127.0.0.1");
    }

    private static void set(AuditEvent event, String field, Object value) throws Exception {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }
}
