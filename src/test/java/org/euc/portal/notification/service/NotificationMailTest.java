package org.euc.portal.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.notification.domain.Notification;
import org.euc.portal.notification.domain.NotificationKind;
import org.junit.jupiter.api.Test;

/** Each recipient's e-mail in their own language, from the real message bundles. */
class NotificationMailTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String LINK = "https://portal.example/importer/certificate.xhtml?ref=EUC-2026-000042";
    private static final Notification REJECTED = Notification.toAgency("ARC-NPA", NotificationKind.CERTIFICATE_REJECTED,
            "EUC-2026-000042", List.of(DecisionReason.END_USER_NOT_ELIGIBLE, Phrase.verbatim("Not eligible.")),
            Instant.EPOCH);

    @Test
    void groupsTheAddressesByLanguageWithEnglishForEveryoneElse() {
        Map<Locale, List<String>> byLanguage = NotificationMail.addressesByLanguage(List.of(
                user("ines@demo.invalid", null), user("fabrice@demo.invalid", "fr"), user("amal@demo.invalid", "ar"),
                user("dieter@demo.invalid", "de"), user("chloe@demo.invalid", "fr-CA"), user("ed@demo.invalid", " "),
                user(null, "fr"), user("fabrice@demo.invalid", "fr")));

        assertEquals(Map.of(Locale.ENGLISH, List.of("ines@demo.invalid", "dieter@demo.invalid", "ed@demo.invalid"),
                Locale.FRENCH, List.of("fabrice@demo.invalid", "chloe@demo.invalid"),
                ARABIC, List.of("amal@demo.invalid")), byLanguage);
    }

    @Test
    void nobodyWithAnAddressMeansNoMessage() {
        assertTrue(NotificationMail.addressesByLanguage(List.of(user("", "fr"), user(null, null))).isEmpty());
    }

    @Test
    void theEnglishMailNamesThePortalTheReasonAndTheLink() {
        NotificationMail.Mail mail = NotificationMail.mail(REJECTED, Locale.ENGLISH, LINK);

        assertEquals("EUC Portal: Certificate EUC-2026-000042 was rejected \u2014 End user not eligible: Not eligible.",
                mail.subject());
        assertTrue(mail.body().startsWith("Certificate EUC-2026-000042 was rejected"), mail.body());
        assertTrue(mail.body().contains(LINK), mail.body());
        assertTrue(mail.body().endsWith("do not reply to this e-mail."), mail.body());
    }

    @Test
    void theFrenchMailIsFrenchFromTheSubjectToTheFooter() {
        NotificationMail.Mail mail = NotificationMail.mail(REJECTED, Locale.FRENCH, LINK);

        assertEquals("Portail CUF\u00a0: Le certificat EUC-2026-000042 a \u00e9t\u00e9 rejet\u00e9 \u2014 "
                + "Utilisateur final non admissible\u00a0: Not eligible.", mail.subject());
        assertTrue(mail.body().contains(LINK), mail.body());
        assertTrue(mail.body().endsWith("ne r\u00e9pondez pas \u00e0 ce courriel."), mail.body());
    }

    @Test
    void theArabicMailIsArabic() {
        NotificationMail.Mail mail = NotificationMail.mail(REJECTED, ARABIC, LINK);

        // app.name, then the reason's Arabic label: "end user not eligible"
        assertTrue(mail.subject().startsWith("\u0628\u0648\u0627\u0628\u0629 \u0634\u0647\u0627\u062f\u0627\u062a"),
                mail.subject());
        assertTrue(mail.subject().contains("\u0645\u0633\u062a\u062e\u062f\u0645 \u0646\u0647\u0627\u0626\u064a "
                + "\u063a\u064a\u0631 \u0645\u0624\u0647\u0644"), mail.subject());
        assertTrue(mail.subject().contains("EUC-2026-000042"), mail.subject());
        assertFalse(mail.subject().contains("EUC Portal") || mail.body().contains("rejected"), mail.subject());
    }

    @Test
    void aNotificationStoredBeforePhrasesStillNamesTheReasonInTheReadersLanguage() {
        Phrase stored = NotificationKind.CERTIFICATE_REJECTED.storedAsText(
                List.of("EUC-2026-000042", "END_USER_NOT_ELIGIBLE", "Not eligible."));

        assertEquals(REJECTED.text().in(Locale.FRENCH), stored.in(Locale.FRENCH));
        assertEquals(REJECTED.text().in(ARABIC), stored.in(ARABIC));
    }

    @Test
    void theSameNotificationReadsInEachReadersLanguage() {
        Notification suspended = Notification.toAgency("ARC-NPA", NotificationKind.CERTIFICATE_SUSPENDED,
                "EUC-2026-000042", List.of(Phrase.of("decision.delisted.rationale")), Instant.EPOCH);

        assertEquals("Certificate EUC-2026-000042 was suspended: The country was removed from the list of approved "
                + "countries.", suspended.text().in(Locale.ENGLISH));
        assertTrue(suspended.text().in(Locale.FRENCH).endsWith("Le pays a \u00e9t\u00e9 retir\u00e9 de la liste des pays "
                + "approuv\u00e9s."), suspended.text().in(Locale.FRENCH));
    }

    private static DirectoryUser user(String email, String locale) {
        return new DirectoryUser("id", "someone", email, "Some", "One", true, "ARC-NPA", List.of("importer"), locale);
    }
}
