package org.euc.portal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.Authorizations;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.ReviewerApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The ledger in real Chromium: the agency records an authorization with the form (and the API gives
 * the same entry), the auditor verifies the chains and draws a sample, a reviewer suspends from a flag.
 */
@IntegrationTest
class LedgerJourneyIT {

    private static final String DECLARED_ACT = "KIDNAPPING_OR_HOSTAGE_TAKING";

    @Test
    void recordVerifySampleAndSuspendFromAFlag() {
        String reference = ReviewerApi.approved(ImporterApi.as(DemoUser.IMPORTER_ARCADIA), DemoUser.REVIEWER_ONE,
                DemoUser.SENIOR_ONE);
        LocalDate today = LocalDate.now();

        // importer.arcadia records an authorization with the form
        try (Browser importer = Browser.open()) {
            importer.loginAs(DemoUser.IMPORTER_ARCADIA).visit("/importer/certificate.xhtml?ref=" + reference);
            importer.click(By.id("ledger"));
            importer.waitFor(By.id("recordForm:orderReference"));
            importer.type(By.id("recordForm:orderReference"), "AHC-2026-117");
            importer.type(By.id("recordForm:authority"), "Arcadia High Court");
            importer.typeDate(By.id("recordForm:issuedOn_input"), today.minusDays(1));
            importer.typeDate(By.id("recordForm:validFrom_input"), today.minusDays(1));
            importer.typeDate(By.id("recordForm:validUntil_input"), today.plusDays(30));
            importer.typeDate(By.id("recordForm:usedFrom_input"), today);
            importer.typeDate(By.id("recordForm:usedUntil_input"), today);
            importer.choose("recordForm:act", "3. kidnapping or hostage-taking;");
            importer.type(By.id("recordForm:targets_input"), "2");
            importer.type(By.id("recordForm:operation"), "OP-NORTH");
            importer.click(By.id("recordForm:record"));
            importer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "AHC-2026-117"));
        }

        // the API records the same authorization: the same entry but for its place and channel
        ApiClient api = ApiClient.as(DemoUser.IMPORTER_ARCADIA);
        assertEquals(201, api.post("/api/v1/certificates/" + reference + "/authorizations", Authorizations.clean(DECLARED_ACT)
                .with("orderReference", "AHC-2026-117").with("issuingAuthority", "Arcadia High Court")
                .with("issuedOn", today.minusDays(1).toString()).with("validFrom", today.minusDays(1).toString())
                .with("validUntil", today.plusDays(30).toString()).with("targets", 2)
                .with("operationReference", "OP-NORTH").toJson()).status());
        JsonArray entries = api.get("/api/v1/certificates/" + reference + "/authorizations").json()
                .getJsonArray("entries");
        assertEquals("FORM", entries.getJsonObject(0).getString("channel"));
        assertEquals("API", entries.getJsonObject(1).getString("channel"));
        assertEquals(recordedContent(entries.getJsonObject(0)), recordedContent(entries.getJsonObject(1)),
                "form and API produce identical entries");

        // an entry on an undeclared purpose raises a flag for the reviewers
        assertEquals(201, api.post("/api/v1/certificates/" + reference + "/authorizations",
                Authorizations.clean("WEAPONS").toJson()).status());

        // auditor.one verifies the chains and draws a sample
        try (Browser auditor = Browser.open()) {
            auditor.loginAs(DemoUser.AUDITOR_ONE);
            auditor.click(By.id("openLedgers"));
            auditor.waitFor(By.id("oversight:certificate"));
            auditor.type(By.id("oversight:certificate"), reference);
            auditor.click(By.id("oversight:verify"));
            assertEquals("Intact", auditor.waitFor(By.id("oversight:chainState")).getText());
            auditor.type(By.id("oversight:size_input"), "2");
            auditor.click(By.id("oversight:draw"));
            auditor.waitUntil(ExpectedConditions.urlContains("/audit/sample.xhtml"));
            assertTrue(auditor.waitFor(By.id("sampleSummary")).getText().startsWith("2 entries drawn with seed"));
            auditor.type(By.id("sample:items:0:findings"), "Order on file, matches the entry.");
            auditor.click(By.id("sample:items:0:inspect"));
            auditor.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("sample:items"),
                    "auditor.one: Order on file, matches the entry."));
        }

        // reviewer.one sees the flag on the case and suspends from it
        try (Browser reviewer = Browser.open()) {
            reviewer.loginAs(DemoUser.REVIEWER_ONE).visit("/review/case.xhtml?ref=" + reference);
            reviewer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("flags:flagTable"),
                    "Ledger: legal basis not declared on the certificate"));
            reviewer.click(By.cssSelector("[id$='suspendFromFlag']"));
            reviewer.waitFor(By.id("decisionForm:rationale"));
            assertTrue(reviewer.find(By.id("decisionForm:rationale")).getAttribute("value")
                    .startsWith("Ledger: legal basis not declared"), "the finding is the rationale's start");
            reviewer.choose("decisionForm:reason", "Use outside the declared purposes");
            reviewer.type(By.id("decisionForm:legalBasis"), "Export Control Act, s. 12");
            reviewer.click(By.id("decisionForm:submitDecision"));
            reviewer.waitUntil(driver -> "Suspended".equals(driver.findElement(By.id("actions:status")).getText()));
        }
    }

    /** What the agency stated, without where and how it was stored. */
    private static List<Object> recordedContent(JsonObject entry) {
        return List.of(entry.getString("orderReference"), entry.getString("issuingAuthority"), entry.getString("kind"),
                entry.getString("issuedOn"), entry.getString("validFrom"), entry.getString("validUntil"),
                entry.getString("usedFrom"), entry.getString("usedUntil"), entry.getString("legalBasis"),
                entry.getInt("targets"), entry.getString("operationReference"), entry.getString("recordedBy"));
    }
}
