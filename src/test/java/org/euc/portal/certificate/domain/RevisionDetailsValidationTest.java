package org.euc.portal.certificate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A draft's details break their constraints in the reader's words: Hibernate Validator, as the server
 * runs it, words them from the portal's ValidationMessages bundles in the language it is asked for, as
 * a page asks for its own language.
 */
class RevisionDetailsValidationTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final LocalDate TODAY = LocalDate.now();

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void aValidDraftBreaksNoConstraint() {
        assertEquals(Map.of(), messagesIn(Locale.ENGLISH, valid()));
    }

    @Test
    void englishReadersReadThePortalsEnglish() {
        assertEquals(Map.of(
                "exporterCompany", "please fill this in.",
                "exportLicenceReference", "at most 100 characters.",
                "systemCategory", "please fill this in.",
                "installations", "at least 1.",
                "sites", "at most 10000.",
                "validUntil", "choose a date after today."), messagesIn(Locale.ENGLISH, invalid()));
    }

    @Test
    void frenchReadersReadFrench() {
        assertEquals(Map.of(
                "exporterCompany", "ce champ est obligatoire.",
                "exportLicenceReference", "100 caract\u00e8res au plus.",
                "systemCategory", "ce champ est obligatoire.",
                "installations", "au moins 1.",
                "sites", "au plus 10000.",
                "validUntil", "choisissez une date post\u00e9rieure \u00e0 aujourd'hui."),
                messagesIn(Locale.FRANCE, invalid()));
    }

    @Test
    void arabicReadersReadArabic() {
        String pleaseFillIn = "\u064a\u064f\u0631\u062c\u0649 \u0645\u0644\u0621 \u0647\u0630\u0627"
                + " \u0627\u0644\u062d\u0642\u0644.";
        assertEquals(Map.of(
                "exporterCompany", pleaseFillIn,
                "exportLicenceReference", "\u0627\u0644\u062d\u062f \u0627\u0644\u0623\u0642\u0635\u0649"
                        + " \u0644\u0639\u062f\u062f \u0627\u0644\u0623\u062d\u0631\u0641 100.",
                "systemCategory", pleaseFillIn,
                "installations", "\u0627\u0644\u062d\u062f \u0627\u0644\u0623\u062f\u0646\u0649 1.",
                "sites", "\u0627\u0644\u062d\u062f \u0627\u0644\u0623\u0642\u0635\u0649 10000.",
                "validUntil", "\u0627\u062e\u062a\u0631 \u062a\u0627\u0631\u064a\u062e\u064b\u0627 \u0628\u0639\u062f"
                        + " \u0627\u0644\u064a\u0648\u0645."),
                messagesIn(ARABIC, invalid()));
    }

    @Test
    void aLanguageThePortalDoesNotSpeakReadsEnglish() {
        Map<String, String> german = onServerSpeaking(Locale.ENGLISH,
                validation -> messagesIn(validation, Locale.GERMAN, invalid()));

        assertEquals(messagesIn(Locale.ENGLISH, invalid()), german);
    }

    /** ValidationMessages_en.properties keeps English from falling back to the server's own language. */
    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLanguageIsFrench() {
        Map<String, String> english = onServerSpeaking(Locale.FRANCE,
                validation -> messagesIn(validation, Locale.ENGLISH, invalid()));

        assertEquals(messagesIn(Locale.ENGLISH, invalid()), english);
    }

    /**
     * What a validator factory words on a server whose default locale is the one given: the one a
     * ResourceBundle falls back to. A factory of its own, since a factory keeps the messages it worded.
     */
    private static <T> T onServerSpeaking(Locale serverLocale, Function<ValidatorFactory, T> work) {
        Locale before = Locale.getDefault();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ResourceBundle.clearCache(loader);
        Locale.setDefault(serverLocale);
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            return work.apply(validation);
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache(loader);
        }
    }

    private static RevisionDetails valid() {
        return new RevisionDetails("Nordlicht Systems GmbH", "EL-2026-0415", "Mobile forensics suite",
                SystemCategory.MOBILE_FORENSICS, 2, 1, TODAY, TODAY.plusYears(1));
    }

    /** One broken constraint in each field that has one, except the system's name and the validity's start. */
    private static RevisionDetails invalid() {
        RevisionDetails details = valid();
        details.setExporterCompany("   ");
        details.setExportLicenceReference("L".repeat(101));
        details.setSystemCategory(null);
        details.setInstallations(0);
        details.setSites(10_001);
        details.setValidUntil(TODAY.minusDays(1));
        return details;
    }

    private static Map<String, String> messagesIn(Locale locale, RevisionDetails details) {
        return messagesIn(VALIDATION, locale, details);
    }

    /** Each property's message, worded in the locale as Faces words it on a page, in the view's locale. */
    private static Map<String, String> messagesIn(ValidatorFactory validation, Locale locale, RevisionDetails details) {
        MessageInterpolator portal = validation.getMessageInterpolator();
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return portal.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return portal.interpolate(template, context, locale);
            }
        };
        return validation.usingContext().messageInterpolator(inLocale).getValidator().validate(details).stream()
                .collect(Collectors.toMap(violation -> violation.getPropertyPath().toString(),
                        ConstraintViolation::getMessage));
    }
}
