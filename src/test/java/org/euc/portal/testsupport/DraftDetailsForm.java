package org.euc.portal.testsupport;

import java.time.LocalDate;
import org.openqa.selenium.By;

/** The first step of a draft, filled in as an importer of Arcadia does: the browser journeys' common start. */
public final class DraftDetailsForm {

    private DraftDetailsForm() {
    }

    /** Fills every field of the details step (not saved yet): a lawful interception system for two years. */
    public static void fill(Browser browser, String exporter, String licence, String system) {
        browser.type(By.id("details:exporter"), exporter);
        browser.type(By.id("details:licence"), licence);
        browser.type(By.id("details:system"), system);
        browser.choose("details:category", "Lawful interception");
        browser.type(By.id("details:installations_input"), "3");
        browser.type(By.id("details:sites_input"), "2");
        browser.typeDate(By.id("details:validFrom_input"), LocalDate.now().plusDays(7));
        browser.typeDate(By.id("details:validUntil_input"), LocalDate.now().plusYears(2));
        browser.choose("details:signatory", "Amelia Reyes, Director of Technical Operations");
    }
}
