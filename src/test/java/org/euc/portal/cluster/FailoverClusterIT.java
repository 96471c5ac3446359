package org.euc.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.DraftDetailsForm;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two WildFly nodes behind the balancer: the node serving an importer in the middle of a draft is
 * killed with SIGKILL, and the importer carries on with the other node in the same session (no
 * login page, the same page's next step works), the draft and its audit events intact and the
 * audit chain whole.
 */
@IntegrationTest
class FailoverClusterIT {

    @Test
    void anImporterCarriesOnDraftingWhenTheNodeServingThemIsKilled() {
        assumeTrue(TestStack.nodes() > 1, "needs the cluster run (failsafe execution cluster-integration-tests)");
        String reference;
        try (Browser browser = Browser.open()) {
            browser.loginAs(DemoUser.IMPORTER_ARCADIA).visit("/importer/draft.xhtml");
            DraftDetailsForm.fill(browser, "Failover Systems Ltd", "EL-2026-0911", "Failover LI-2");
            browser.click(By.id("details:save"));
            browser.waitUntil(ExpectedConditions.urlContains("ref=EUC-"));
            reference = browser.currentUrl().replaceAll(".*ref=", "");
            int serving = browser.servingNode();

            TestStack.killNode(serving);
            try {
                // the next step of the same page, in the same view: its state lives in the replicated session
                browser.click(By.cssSelector("label[for='purposes:acts:0']"));
                browser.click(By.id("purposes:save"));
                browser.waitFor(By.cssSelector("#purposes .step-done"));
                assertEquals("/importer/draft.xhtml", browser.path(), "no login page: the session lived on");
                browser.visit("/importer/draft.xhtml?ref=" + reference);
                assertEquals("Failover Systems Ltd", browser.waitFor(By.id("details:exporter")).getAttribute("value"),
                        "the details saved before the kill are there");
                browser.waitFor(By.cssSelector("#purposes .step-done"));
            } finally {
                TestStack.startNode(serving);
            }
        }

        ApiClient auditor = ApiClient.as(DemoUser.AUDITOR_ONE);
        List<String> actions = auditor.get("/api/v1/audit-log/events?subject=" + reference).json()
                .getJsonArray("events").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("CERTIFICATE_DRAFTED", "CERTIFICATE_PURPOSES_DECLARED")),
                "the events of both nodes: " + actions);
        JsonObject verification = auditor.post("/api/v1/audit-log/verifications", null).json();
        assertTrue(verification.getBoolean("intact"), verification.toString());
    }
}
