package org.euc.portal.common.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.euc.portal.common.i18n.Phrase;

/** Words a stored phrase in the language the page is rendered in: {@code #{phrases.of(flag.detail())}}. */
@Named
@ApplicationScoped
public class Phrases {

    public String of(Phrase phrase) {
        return phrase == null ? "" : phrase.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
