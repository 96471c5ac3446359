package org.euc.portal.common.security;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.ReviewerApi;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page in the web application and every servlet, found in the sources and the classes,
 * opened by every kind of signed-in user and by an anonymous browser: 403 exactly where
 * {@link #ALLOWED} says, 404 for another agency's certificate, the login page for anonymous
 * visitors. A page or servlet missing from the table fails the test.
 */
@IntegrationTest
class PageAuthorizationMatrixIT {

    enum Caller { IMPORTER_A, IMPORTER_B, IMPORTER_WITHOUT_AGENCY, REVIEWER, SENIOR, AUDITOR, ADMIN }

    private static final Set<Caller> SIGNED_IN = EnumSet.allOf(Caller.class);
    /** An importer whose token names no agency is refused the whole importer area. */
    private static final Set<Caller> IMPORTERS = EnumSet.of(Caller.IMPORTER_A, Caller.IMPORTER_B);
    private static final Set<Caller> REVIEWERS = EnumSet.of(Caller.REVIEWER, Caller.SENIOR);
    private static final Set<Caller> AUDITORS = EnumSet.of(Caller.AUDITOR);
    private static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> REPORTS = EnumSet.of(Caller.AUDITOR, Caller.ADMIN);

    /** Who may open each page (with the query it needs) or servlet; "public" pages need no login at all. */
    private static final Map<String, Set<Caller>> ALLOWED = Map.ofEntries(
            entry("/logged-out.xhtml", SIGNED_IN),
            entry("/notifications.xhtml", SIGNED_IN),
            entry("/importer/index.xhtml", IMPORTERS),
            entry("/importer/certificate.xhtml?ref={reference}", IMPORTERS),
            entry("/importer/draft.xhtml?ref={reference}", IMPORTERS),
            entry("/importer/ledger.xhtml?ref={reference}", IMPORTERS),
            entry("/review/index.xhtml", REVIEWERS),
            entry("/review/case.xhtml?ref={reference}", REVIEWERS),
            entry("/audit/index.xhtml", AUDITORS),
            entry("/audit/certificates.xhtml", AUDITORS),
            entry("/audit/case.xhtml?ref={reference}", AUDITORS),
            entry("/audit/ledger.xhtml", AUDITORS),
            entry("/audit/sample.xhtml?id=999999", AUDITORS),
            entry("/reports/audit-log.xhtml", REPORTS),
            entry("/reports/dashboard.xhtml", REPORTS),
            entry("/admin/index.xhtml", ADMINS),
            entry("/admin/countries.xhtml", ADMINS),
            entry("/admin/agencies.xhtml", ADMINS),
            entry("/admin/agency.xhtml?agency=ARC-NPA", ADMINS),
            entry("/admin/offences.xhtml", ADMINS),
            entry("/admin/users.xhtml", ADMINS),
            // sends each user to their home area, which an importer without an agency may not use
            entry("servlet HomeServlet /", EnumSet.complementOf(EnumSet.of(Caller.IMPORTER_WITHOUT_AGENCY))),
            entry("servlet DocumentDownloadServlet /documents/{reference}/1/generated.pdf",
                    EnumSet.of(Caller.IMPORTER_A, Caller.IMPORTER_B, Caller.REVIEWER, Caller.SENIOR, Caller.AUDITOR)),
            // a POST with the session's own token only: SessionCookieApiIT.logoutNeedsTheSessionsOwnToken
            entry("servlet LogoutServlet /logout", Set.of()));

    private static final Set<String> PUBLIC = Set.of("/logged-out.xhtml");
    /** Pages and servlets that show one agency's certificate: agency B gets 404 for agency A's. */
    private static final Set<String> AGENCY_DATA = Set.of("/importer/certificate.xhtml?ref={reference}",
            "/importer/draft.xhtml?ref={reference}", "/importer/ledger.xhtml?ref={reference}",
            "servlet DocumentDownloadServlet /documents/{reference}/1/generated.pdf");

    private static String reference;
    private static final Map<Caller, PortalSession> SESSIONS = new EnumMap<>(Caller.class);

    @BeforeAll
    static void sessionsAndAnApprovedCertificateOfAgencyA() {
        reference = ReviewerApi.approved(ImporterApi.as(DemoUser.IMPORTER_ARCADIA), DemoUser.REVIEWER_ONE, DemoUser.SENIOR_ONE);
        SESSIONS.put(Caller.IMPORTER_A, PortalSession.login(DemoUser.IMPORTER_ARCADIA));
        SESSIONS.put(Caller.IMPORTER_B, PortalSession.login(DemoUser.IMPORTER_BOREALIA));
        SESSIONS.put(Caller.IMPORTER_WITHOUT_AGENCY, PortalSession.login(ApiAuthorizationMatrixIT.importerWithoutAgency(),
                DemoUser.PASSWORD, null));
        SESSIONS.put(Caller.REVIEWER, PortalSession.login(DemoUser.REVIEWER_TWO));
        SESSIONS.put(Caller.SENIOR, PortalSession.login(DemoUser.SENIOR_TWO));
        SESSIONS.put(Caller.AUDITOR, PortalSession.login(DemoUser.AUDITOR_ONE));
        SESSIONS.put(Caller.ADMIN, PortalSession.login(DemoUser.ADMIN_ONE));
    }

    @Test
    void everyPageAndServletAnswersEachCallerAsTheTableSays() throws Exception {
        Set<String> found = new TreeSet<>(pagesAndServlets());
        Set<String> inTable = new TreeSet<>();
        ALLOWED.keySet().forEach(key -> inTable.add(withoutQuery(key)));
        assertEquals(found, inTable, "every page and servlet needs a row in ALLOWED, and every row a page or servlet");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Caller>> row : ALLOWED.entrySet()) {
            if (row.getKey().startsWith("servlet LogoutServlet")) {
                continue;
            }
            String path = row.getKey().substring(row.getKey().indexOf('/')).replace("{reference}", reference);
            int anonymous = anonymousStatus(path);
            int expectedAnonymous = PUBLIC.contains(row.getKey()) ? 200 : 302;
            if (anonymous != expectedAnonymous) {
                wrong.add(row.getKey() + " anonymously: " + anonymous + " (expected " + expectedAnonymous + ")");
            }
            for (Caller caller : Caller.values()) {
                PortalSession.Page page = SESSIONS.get(caller).get(path, "text/html,application/pdf");
                int expected = !row.getValue().contains(caller) ? 403
                        : caller == Caller.IMPORTER_B && AGENCY_DATA.contains(row.getKey()) ? 404 : 200;
                boolean stayed = page.uri().toString().startsWith(TestStack.portalUrl());
                if (page.status() != expected && !(expected == 200 && page.status() == 404 && row.getKey().contains("999999"))
                        || !stayed) {
                    wrong.add(row.getKey() + " as " + caller + ": " + page.status() + " at " + page.uri() + " (expected "
                            + expected + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageAndServletAnswerCarriesTheSecurityHeaders() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Caller>> row : ALLOWED.entrySet()) {
            if (row.getValue().isEmpty()) {
                continue;
            }
            String path = row.getKey().substring(row.getKey().indexOf('/')).replace("{reference}", reference);
            Caller allowed = row.getValue().iterator().next();
            Caller refused = EnumSet.complementOf(EnumSet.copyOf(row.getValue())).stream().findFirst().orElse(null);
            wrong.addAll(missingSecurityHeaders(row.getKey() + " as " + allowed,
                    SESSIONS.get(allowed).get(path, "text/html,application/pdf")));
            if (refused != null) {
                wrong.addAll(missingSecurityHeaders(row.getKey() + " refused to " + refused,
                        SESSIONS.get(refused).get(path, "text/html,application/pdf")));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** What an answer lacks of the headers every answer carries; pages also need a nonce-only script policy. */
    private static List<String> missingSecurityHeaders(String what, PortalSession.Page page) {
        List<String> missing = new ArrayList<>();
        if (!page.header("Cache-Control").contains("no-store")) {
            missing.add(what + ": Cache-Control " + page.header("Cache-Control"));
        }
        if (!"nosniff".equals(page.header("X-Content-Type-Options")) || !"DENY".equals(page.header("X-Frame-Options"))) {
            missing.add(what + ": X-Content-Type-Options/X-Frame-Options");
        }
        if (page.header("Content-Type").startsWith("text/html")) {
            String policy = page.header("Content-Security-Policy");
            if (!policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*") || policy.contains("unsafe")
                    || !policy.contains("frame-ancestors 'none'")) {
                missing.add(what + ": Content-Security-Policy " + policy);
            }
            if (page.document().select("[onclick], [onchange], [onload], [onsubmit]").size() > 0) {
                missing.add(what + ": inline event handlers, which the policy would block");
            }
        }
        return missing;
    }

    private static String withoutQuery(String key) {
        return key.startsWith("servlet ") ? key.substring(0, key.indexOf(' ', "servlet ".length()))
                : key.contains("?") ? key.substring(0, key.indexOf('?')) : key;
    }

    /** The pages under src/main/webapp (not WEB-INF) and the classes annotated @WebServlet. */
    private static List<String> pagesAndServlets() throws IOException {
        Path project = Path.of(System.getProperty("euc.project.dir", "."));
        Path webapp = project.resolve("src/main/webapp");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(file -> file.toString().endsWith(".xhtml") && !webapp.relativize(file).startsWith("WEB-INF"))
                    .forEach(file -> found.add("/" + webapp.relativize(file).toString().replace('\\', '/')));
        }
        Path classes = project.resolve("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, PageAuthorizationMatrixIT.class.getClassLoader());
                    if (type.isAnnotationPresent(WebServlet.class)) {
                        found.add("servlet " + type.getSimpleName());
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable outside the server: not a servlet of ours
                }
            }
        }
        return found;
    }

    private static int anonymousStatus(String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestStack.url(path)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 302 && !response.headers().firstValue("Location").orElse("")
                .startsWith(TestStack.realmUrl())) {
            return -302; // a redirect, but not to the login page
        }
        return response.statusCode();
    }
}
