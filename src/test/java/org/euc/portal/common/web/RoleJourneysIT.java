package org.euc.portal.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.KeycloakUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Each role in real Chromium: Keycloak login page, home, menu, a forbidden area, logout. */
@IntegrationTest
class RoleJourneysIT {

    /** Menu entries each role must see (and no others). */
    private static final Map<String, List<String>> MENU = Map.of(
            "importer", List.of("menuImporter"),
            "reviewer", List.of("menuReview"),
            "senior-reviewer", List.of("menuReview"),
            "auditor", List.of("menuAudit", "menuAuditLog", "menuDashboard"),
            "admin", List.of("menuAdmin", "menuAuditLog", "menuDashboard"));

    private static final List<String> ALL_MENU_ITEMS = List.of("menuImporter", "menuReview", "menuAudit", "menuAdmin",
            "menuAuditLog", "menuDashboard");

    private static final Map<String, String> FORBIDDEN_AREA = Map.of(
            "importer", "/admin/",
            "reviewer", "/importer/",
            "senior-reviewer", "/audit/",
            "auditor", "/review/",
            "admin", "/importer/");

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"IMPORTER_ARCADIA", "REVIEWER_ONE", "SENIOR_TWO", "AUDITOR_ONE", "ADMIN_ONE"})
    void logInSeeOwnHomeAndMenuBeRefusedElsewhereLogOut(DemoUser user) {
        try (Browser browser = Browser.open()) {
            browser.loginAs(user);

            assertEquals(user.home(), browser.path(), "lands on the home of its role");
            assertTrue(browser.find(By.id("userName")).getText().length() > 0);
            assertEquals(roleLabel(user.role()), browser.find(By.id("userRole")).getText());
            if (user.agency() != null) {
                assertTrue(browser.find(By.id("userAgency")).getText().contains(user.agency()),
                        "the header names the importer's agency");
            }
            List<String> menu = ALL_MENU_ITEMS.stream()
                    .filter(item -> !browser.findAll(By.id("nav:" + item)).isEmpty())
                    .toList();
            assertEquals(MENU.get(user.role()), menu, "the menu offers only what the role may use");

            browser.visit(FORBIDDEN_AREA.get(user.role()));
            browser.waitFor(By.id("error-403"));
            assertEquals("Access denied", browser.pageTitleHeading());

            browser.visit("/");
            browser.click(By.id("logoutButton"));
            browser.waitFor(By.id("logged-out"));
            browser.click(By.id("loginAgain"));
            WebElement loginForm = browser.waitFor(By.id("kc-form-login"));
            assertTrue(loginForm.isDisplayed(), "the Keycloak session ended too: the login page is shown again");
        }
    }

    @Test
    void theBrowsersLanguagePicksFrenchAndTheHeaderSwitchesBackForGood() {
        String auditor = DemoUser.AUDITOR_ONE.username();
        KeycloakUsers.setAttribute(auditor, "locale", null); // a failed earlier run may have left a choice
        try {
            try (Browser browser = Browser.open("fr")) {
                browser.loginAs(DemoUser.AUDITOR_ONE);
                assertEquals("Contrôle", browser.pageTitleHeading());
                assertEquals("Auditeur", browser.find(By.id("userRole")).getText());

                browser.click(By.cssSelector("#language a[lang='en']"));
                browser.waitUntil(driver -> "Oversight".equals(driver.findElement(By.cssSelector("h1.page-title")).getText()));
                assertEquals("Auditor", browser.find(By.id("userRole")).getText());
            }
            assertEquals("en", KeycloakUsers.attribute(auditor, "locale"), "Keycloak keeps the choice, for e-mails too");
            try (Browser browser = Browser.open("fr")) {
                browser.loginAs(DemoUser.AUDITOR_ONE);
                assertEquals("Oversight", browser.pageTitleHeading(), "the next session starts in the chosen language");
            }
        } finally {
            // the other browser tests expect the auditor's pages in the browser's language
            KeycloakUsers.setAttribute(auditor, "locale", null);
        }
    }

    @Test
    void anAuditorVerifiesTheAuditLogFromTheHomePage() {
        try (Browser browser = Browser.open()) {
            browser.loginAs(DemoUser.AUDITOR_ONE);
            browser.click(By.id("auditLogVerification:verify"));

            WebElement intact = browser.waitFor(By.id("auditLogVerification:intactText"));
            assertTrue(intact.getText().startsWith("All "), intact.getText());
        }
    }

    private static String roleLabel(String role) {
        return switch (role) {
            case "importer" -> "Importer";
            case "reviewer" -> "Reviewer";
            case "senior-reviewer" -> "Senior reviewer";
            case "auditor" -> "Auditor";
            default -> "Administrator";
        };
    }
}
