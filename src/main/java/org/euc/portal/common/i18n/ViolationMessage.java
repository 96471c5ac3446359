package org.euc.portal.common.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The message of a violated Bean Validation constraint, kept unworded (its template and what the
 * validator knew) and worded from {@code ValidationMessages*.properties} in the language of the message
 * that shows it: pass it as an argument and {@link MessageCatalog} words it. A service validates once;
 * a French page reads French, the API English. Lives only as long as the request that validated.
 */
public final class ViolationMessage {

    private final String property;
    private final String template;
    private final MessageInterpolator.Context context;
    private final MessageInterpolator interpolator;

    private ViolationMessage(String property, String template, MessageInterpolator.Context context,
            MessageInterpolator interpolator) {
        this.property = property;
        this.template = template;
        this.context = context;
        this.interpolator = interpolator;
    }

    /**
     * The violations of the bean's constraints, in no particular order. A validator words each message
     * once, while it validates, in a language fixed then; so the validator asked here keeps each
     * question instead and answers with its number, and the factory's own interpolator answers it later.
     */
    public static List<ViolationMessage> of(ValidatorFactory validation, Object bean) {
        List<Question> asked = new ArrayList<>();
        MessageInterpolator keeping = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                asked.add(new Question(template, context));
                return Integer.toString(asked.size() - 1);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return interpolate(template, context);
            }
        };
        MessageInterpolator interpolator = validation.getMessageInterpolator();
        List<ViolationMessage> violations = new ArrayList<>();
        for (ConstraintViolation<Object> violation
                : validation.usingContext().messageInterpolator(keeping).getValidator().validate(bean)) {
            Question question = asked.get(Integer.parseInt(violation.getMessage()));
            violations.add(new ViolationMessage(violation.getPropertyPath().toString(), question.template(),
                    question.context(), interpolator));
        }
        return violations;
    }

    /** The violated property's path, as the bean names it (exporterCompany). */
    public String property() {
        return property;
    }

    public String in(Locale locale) {
        return interpolator.interpolate(template, context, locale);
    }

    /** Without a reader (logs, exception messages): English. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    /** What a validator asks its interpolator to word. */
    private record Question(String template, MessageInterpolator.Context context) {
    }
}
