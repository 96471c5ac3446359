package org.euc.portal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.euc.portal.signature.tool.SignPdfCommand;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The ministry's main path in real Chromium: a change request and an amendment, an approval under
 * four eyes, the issued certificate, a suspension and a revocation confirmed by a second senior.
 */
@IntegrationTest
class ReviewJourneyIT {

    @Test
    void changesApprovalSuspensionAndRevocationUnderFourEyes() throws Exception {
        String reference = ImporterApi.as(DemoUser.IMPORTER_ARCADIA).submittedCertificate();

        // reviewer.one claims the case and asks for changes
        try (Browser reviewer = Browser.open()) {
            openCase(reviewer.loginAs(DemoUser.REVIEWER_ONE), reference);
            reviewer.click(By.id("actions:claim"));
            waitForStatus(reviewer, "Under review");
            decide(reviewer, "actions:requestChanges", "Information incomplete",
                    "Please state the number of sites precisely.", null);
            waitForStatus(reviewer, "Changes requested");
        }

        // the importer amends, signs revision 2 and resubmits
        try (Browser importer = Browser.open()) {
            importer.loginAs(DemoUser.IMPORTER_ARCADIA).visit("/importer/certificate.xhtml?ref=" + reference);
            assertTrue(importer.find(By.id("history")).getText().contains("Please state the number of sites precisely."),
                    "the importer reads the rationale");
            importer.click(By.id("summary:amend"));
            importer.waitUntil(ExpectedConditions.urlContains("/importer/draft.xhtml"));
            for (WebElement box : importer.findAll(By.cssSelector("#undertakings .undertaking .ui-chkbox-box"))) {
                box.click();
            }
            importer.click(By.id("undertakings:save"));
            importer.waitFor(By.cssSelector("#undertakings .step-done"));
            importer.click(By.id("document:generate"));
            Path pdf = importer.download(By.id("downloadGenerated"), reference + "-r2.pdf");
            Path signed = SignPdfCommand.sign(pdf, TestStack.demoKeystore("ARC-NPA"),
                    TestStack.demoKeystorePassword("ARC-NPA"), null, null);
            importer.find(By.cssSelector("#upload input[type=file]")).sendKeys(signed.toString());
            importer.waitFor(By.id("upload:signatureResult"));
            importer.click(By.id("submission:submit"));
            importer.click(By.id("submission:confirmYes"));
            importer.waitUntil(ExpectedConditions.urlContains("/importer/certificate.xhtml"));
            assertEquals("Submitted", importer.waitFor(By.id("summary:status")).getText());
        }

        // reviewer.one claims again and proposes approval; senior.one confirms
        try (Browser reviewer = Browser.open()) {
            openCase(reviewer.loginAs(DemoUser.REVIEWER_ONE), reference);
            assertTrue(reviewer.find(By.cssSelector("table.diff")).isDisplayed(), "revisions 1 and 2 side by side");
            reviewer.click(By.id("actions:claim"));
            waitForStatus(reviewer, "Under review");
            decide(reviewer, "actions:proposeApproval", null, "Complete, eligible purposes, signed by the named signatory.", null);
            reviewer.waitFor(By.id("actions:proposal"));
            assertTrue(reviewer.findAll(By.id("actions:confirm")).isEmpty(), "a plain reviewer is not offered to confirm");
        }
        try (Browser senior = Browser.open()) {
            openCase(senior.loginAs(DemoUser.SENIOR_ONE), reference);
            senior.click(By.id("actions:confirm"));
            senior.click(By.id("actions:confirmYes"));
            waitForStatus(senior, "Approved");
        }

        // the importer sees APPROVED and downloads the certificate the ministry signed
        try (Browser importer = Browser.open()) {
            importer.loginAs(DemoUser.IMPORTER_ARCADIA).visit("/importer/certificate.xhtml?ref=" + reference);
            assertEquals("Approved", importer.waitFor(By.id("summary:status")).getText());
            Path issued = importer.download(By.id("issuedPdf"), reference + "-issued.pdf");
            assertTrue(new String(Files.readAllBytes(issued), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                    .startsWith("%PDF-"));
            assertTrue(importer.find(By.id("unreadCount")).getText().matches("[1-9]\\d*"), "a notification is waiting");
            importer.visit("/notifications.xhtml");
            assertTrue(importer.waitFor(By.tagName("main")).getText().contains("Certificate " + reference + " was approved"),
                    "the notification this approval caused");
        }

        // reviewer.one suspends it
        try (Browser reviewer = Browser.open()) {
            openCase(reviewer.loginAs(DemoUser.REVIEWER_ONE), reference);
            decide(reviewer, "actions:suspend", "Failure to report",
                    "No judicial authorization recorded for three months.", "Export Control Act, s. 12(3)");
            waitForStatus(reviewer, "Suspended");
        }

        // senior.one proposes the revocation, senior.two confirms it
        try (Browser senior = Browser.open()) {
            openCase(senior.loginAs(DemoUser.SENIOR_ONE), reference);
            decide(senior, "actions:proposeRevocation", "Serious violation",
                    "Use continued while suspended.", "Export Control Act, s. 14");
            senior.waitFor(By.id("actions:proposal"));
            assertTrue(senior.findAll(By.id("actions:confirm")).isEmpty(), "the proposer cannot confirm");
        }
        try (Browser senior = Browser.open()) {
            openCase(senior.loginAs(DemoUser.SENIOR_TWO), reference);
            senior.click(By.id("actions:confirm"));
            senior.click(By.id("actions:confirmYes"));
            waitForStatus(senior, "Revoked (system shut down)");
            senior.screenshot("review-revoked");
        }
    }

    @Test
    void aReviewerSavesAQueueFilterFindsItAgainAfterLeavingAndDeletesIt() throws Exception {
        String borealian = ImporterApi.as(DemoUser.IMPORTER_BOREALIA).submittedCertificate();
        String name = "Borealia waiting " + ThreadLocalRandom.current().nextInt(1_000_000);
        By savedLink = By.xpath("//a[contains(@class,'saved-filter') and normalize-space()='" + name + "']");

        try (Browser reviewer = Browser.open()) {
            reviewer.loginAs(DemoUser.REVIEWER_TWO);
            reviewer.choose("queue:status", "Submitted");
            reviewer.type(By.id("queue:country"), "XB");
            reviewer.type(By.id("queue:filterName"), name);
            reviewer.click(By.id("queue:saveFilter"));
            reviewer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Filter \"" + name + "\" saved."));

            reviewer.visit("/review/");
            assertEquals("", reviewer.find(By.id("queue:country")).getAttribute("value"), "a fresh queue is unfiltered");
            reviewer.click(savedLink);
            reviewer.waitUntil(ExpectedConditions.attributeToBe(By.id("queue:country"), "value", "XB"));
            reviewer.click(By.id("queue:apply"));
            reviewer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:table"), borealian));
            for (WebElement row : reviewer.findAll(By.cssSelector("#queue\\:table tbody tr"))) {
                assertTrue(row.getText().contains("XB") && row.getText().contains("Submitted"),
                        "the saved filter shows Borealia's submitted cases only: " + row.getText());
            }

            try (Browser colleague = Browser.open()) {
                colleague.loginAs(DemoUser.REVIEWER_ONE);
                assertTrue(colleague.findAll(savedLink).isEmpty(), "a saved filter is its owner's alone");
            }

            reviewer.click(By.xpath("//a[contains(@class,'saved-filter') and normalize-space()='" + name
                    + "']/following-sibling::a[contains(@class,'delete-filter')][1]"));
            reviewer.waitUntil(ExpectedConditions.numberOfElementsToBe(savedLink, 0));
            reviewer.visit("/review/");
            assertTrue(reviewer.findAll(savedLink).isEmpty(), "deleted for good");
        }
    }

    private static void openCase(Browser browser, String reference) {
        browser.visit("/review/case.xhtml?ref=" + reference);
        browser.waitFor(By.id("actions:status"));
    }

    private static void waitForStatus(Browser browser, String label) {
        browser.waitUntil(driver -> label.equals(driver.findElement(By.id("actions:status")).getText()));
    }

    /** Opens the decision dialog, fills it and records the decision. */
    private static void decide(Browser browser, String button, String reason, String rationale, String legalBasis) {
        browser.click(By.id(button));
        browser.waitFor(By.id("decisionForm:rationale"));
        if (reason != null) {
            browser.choose("decisionForm:reason", reason);
        }
        browser.type(By.id("decisionForm:rationale"), rationale);
        if (legalBasis != null) {
            browser.type(By.id("decisionForm:legalBasis"), legalBasis);
        }
        browser.assertAccessible();
        browser.click(By.id("decisionForm:submitDecision"));
        try {
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDialog")));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("decision-dialog-" + button.replace(':', '-'));
            throw e;
        }
    }
}
