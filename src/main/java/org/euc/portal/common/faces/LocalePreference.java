package org.euc.portal.common.faces;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The language the user reads the portal in: the browser's preferred supported language until
 * the user picks one in the header. The only session-scoped state of the portal.
 */
@Named
@SessionScoped
public class LocalePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().calculateLocale(context);
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

    public void choose(String language) {
        getSupportedLocales().stream().filter(locale -> locale.getLanguage().equals(language)).findFirst()
                .ifPresent(locale -> {
                    chosen = locale;
                    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
                });
    }
}
