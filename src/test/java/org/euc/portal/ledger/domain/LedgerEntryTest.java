package org.euc.portal.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.TerroristAct;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final Instant RECORDED = Instant.parse("2026-03-03T10:00:00Z");
    private static final AuthorizationInput ORDER = new AuthorizationInput("ORD-1", "Examplia High Court",
            AuthorizationKind.JUDICIAL_ORDER, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 6), TerroristAct.ATTACK_ON_LIFE,
            null, 2, null);

    @Test
    void aCorrectionOfACorrectionIsJudgedAsOfTheOriginalRecord() {
        Certificate certificate = new Certificate() {
            @Override
            public Long getId() {
                return 42L; // as if stored: the chain hash covers it
            }
        };
        LedgerEntry original = append(certificate, null, EntryType.RECORD, null, RECORDED);
        LedgerEntry correction = append(certificate, original, EntryType.CORRECTION, original,
                RECORDED.plusSeconds(20 * 86_400));
        LedgerEntry secondCorrection = append(certificate, correction, EntryType.CORRECTION, correction,
                RECORDED.plusSeconds(40 * 86_400));

        assertEquals(RECORDED, original.firstRecordedAt());
        assertEquals(RECORDED, correction.firstRecordedAt());
        assertEquals(RECORDED, secondCorrection.firstRecordedAt());
        assertEquals(RECORDED.plusSeconds(40 * 86_400), secondCorrection.getRecordedAt(), "recorded when it was made");
    }

    private static LedgerEntry append(Certificate certificate, LedgerEntry previous, EntryType type, LedgerEntry amends,
            Instant now) {
        return LedgerEntry.append(certificate, previous, type, amends, amends == null ? null : "typo", ORDER, null, null,
                LedgerChannel.API, "importer.alice", now);
    }
}
