package org.euc.portal.common.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.euc.portal.common.i18n.Phrase;
import org.junit.jupiter.api.Test;

/**
 * What the checkpoints say is wrong: in English, word for word as before break descriptions were
 * phrases (logs, the audit log and the API read it), and in the reader's language on the pages.
 */
class CheckpointVerifierTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String REFERENCE = "EUC-2026-000001";

    /** A chain kind named by the default message, as the ledgers are. */
    private static final CheckpointedChain LEDGERS = new CheckpointedChain() {
        @Override
        public String kind() {
            return "LEDGER";
        }

        @Override
        public String unsealedHeadsSql() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String entryHashSql() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String chainLengthSql() {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void contradictionsReadInEnglishAsTheyAlwaysDid() {
        assertEquals("The ledger of EUC-2026-000001 was cut short: checkpoint 7 sealed it up to entry 3, but it is now empty.",
                describe(3, 7, null, 0, 0, 0).toString());
        assertEquals("The ledger of EUC-2026-000001 was cut short: checkpoint 7 sealed it up to entry 3, but it now ends "
                + "at entry 1.", describe(3, 7, null, 1, 0, 0).toString());
        assertEquals("The ledger of EUC-2026-000001 forked after entry 2: entry 4 is not the one checkpoint 9 sealed "
                + "(entries up to 2 still match checkpoint 8).", describe(4, 9, "a1", 5, 2, 8).toString());
        assertEquals("The ledger of EUC-2026-000001 was rewritten and re-hashed: entry 4 is not the one checkpoint 9 "
                + "sealed, so an entry at or before it was changed.", describe(4, 9, "a1", 5, 0, 0).toString());
        assertEquals("The ledger of EUC-2026-000001", LEDGERS.name(REFERENCE).toString());
    }

    @Test
    void damagedCheckpointsReadInEnglishAsTheyAlwaysDid() {
        assertEquals("Checkpoint 3 is missing: the checkpoints jump from 2 to 5.",
                CheckpointVerifier.checkpointMissing(3, 5).toString());
        assertEquals("Checkpoint 4 does not follow checkpoint 3: the sequence of checkpoints was forked or replaced.",
                CheckpointVerifier.checkpointForked(4).toString());
        assertEquals("Checkpoint 4 was altered: its content no longer matches the ministry's seal.",
                CheckpointVerifier.checkpointAltered(4).toString());
    }

    @Test
    void aContradictionReadsInFrenchWithItsApostrophesAndPositionsAsWritten() {
        assertEquals("Le registre de EUC-2026-000001 a bifurqu\u00e9 apr\u00e8s l'entr\u00e9e 12344\u00a0: l'entr\u00e9e "
                + "12345 n'est pas celle que le point de contr\u00f4le 1200 a scell\u00e9e (les entr\u00e9es "
                + "jusqu'\u00e0 12344 correspondent toujours au point de contr\u00f4le 1199).",
                describe(12345, 1200, "a1", 12346, 12344, 1199).in(Locale.FRENCH));
        assertEquals("Le registre de EUC-2026-000001 a \u00e9t\u00e9 tronqu\u00e9\u00a0: le point de contr\u00f4le 7 "
                + "l'avait scell\u00e9 jusqu'\u00e0 l'entr\u00e9e 3, mais il est d\u00e9sormais vide.",
                describe(3, 7, null, 0, 0, 0).in(Locale.FRENCH));
    }

    @Test
    void aContradictionAndDamagedCheckpointsReadInArabic() {
        // "The ledger of EUC-2026-000001 was cut short: checkpoint 1200 sealed it up to entry 12345, but it now ends ..."
        assertEquals("\u0633\u062c\u0644 \u0627\u0644\u0623\u0630\u0648\u0646\u0627\u062a \u0627\u0644\u062e\u0627\u0635 "
                + "\u0628\u0640 EUC-2026-000001 \u0645\u0628\u062a\u0648\u0631: \u062e\u062a\u0645\u062a\u0647 "
                + "\u0646\u0642\u0637\u0629 \u0627\u0644\u062a\u062d\u0642\u0642 1200 \u062d\u062a\u0649 "
                + "\u0627\u0644\u0642\u064a\u062f 12345\u060c \u0644\u0643\u0646\u0647 \u064a\u0646\u062a\u0647\u064a "
                + "\u0627\u0644\u0622\u0646 \u0639\u0646\u062f \u0627\u0644\u0642\u064a\u062f 10000.",
                describe(12345, 1200, null, 10000, 0, 0).in(ARABIC));
        // "Checkpoint 1200 was altered: its content no longer matches the ministry's seal."
        assertEquals("\u0639\u064f\u062f\u0650\u0651\u0644\u062a \u0646\u0642\u0637\u0629 "
                + "\u0627\u0644\u062a\u062d\u0642\u0642 1200: \u0644\u0645 \u064a\u0639\u062f "
                + "\u0645\u062d\u062a\u0648\u0627\u0647\u0627 \u0645\u0637\u0627\u0628\u0642\u064b\u0627 "
                + "\u0644\u062e\u062a\u0645 \u0627\u0644\u0648\u0632\u0627\u0631\u0629.",
                CheckpointVerifier.checkpointAltered(1200).in(ARABIC));
    }

    private static Phrase describe(long position, long checkpoint, String entryHash, long length, long confirmedPosition,
            long confirmedBy) {
        return CheckpointVerifier.describe(LEDGERS, REFERENCE, position, checkpoint, entryHash, length, confirmedPosition,
                confirmedBy);
    }
}
