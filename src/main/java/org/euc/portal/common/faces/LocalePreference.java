package org.euc.portal.common.faces;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.euc.portal.common.i18n.LanguageChosen;
import org.euc.portal.common.security.Caller;

/**
 * The language the user reads the portal in: the one picked in the header during this session,
 * else the one they picked in an earlier session (kept in Keycloak, read from the login token),
 * else the browser's preferred supported language. The only session-scoped state of the portal.
 */
@Named
@SessionScoped
public class LocalePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    Event<LanguageChosen> languageChosen;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        return caller.preferredLanguage().flatMap(this::supported).orElseGet(() -> {
            FacesContext context = FacesContext.getCurrentInstance();
            return context.getApplication().getViewHandler().calculateLocale(context);
        });
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The writing direction of the chosen language, for {@code <html dir>}: "rtl" for Arabic, "ltr" otherwise. */
    public String getDirection() {
        return ULocale.forLocale(getLocale()).isRightToLeft() ? "rtl" : "ltr";
    }

    /** The languages offered in the header, as configured in faces-config.xml. */
    public List<Locale> getSupportedLocales() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<Locale> supported = context.getApplication().getSupportedLocales();
        List<Locale> locales = new java.util.ArrayList<>();
        locales.add(context.getApplication().getDefaultLocale());
        supported.forEachRemaining(locale -> {
            if (!locales.contains(locale)) {
                locales.add(locale);
            }
        });
        return locales;
    }

    /** Switches the session's language and, for a signed-in user, keeps it for their e-mails and next sessions. */
    public void choose(String language) {
        supported(language).ifPresent(locale -> {
            chosen = locale;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
            // kept for portal users only: one signed in without a role has no e-mails and may not call the directory
            if (!caller.roles().isEmpty()) {
                languageChosen.fire(new LanguageChosen(locale.getLanguage()));
            }
        });
    }

    /** The offered locale of a language tag's language (fr-CA gives fr); empty when the portal does not speak it. */
    private Optional<Locale> supported(String languageTag) {
        if (languageTag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage();
        return getSupportedLocales().stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }
}
