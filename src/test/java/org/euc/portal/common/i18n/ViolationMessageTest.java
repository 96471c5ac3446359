package org.euc.portal.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.euc.portal.common.domain.RuleViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A service validates once and refuses with the violation's message unworded; each reader reads it in
 * their language when it is shown: the page in its own, the API (and the logs) in English.
 */
class ViolationMessageTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    /** A bean with two constraints, standing for the portal's validated classes. */
    static final class Order {

        @NotBlank
        private final String name;

        @Max(5)
        private final int count;

        Order(String name, int count) {
            this.name = name;
            this.count = count;
        }
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void aRefusalNamesThePropertyAndWordsItsMessageInTheLanguageItIsShownIn() {
        ViolationMessage violation = single(ViolationMessage.of(VALIDATION, new Order(" ", 1)));
        RuleViolationException refusal =
                new RuleViolationException("rule.details.invalid", violation.property(), violation);

        assertEquals("Please check the field name: please fill this in.",
                MessageCatalog.text(Locale.ENGLISH, refusal.messageKey(), refusal.arguments()));
        assertEquals("V\u00e9rifiez le champ name\u00a0: ce champ est obligatoire.",
                MessageCatalog.text(Locale.FRENCH, refusal.messageKey(), refusal.arguments()));
        assertEquals("\u064a\u064f\u0631\u062c\u0649 \u0627\u0644\u062a\u062d\u0642\u0642 \u0645\u0646"
                + " \u0627\u0644\u062d\u0642\u0644 name: \u064a\u064f\u0631\u062c\u0649 \u0645\u0644\u0621"
                + " \u0647\u0630\u0627 \u0627\u0644\u062d\u0642\u0644.",
                MessageCatalog.text(Locale.forLanguageTag("ar"), refusal.messageKey(), refusal.arguments()));
    }

    @Test
    void withoutAReaderTheMessageIsEnglish() {
        ViolationMessage violation = single(ViolationMessage.of(VALIDATION, new Order(" ", 1)));

        assertEquals("please fill this in.", violation.toString());
        assertTrue(new RuleViolationException("rule.details.invalid", violation.property(), violation).getMessage()
                .endsWith("[name, please fill this in.]"));
    }

    @Test
    void eachViolationKeepsItsOwnPropertyAndMessage() {
        Map<String, String> french = ViolationMessage.of(VALIDATION, new Order("", 6)).stream()
                .collect(Collectors.toMap(ViolationMessage::property, violation -> violation.in(Locale.FRENCH)));

        assertEquals(Map.of("name", "ce champ est obligatoire.", "count", "au plus 5."), french);
    }

    @Test
    void aValidBeanHasNoViolation() {
        assertEquals(List.of(), ViolationMessage.of(VALIDATION, new Order("ok", 5)));
    }

    private static ViolationMessage single(List<ViolationMessage> violations) {
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }
}
