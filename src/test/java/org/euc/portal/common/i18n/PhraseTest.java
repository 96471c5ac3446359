package org.euc.portal.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.junit.jupiter.api.Test;

/** A phrase keeps its key and arguments through storage and is worded in each reader's language. */
class PhraseTest {

    private static final Locale FRENCH = Locale.FRENCH;

    @Test
    void labelsAndCountriesInsideAPhraseAreWordedInTheReadersLanguage() {
        Phrase phrase = Phrase.list(List.of(Phrase.of("status.SUSPENDED"),
                Phrase.verbatim("x"), Phrase.of(CertificateStatus.APPROVED.labelKey())));

        assertEquals(MessageCatalog.text(Locale.ENGLISH, "status.SUSPENDED") + "; x; "
                + MessageCatalog.text(Locale.ENGLISH, "status.APPROVED"), phrase.in(Locale.ENGLISH));
        assertEquals(MessageCatalog.text(FRENCH, "status.SUSPENDED") + " ; x ; "
                + MessageCatalog.text(FRENCH, "status.APPROVED"), phrase.in(FRENCH));
    }

    @Test
    void enumConstantsBecomeTheirLabelAndDataItsText() {
        Phrase phrase = Phrase.of("phrase.list", CertificateStatus.REVOKED, LocalDate.of(2026, 3, 1));

        assertEquals(List.of(new Phrase("status.REVOKED", List.of()), "2026-03-01"), phrase.arguments());
        assertEquals(MessageCatalog.text(FRENCH, "status.REVOKED") + " ; 2026-03-01", phrase.in(FRENCH));
    }

    @Test
    void aStoredPhraseReadsBackEqual() {
        Phrase phrase = Phrase.of("phrase.list", Phrase.of("phrase.list", "it's \"quoted\"", 12),
                Phrase.of("phrase.list", new CountryName("FR", "France"), Phrase.verbatim("written before phrases")));

        Phrase read = Phrase.fromJson(phrase.toJson());

        assertEquals(phrase, read);
        assertEquals("it's \"quoted\" ; 12 ; France ; written before phrases", read.in(FRENCH));
        assertEquals("it's \"quoted\"; 12; France; written before phrases", read.toString());
    }

    @Test
    void verbatimTextIsTheSameInEveryLanguage() {
        Phrase phrase = Phrase.verbatim("revision 1 was signed by A. Minister");

        assertEquals("revision 1 was signed by A. Minister", phrase.in(FRENCH));
        assertEquals(phrase, Phrase.fromJson(phrase.toJson()));
    }

    @Test
    void anEmptyListHasNoWording() {
        assertThrows(IllegalArgumentException.class, () -> Phrase.list(List.of()));
    }
}
