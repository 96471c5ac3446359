package org.euc.portal.common.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.euc.portal.common.i18n.CountryName;

/** Names countries on pages in the language the page is rendered in: {@code #{countryNames.of(code, name)}}. */
@Named
@ApplicationScoped
public class CountryNames {

    /**
     * @param code the country's ISO code
     * @param englishName the name stored with it, shown where no other language has one
     */
    public String of(String code, String englishName) {
        return new CountryName(code, englishName).in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
