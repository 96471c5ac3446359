package org.euc.portal.certificate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.euc.portal.signature.tool.SignPdfCommand;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.DraftDetailsForm;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The importer's main path in real Chromium, signing with the documented signing command. */
@IntegrationTest
class ImporterJourneyIT {

    @Test
    void arcadiaDraftsDeclaresUndertakesSignsUploadsAndSubmits() {
        try (Browser browser = Browser.open()) {
            browser.loginAs(DemoUser.IMPORTER_ARCADIA);
            browser.click(By.id("certificates:newCertificate"));

            // 1. details: saving the empty form shows what is missing (the fields are marked invalid)
            browser.click(By.id("details:save"));
            browser.waitFor(By.cssSelector("#details .ui-messages-error"));
            browser.assertAccessible();
            DraftDetailsForm.fill(browser, "Northwind Interception Systems", "EL-2026-0042", "Northwind LI-7");
            browser.click(By.id("details:save"));
            browser.screenshot("importer-details");
            browser.waitUntil(ExpectedConditions.urlContains("ref=EUC-"));
            String reference = browser.currentUrl().replaceAll(".*ref=", "");

            // 2. purposes: two terrorist acts and one serious crime; short-penalty and expression offences are not offered
            browser.click(By.cssSelector("label[for='purposes:acts:0']"));
            browser.click(By.cssSelector("label[for='purposes:acts:5']"));
            WebElement murder = offenceOption(browser, "Murder");
            WebElement sedition = offenceOption(browser, "Sedition");
            WebElement theft = offenceOption(browser, "Theft");
            assertTrue(sedition.getAttribute("disabled") != null, "expression offences cannot be chosen (carve-out)");
            assertTrue(theft.getAttribute("disabled") != null, "offences under 6 years cannot be chosen");
            browser.click(By.cssSelector("label[for='" + murder.getAttribute("id") + "']"));
            browser.click(By.id("purposes:save"));
            browser.waitFor(By.cssSelector("#purposes .step-done"));

            // 3. undertakings, one by one
            for (WebElement box : browser.findAll(By.cssSelector("#undertakings .undertaking .ui-chkbox-box"))) {
                box.click();
            }
            browser.click(By.id("undertakings:save"));
            browser.waitFor(By.cssSelector("#undertakings .step-done"));

            // 4. generate and download exactly what the portal stored
            browser.click(By.id("document:generate"));
            browser.waitFor(By.id("downloadGenerated"));
            Path pdf = browser.download(By.id("downloadGenerated"), reference + "-r1.pdf");

            // 5. sign it with the documented command and the demo keystore, and upload it
            Path signed = SignPdfCommand.sign(pdf, TestStack.demoKeystore("ARC-NPA"),
                    TestStack.demoKeystorePassword("ARC-NPA"), null, null);
            browser.find(By.cssSelector("#upload input[type=file]")).sendKeys(signed.toString());
            WebElement verified = browser.waitFor(By.id("upload:signatureResult"));
            assertTrue(verified.getText().contains("Amelia Reyes"), verified.getText());
            browser.screenshot("importer-signed");
            browser.assertAccessible();

            // 6. submit, confirming
            browser.click(By.id("submission:submit"));
            browser.waitFor(By.id("submission:confirmYes"));
            browser.assertAccessible();
            browser.click(By.id("submission:confirmYes"));
            browser.waitUntil(ExpectedConditions.urlContains("/importer/certificate.xhtml"));
            assertEquals("Submitted", browser.waitFor(By.id("summary:status")).getText());
            assertTrue(browser.find(By.id("history")).getText().contains("Submitted by the agency"));
            browser.screenshot("importer-submitted");
        }
    }

    @Test
    void cascadiaIsToldItsCountryIsNotApprovedBeforeDoingAnyWork() {
        try (Browser browser = Browser.open()) {
            browser.loginAs(DemoUser.IMPORTER_CASCADIA);

            WebElement notice = browser.waitFor(By.id("countryNotApproved"));
            assertTrue(notice.getText().contains("Cascadia is not on the ministry's list of approved countries"),
                    notice.getText());
            assertFalse(browser.find(By.id("certificates:newCertificate")).isEnabled(), "no draft can be started");

            browser.visit("/importer/draft.xhtml");
            browser.waitFor(By.id("countryNotApproved"));
            assertTrue(browser.findAll(By.id("details:save")).isEmpty(), "the draft form is not even offered");
        }
    }

    private static WebElement offenceOption(Browser browser, String name) {
        return browser.findAll(By.cssSelector("#purposes\\:offences input[type=checkbox]")).stream()
                .filter(box -> browser.find(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText()
                        .contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no offence " + name + " offered"));
    }
}
