package org.euc.portal.common.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.euc.portal.common.domain.InputProblem;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.MessageCatalog;

/** Puts messages from the bundle, in the user's language, on the page being rendered. */
@ApplicationScoped
public class PageMessages {

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A refused request, explained; the page keeps what the user typed. */
    public void refused(RuleViolationException violation) {
        error(violation.messageKey(), violation.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Messages added now survive the redirect that follows the action. */
    public void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public String text(String key, Object... arguments) {
        return MessageCatalog.text(locale(), key, arguments);
    }

    /** The language of the page being rendered. */
    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** An input problem in words, with its line when it came from a file. */
    public String describe(InputProblem problem) {
        String text = text(problem.messageKey(), problem.arguments());
        return problem.line() > 0 ? text("input.problem.atLine", problem.line(), text) : text;
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
