package org.euc.portal.common.audit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.euc.portal.common.i18n.Phrase;
import org.junit.jupiter.api.Test;

/** How a checkpoint's contradiction names the audit log, in each language. */
class AuditLogChainTest {

    private final AuditLogChain chain = new AuditLogChain();

    @Test
    void theAuditLogIsNamedInEnglishAsBefore() {
        assertEquals("The audit log", chain.name("audit-log").toString());
        assertEquals("The audit log was rewritten and re-hashed: entry 5 is not the one checkpoint 2 sealed, so an entry "
                + "at or before it was changed.", rehashed().toString());
    }

    @Test
    void itsFrenchNameKeepsItsApostropheInsideASentence() {
        assertEquals("Le journal d'audit a \u00e9t\u00e9 r\u00e9\u00e9crit et ses empreintes recalcul\u00e9es\u00a0: "
                + "l'entr\u00e9e 5 n'est pas celle que le point de contr\u00f4le 2 a scell\u00e9e, donc une entr\u00e9e "
                + "\u00e0 cette position ou avant a \u00e9t\u00e9 modifi\u00e9e.", rehashed().in(Locale.FRENCH));
    }

    @Test
    void itsArabicNameIsTheAuditLogs() {
        // "the audit log"
        assertEquals("\u0633\u062c\u0644 \u0627\u0644\u062a\u062f\u0642\u064a\u0642",
                chain.name("audit-log").in(Locale.forLanguageTag("ar")));
    }

    /** The sentence the checkpoint verifier writes for a re-hashed chain. */
    private Phrase rehashed() {
        return Phrase.of("integrity.break.chainRehashed", chain.name("audit-log"), 5, 2);
    }
}
