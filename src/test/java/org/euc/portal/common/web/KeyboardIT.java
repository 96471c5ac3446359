package org.euc.portal.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A reviewer's decision with the keyboard alone: every control reached with Tab shows where the
 * focus is, the decision dialog keeps the focus inside while open and gives it back to the button
 * that opened it when closed with Escape.
 */
@IntegrationTest
class KeyboardIT {

    /** More than the case page's controls before the actions: a control never reached fails the test. */
    private static final int MOST_TABS = 150;

    @Test
    void aReviewerClaimsAndOpensADecisionWithTheKeyboardAlone() {
        String reference = ImporterApi.as(DemoUser.IMPORTER_ARCADIA).submittedCertificate();
        try (Browser reviewer = Browser.open()) {
            reviewer.loginAs(DemoUser.REVIEWER_ONE).visit("/review/case.xhtml?ref=" + reference);
            reviewer.waitFor(By.id("actions:claim"));

            tabTo(reviewer, "actions:claim");
            new Actions(reviewer.driver()).sendKeys(Keys.ENTER).perform();
            reviewer.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("actions:requestChanges")));

            tabTo(reviewer, "actions:requestChanges");
            new Actions(reviewer.driver()).sendKeys(Keys.ENTER).perform();
            WebElement dialog = reviewer.waitFor(By.id("decisionDialog"));
            reviewer.waitUntil(driver -> isInside(dialog, focused(reviewer)));
            for (int tab = 0; tab < 12; tab++) {
                new Actions(reviewer.driver()).sendKeys(Keys.TAB).perform();
                assertTrue(isInside(dialog, focused(reviewer)), "Tab stays in the open dialog (step " + tab + ")");
            }

            new Actions(reviewer.driver()).sendKeys(Keys.ESCAPE).perform();
            reviewer.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDialog")));
            reviewer.waitUntil(driver -> "actions:requestChanges".equals(focused(reviewer).getAttribute("id")));
        }
    }

    /** Tabs forward until the control has the focus, checking on the way that each focus is visible. */
    private static void tabTo(Browser browser, String id) {
        for (int tab = 0; tab < MOST_TABS; tab++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = focused(browser);
            assertTrue(focusIsVisible(browser, focused), "no visible focus on " + describe(focused));
            if (id.equals(focused.getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError(id + " is not reached with Tab");
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static boolean isInside(WebElement container, WebElement element) {
        return (Boolean) ((JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) container).getWrappedDriver())
                .executeScript("return arguments[0].contains(arguments[1])", container, element);
    }

    /** An outline or a focus ring (box shadow) on the element, or on the PrimeFaces box that wraps a hidden input. */
    private static boolean focusIsVisible(Browser browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("""
                const shows = e => { const s = getComputedStyle(e);
                    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
                const e = arguments[0];
                return shows(e) || (e.parentElement && [...e.parentElement.parentElement.querySelectorAll('.ui-state-focus')]
                    .some(shows));""", element);
    }

    private static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getAttribute("id") + "." + element.getAttribute("class");
    }
}
