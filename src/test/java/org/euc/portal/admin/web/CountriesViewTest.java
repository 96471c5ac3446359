package org.euc.portal.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountriesViewTest {

    @Test
    void countriesToKeepMayBePastedInAnyCaseAndSeparatedAnyWay() {
        assertEquals(List.of("XA", "XB", "FR", "DE"), List.copyOf(CountriesView.codes(" xa, XB\nfr;de  xa ")));
        assertEquals(Set.of(), CountriesView.codes(null));
        assertEquals(Set.of(), CountriesView.codes(" ,; \n"));
    }
}
