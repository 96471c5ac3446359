package org.euc.portal.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.Authorizations;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.EnglishText;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.ReviewerApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page of every role, filled with records, checked by axe-core against WCAG 2.1 A and AA in
 * each of the portal's languages, and, in French and Arabic, for English left on it. The journeys
 * check the pages again in the states they leave them (dialogs open, messages shown); this sweep
 * makes sure no page is left out.
 */
@IntegrationTest
class AccessibilityIT {

    private static final ImporterApi ARCADIA = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
    private static final String DECLARED_ACT = "KIDNAPPING_OR_HOSTAGE_TAKING";

    private static String draft;
    private static String submitted;
    private static String approved;
    private static long sample;

    @BeforeAll
    static void recordsOnEveryPage() {
        draft = ARCADIA.draftReadyToSign().reference();
        submitted = ARCADIA.submittedCertificate();
        approved = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_ONE);
        // more targets than the threshold: the case then shows a flag, whose finding the portal words per reader
        ApiClient.Reply recorded = ARCADIA.client().post("/api/v1/certificates/" + approved + "/authorizations",
                Authorizations.clean(DECLARED_ACT).with("targets", 500).toJson());
        assertEquals(201, recorded.status(), recorded.body());
        ApiClient.Reply drawn = ApiClient.as(DemoUser.AUDITOR_ONE).post("/api/v1/ledgers/samples",
                "{\"certificate\":\"" + approved + "\",\"size\":1,\"seed\":7}");
        assertEquals(200, drawn.status(), drawn.body());
        sample = drawn.json().getJsonNumber("sampleId").longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void importersPages(String language) {
        sweep(language, DemoUser.IMPORTER_ARCADIA, "/importer/", "/importer/draft.xhtml",
                "/importer/draft.xhtml?ref=" + draft, "/importer/certificate.xhtml?ref=" + submitted,
                "/importer/certificate.xhtml?ref=" + approved, "/importer/ledger.xhtml?ref=" + approved,
                "/notifications.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void reviewersPages(String language) {
        sweep(language, DemoUser.SENIOR_TWO, "/review/", "/review/case.xhtml?ref=" + submitted,
                "/review/case.xhtml?ref=" + approved, "/notifications.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void auditorsPages(String language) {
        sweep(language, DemoUser.AUDITOR_ONE, "/audit/", "/audit/certificates.xhtml",
                "/audit/case.xhtml?ref=" + approved, "/audit/ledger.xhtml", "/audit/sample.xhtml?id=" + sample,
                "/reports/audit-log.xhtml", "/reports/dashboard.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void administratorsPages(String language) {
        sweep(language, DemoUser.ADMIN_ONE, "/admin/", "/admin/agencies.xhtml", "/admin/agency.xhtml?agency=ARC-NPA",
                "/admin/countries.xhtml", "/admin/offences.xhtml", "/admin/users.xhtml", "/importer/");
    }

    /**
     * The page's text without what it marks as English (lang="en": records kept word for word as
     * they were written, the language switch's own name): English there is said, not left over.
     */
    private static String textNotMarkedEnglish(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                let text = document.body.innerText;
                document.querySelectorAll('[lang|="en"]').forEach(e => text = text.replace(e.innerText, ''));
                return text;""");
    }

    /** Logs in, checks each page, logs out and checks the page a user leaves on; reports every page's faults at once. */
    private static void sweep(String language, DemoUser user, String... paths) {
        List<String> failures = new ArrayList<>();
        Optional<EnglishText> english = "en".equals(language) ? Optional.empty() : Optional.of(EnglishText.notIn(language));
        try (Browser browser = Browser.open(language)) {
            browser.loginAs(user);
            for (String path : paths) {
                browser.visit(path);
                browser.waitFor(By.cssSelector("h1.page-title"));
                String pageText = textNotMarkedEnglish(browser);
                english.map(untranslated -> untranslated.foundIn(pageText)).filter(found -> !found.isEmpty())
                        .ifPresent(found -> failures.add("English on " + path + " read in " + language + ": " + found));
                browser.accessibilityViolations().ifPresent(failures::add);
            }
            browser.click(By.id("logoutButton"));
            browser.waitFor(By.id("logged-out"));
            browser.accessibilityViolations().ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }
}
