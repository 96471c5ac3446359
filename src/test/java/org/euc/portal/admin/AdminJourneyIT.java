package org.euc.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.CountryFixture;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.Inbox;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.ReviewerApi;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's main paths in real Chromium: delisting a country, cutting the approved list,
 * approving a country and setting its profile, keeping agencies, creating an importer who then works.
 */
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
            admin.assertAccessible();
            admin.click(By.id("delistForm:confirmDelisting"));
            admin.click(By.id("confirmYes"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "delisted"));
            admin.screenshot("admin-delisted");
            assertTrue(admin.find(By.id("countries:table")).getText().contains("Not approved"));
        } finally {
            CountryFixture.approveAgain("XB");
        }

        // the portal's own decision, read by a French importer: its rationale and legal basis in French,
        // the administrator's reason word for word
        try (Browser importer = Browser.open("fr")) {
            importer.loginAs(DemoUser.IMPORTER_BOREALIA).visit("/importer/certificate.xhtml?ref=" + approved);
            assertEquals("Suspendu", importer.waitFor(By.id("summary:status")).getText());
            String history = importer.find(By.id("history")).getText();
            assertTrue(history.contains("Le pays a \u00e9t\u00e9 retir\u00e9 de la liste des pays approuv\u00e9s.")
                    && history.contains("Journey test: Borealia removed from the approved list"), history);
            importer.visit("/notifications.xhtml");
            // WebDriver reads the no-break space before the colon as a plain space
            String notifications = importer.find(By.tagName("main")).getText();
            assertTrue(notifications.contains("Le certificat " + approved + " a \u00e9t\u00e9 suspendu : Le pays a "
                    + "\u00e9t\u00e9 retir\u00e9 de la liste des pays approuv\u00e9s."), notifications);
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

    @Test
    void theApprovedListIsCutFromMoreThanSixtyCountriesToAHandfulInOneOperationAfterThePreview() throws SQLException {
        // more than 60 approved countries, as before the real 102 -> 37 cut; none of them has an agency
        List<String> fixtures = codes("SELECT code FROM country WHERE code NOT IN (SELECT country_code FROM agency) "
                + "AND code NOT LIKE 'X%' ORDER BY code DESC LIMIT 62");
        fixtures.forEach(CountryFixture::approveAgain);
        String approved = ReviewerApi.approved(BOREALIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_TWO);
        List<String> borealiasApproved = codes("SELECT c.reference FROM certificate c JOIN agency a ON a.id = c.agency_id "
                + "WHERE a.code = 'BOR-CTU' AND c.status = 'APPROVED'");
        List<String> kept = List.of("XA", fixtures.get(0), fixtures.get(1), fixtures.get(2));
        Instant before = Instant.now().minusSeconds(1);
        List<String> cut;

        try (Browser admin = Browser.open()) {
            admin.loginAs(DemoUser.ADMIN_ONE);
            admin.click(By.id("tileCountries"));
            admin.click(By.id("countries:cut"));
            admin.type(By.id("cutForm:keep"), String.join(" ", kept));
            admin.click(By.id("cutForm:previewCut"));

            WebElement preview = admin.waitFor(By.id("delistForm:affectedCertificates"));
            cut = List.of(admin.find(By.cssSelector("#delistCountries strong")).getText().split(",\\s*"));
            assertTrue(cut.size() >= 60 && cut.contains("XB") && cut.containsAll(fixtures.subList(3, fixtures.size())),
                    "every approved country but the kept ones is in the preview: " + cut);
            assertTrue(cut.stream().noneMatch(kept::contains), "no kept country is cut: " + cut);
            for (String reference : borealiasApproved) {
                assertTrue(preview.getText().contains(reference), "the preview names " + reference);
            }
            admin.type(By.id("delistForm:reason"), "Journey test: the list is cut to the countries that remain");
            admin.click(By.id("delistForm:confirmDelisting"));
            admin.click(By.id("confirmYes"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    cut.size() + " countries delisted"));
        } finally {
            CountryFixture.approveAgain("XB");
        }

        assertEquals(List.of(), codes("SELECT c.reference FROM certificate c JOIN agency a ON a.id = c.agency_id "
                + "WHERE a.code = 'BOR-CTU' AND c.status = 'APPROVED'"), "no certificate of Borealia stays approved");
        JsonObject suspension = lastHistoryEntry(approved);
        assertEquals("SUSPENDED", suspension.getString("toStatus"));
        assertEquals("system", suspension.getString("actor"));
        assertEquals("COUNTRY_DELISTED", suspension.getString("reasonCode"));
        for (String country : cut) {
            assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'COUNTRY_DELISTED' AND subject_id = ? "
                    + "AND occurred_at >= ?", country, before), "one audit event for " + country);
        }
        assertTrue(ApiClient.as(DemoUser.AUDITOR_ONE).post("/api/v1/audit-log/verifications", null).json()
                .getBoolean("intact"), "the audit chain verifies");

        try (Browser reviewer = Browser.open()) {
            reviewer.loginAs(DemoUser.REVIEWER_ONE);
            reviewer.choose("queue:status", "Suspended");
            reviewer.type(By.id("queue:country"), "XB");
            reviewer.click(By.id("queue:apply"));
            reviewer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:table"), approved));
        }
        assertTrue(PortalSession.login(DemoUser.IMPORTER_BOREALIA).get("/notifications.xhtml").text()
                .contains("Certificate " + approved + " was suspended"), "Borealia's importers are told in the portal");
        Inbox.of("importer.borealia@demo.invalid").ifPresent(inbox -> assertNotNull(inbox.awaitSubjectContaining(approved),
                "and by e-mail"));
    }

    @Test
    void theAdministratorApprovesACountryFromThePageAndSetsItsJudicialOrderProfile() throws SQLException {
        // a country no other country's name contains, so that the page's search finds it alone
        List<String> found = codes("SELECT c.code || ' ' || c.name FROM country c WHERE c.code NOT IN "
                + "(SELECT country_code FROM agency) AND c.code NOT LIKE 'X%' AND NOT EXISTS (SELECT 1 FROM country o "
                + "WHERE o.code <> c.code AND o.name ILIKE '%' || c.name || '%') ORDER BY c.code LIMIT 1 OFFSET 70");
        String country = found.get(0).substring(0, 2);
        String name = found.get(0).substring(3);
        boolean requiredBefore = count("SELECT count(*) FROM country WHERE code = ? AND judicial_order_required", country) == 1;

        try (Browser admin = Browser.open()) {
            admin.loginAs(DemoUser.ADMIN_ONE);
            admin.click(By.id("tileCountries"));
            admin.type(By.id("countries:text"), name);
            admin.click(By.id("countries:apply"));
            admin.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#countries\\:table tbody tr"), 1));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("countries:table"), name));
            admin.click(By.cssSelector("#countries\\:table tbody tr .ui-chkbox-box"));
            admin.click(By.id("countries:approve"));
            admin.type(By.id("approveForm:reason"), "Journey test: meets the criteria again");
            admin.click(By.id("approveForm:confirmApproval"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "1 country approved"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("countries:table"), "Approved"));

            admin.click(By.cssSelector("#countries\\:table tbody tr a[id$='history']"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:decisions"),
                    "Journey test: meets the criteria again"));
            admin.click(By.cssSelector("#historyForm\\:judicialOrder .ui-chkbox-box"));
            admin.click(By.id("historyForm:saveProfile"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Profile of"));
        }

        assertEquals(1, count("SELECT count(*) FROM country_approval WHERE country_code = ? AND approved "
                + "AND decided_by = 'admin.one' AND reason = 'Journey test: meets the criteria again'", country));
        assertEquals(requiredBefore ? 0 : 1, count("SELECT count(*) FROM country WHERE code = ? AND judicial_order_required",
                country), "the profile changed");
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'COUNTRY_PROFILE_CHANGED' AND subject_id = ?",
                country), "and the change is audited");
    }

    @Test
    void theAdministratorCreatesAndEditsAnAgencyAndADeactivatedAgencyStartsNothingUntilReactivated() throws SQLException {
        String code = "IT-" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Browser admin = Browser.open()) {
            admin.loginAs(DemoUser.ADMIN_ONE);
            admin.click(By.id("tileAgencies"));
            admin.click(By.id("agencies:create"));
            admin.type(By.id("agencyForm:code"), code);
            admin.type(By.id("agencyForm:name"), "Journey Border Police");
            admin.choose("agencyForm:kind", "Police");
            admin.choose("agencyForm:newCountry", "Borealia (XB)");
            admin.click(By.id("agencyForm:save"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Agency " + code + " created."));

            editAgency(admin, code);
            admin.type(By.id("agencyForm:name"), "Journey Border Guard");
            admin.click(By.id("agencyForm:save"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Agency " + code + " saved."));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("agencies:table"), "Journey Border Guard"));

            editAgency(admin, "BOR-CTU");
            admin.type(By.id("agencyForm:reason"), "Journey test: the unit is being reorganised");
            admin.click(By.id("agencyForm:deactivate"));
            admin.click(By.id("confirmYes"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Agency BOR-CTU deactivated."));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("agencies:table"), "Deactivated"));

            ApiClient.Reply refused = BOREALIA.client().post("/api/v1/agency/certificates", "{}");
            assertEquals("rule.agency.inactive", refused.json().getString("error"), refused.body());

            editAgency(admin, "BOR-CTU");
            admin.click(By.id("agencyForm:reactivate"));
            admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Agency BOR-CTU reactivated."));
        } finally {
            sql("UPDATE agency SET active = TRUE WHERE code = 'BOR-CTU' AND NOT active");
        }

        assertNotNull(BOREALIA.draftReadyToSign().reference(), "reactivated, the agency starts certificates again");
        assertEquals(1, count("SELECT count(*) FROM agency WHERE code = ? AND name = 'Journey Border Guard'", code));
        assertEquals(2, count("SELECT count(*) FROM audit_event WHERE action = 'AGENCY_CHANGED' AND subject_id = 'BOR-CTU' "
                + "AND (details LIKE 'deactivated: Journey test%' OR details = 'reactivated') AND occurred_at > now() - interval '10 minutes'"));
    }

    private static void editAgency(Browser admin, String code) {
        admin.waitUntil(driver -> { // typed again if an update of the previous step re-rendered the field meanwhile
            org.openqa.selenium.WebElement field = driver.findElement(By.id("agencies:text"));
            if (code.equals(field.getDomProperty("value"))) {
                return true;
            }
            field.clear();
            field.sendKeys(code);
            return false;
        });
        // the table of the previous step may already show this one agency: wait for the filter's own answer
        org.openqa.selenium.WebElement previous = admin.find(By.cssSelector("#agencies\\:table tbody"));
        admin.click(By.id("agencies:apply"));
        admin.waitUntil(ExpectedConditions.stalenessOf(previous));
        admin.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#agencies\\:table tbody tr"), 1));
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("agencies:table"), code));
        admin.click(By.cssSelector("#agencies\\:table tbody tr button[id$='edit']"));
        admin.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("agencyForm:name")));
    }

    private static JsonObject lastHistoryEntry(String reference) {
        var history = ReviewerApi.as(DemoUser.REVIEWER_ONE).caseFile(reference).getJsonObject("certificate")
                .getJsonArray("history");
        return history.getJsonObject(history.size() - 1);
    }

    private static List<String> codes(String sql) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = TestStack.database().connect();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = TestStack.database().connect()) {
            connection.createStatement().executeUpdate(statement);
        }
    }
}
