package org.euc.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.CountryFixture;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.ReviewerApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's main paths in real Chromium: delisting a country, creating an importer who then works. */
@IntegrationTest
class AdminJourneyIT {

    private static final ImporterApi ARCADIA = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
    private static final ImporterApi BOREALIA = ImporterApi.as(DemoUser.IMPORTER_BOREALIA);

    @Test
    void theAdministratorDelistsBorealiaAfterThePreviewAndBorealiasApprovedCertificateIsSuspended() {
        String approved = ReviewerApi.approved(BOREALIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_TWO);
        try (Browser admin = Browser.open()) {
            admin.loginAs(DemoUser.ADMIN_ONE);
            admin.click(By.id("tileCountries"));
            admin.type(By.id("countries:text"), "Borealia");
            admin.click(By.id("countries:apply"));
            admin.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#countries\\:table tbody tr"), 1));
            admin.click(By.cssSelector("#countries\\:table tbody tr .ui-chkbox-box"));
            admin.click(By.id("countries:delist"));

            WebElement preview = admin.waitFor(By.id("delistForm:affectedCertificates"));
            assertTrue(preview.getText().contains(approved), "the preview names the certificate it will suspend");
            assertTrue(admin.find(By.id("delistCountries")).getText().contains("XB"));
            admin.type(By.id("delistForm:reason"), "Journey test: Borealia removed from the approved list");
            admin.click(By.id("delistForm:confirmDelisting"));
            admin.click(By.id("confirmYes"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "delisted"));
            admin.screenshot("admin-delisted");
            assertTrue(admin.find(By.id("countries:table")).getText().contains("Not approved"));
        } finally {
            CountryFixture.approveAgain("XB");
        }

        try (Browser importer = Browser.open()) {
            importer.loginAs(DemoUser.IMPORTER_BOREALIA).visit("/importer/certificate.xhtml?ref=" + approved);
            assertEquals("Suspended", importer.waitFor(By.id("summary:status")).getText());
        }
    }

    @Test
    void theAdministratorCreatesAnImporterForArcadiaWhoSeesOnlyArcadiasCertificates() {
        String arcadian = ARCADIA.submittedCertificate();
        String borealian = BOREALIA.submittedCertificate();
        String username = "journey.importer." + ThreadLocalRandom.current().nextInt(1_000_000);
        String temporary = "Temporary-" + ThreadLocalRandom.current().nextInt(1_000_000);

        try (Browser admin = Browser.open()) {
            admin.loginAs(DemoUser.ADMIN_ONE);
            admin.click(By.id("tileUsers"));
            admin.click(By.id("users:create"));
            admin.type(By.id("createForm:username"), username);
            admin.type(By.id("createForm:email"), username + "@arcadia.example");
            admin.type(By.id("createForm:firstName"), "Irene");
            admin.type(By.id("createForm:lastName"), "Journey");
            admin.choose("createForm:agency", "Arcadia National Police Agency (ARC-NPA)");
            admin.type(By.id("createForm:password"), temporary);
            admin.click(By.id("createForm:save"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), username));
            admin.type(By.id("users:search"), username);
            admin.click(By.id("users:apply"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), "ARC-NPA"));
        }

        try (Browser importer = Browser.open()) {
            importer.loginAs(username, temporary, "Chosen-" + temporary);
            assertEquals("/importer/", importer.path());
            assertTrue(importer.find(By.id("userAgency")).getText().contains("ARC-NPA"));
            List<String> references = importer.findAll(By.cssSelector("#certificates\\:table tbody a")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(references.contains(arcadian), "Arcadia's newest certificate is listed: " + references);
            assertFalse(references.contains(borealian), "never another agency's");
        }
    }
}
