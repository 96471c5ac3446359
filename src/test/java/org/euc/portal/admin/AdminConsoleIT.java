package org.euc.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.euc.portal.review.domain.ReviewTarget;
import org.euc.portal.signature.TestPki;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.Eventually;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.KeycloakTokens;
import org.euc.portal.testsupport.KeycloakUsers;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.TestStack;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.ReviewerApi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The admin console's services against the real stack: roles, certificate checks, catalogue history, Keycloak users. */
@IntegrationTest
class AdminConsoleIT {

    private static final ApiClient ADMIN = ApiClient.as(DemoUser.ADMIN_ONE);
    private static final List<String> ADMIN_PAGES = List.of("/admin/countries.xhtml", "/admin/agencies.xhtml",
            "/admin/agency.xhtml?agency=ARC-NPA", "/admin/offences.xhtml", "/admin/users.xhtml");
    private static final List<String> REPORT_PAGES = List.of("/reports/audit-log.xhtml", "/reports/dashboard.xhtml");

    @Test
    void consolePagesOpenForAdministratorsReportsAlsoForAuditorsAndNothingForOthers() {
        PortalSession admin = PortalSession.login(DemoUser.ADMIN_ONE);
        PortalSession auditor = PortalSession.login(DemoUser.AUDITOR_ONE);
        PortalSession reviewer = PortalSession.login(DemoUser.REVIEWER_ONE);
        for (String page : ADMIN_PAGES) {
            assertOpens(admin, page);
            assertEquals(403, auditor.get(page).status(), "auditor on " + page);
            assertEquals(403, reviewer.get(page).status(), "reviewer on " + page);
        }
        for (String page : REPORT_PAGES) {
            assertOpens(admin, page);
            assertOpens(auditor, page);
            assertEquals(403, reviewer.get(page).status(), "reviewer on " + page);
        }
        assertEquals(404, admin.get("/admin/agency.xhtml?agency=NO-SUCH").status(), "an unknown agency in the URL");
    }

    @Test
    void theServicesRefuseNonAdministratorsWhateverTheyCall() {
        Instant startedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String code = uniqueAgencyCode();
        String agency = "{\"code\":\"" + code + "\",\"name\":\"Forged\",\"kind\":\"POLICE\",\"countryCode\":\"XA\"}";

        assertEquals(403, ApiClient.as(DemoUser.REVIEWER_ONE).post("/api/v1/admin/agencies", agency).status());
        assertEquals(403, ApiClient.as(DemoUser.IMPORTER_ARCADIA).get("/api/v1/admin/users").status());
        assertEquals(403, ApiClient.as(DemoUser.AUDITOR_ONE).post("/api/v1/admin/offences/XA", offence("XA-FORGED-1",
                "2026-01-01", 10)).status());
        assertEquals(403, ApiClient.as(DemoUser.SENIOR_ONE).post("/api/v1/admin/users/importer.arcadia/disabling", "{}")
                .status());
        assertEquals(403, ApiClient.as(DemoUser.IMPORTER_ARCADIA).get("/api/v1/audit-log/events").status());
        assertEquals(403, ApiClient.as(DemoUser.REVIEWER_TWO).get("/api/v1/dashboard").status());
        assertEquals(404, ADMIN.get("/api/v1/admin/agencies/" + code).status(), "nothing was created");
        assertEquals(403, ApiClient.as(DemoUser.IMPORTER_ARCADIA).get("/api/v1/admin/users/importer.arcadia").status());

        JsonObject refusals = ApiClient.as(DemoUser.AUDITOR_ONE).get("/api/v1/audit-log/events?action=ACCESS_DENIED&actor="
                + DemoUser.REVIEWER_ONE.username() + "&from=" + startedAt + "&max=50").json();
        assertTrue(refusals.getJsonArray("events").getValuesAs(JsonObject.class).stream().anyMatch(event ->
                event.getString("subjectId", "").equals("AgencyAdministration.create")
                        && event.getString("details", "").contains("admin")),
                "the reviewer's refused attempt to create an agency is in the audit log: " + refusals);
    }

    @Test
    void aSignatoryIsRegisteredOnlyWithAValidSigningCertificate() throws Exception {
        String agency = createAgency();
        TestPki pki = new TestPki();
        Instant now = Instant.now();

        assertRefused(register(agency, "garbage".getBytes(StandardCharsets.US_ASCII)), "signatoryCertificate.NOT_A_CERTIFICATE");
        assertRefused(register(agency, der(pki.issue("Old Signer", now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(30))).certificate())), "signatoryCertificate.EXPIRED");
        assertRefused(register(agency, der(pki.issueForKeyUsage("Encryption Only", KeyUsage.keyEncipherment)
                .certificate())), "signatoryCertificate.NO_SIGNING_KEY_USAGE");
        assertRefused(register(agency, der(pki.caCertificate())), "signatoryCertificate.CA_CERTIFICATE");
        assertEquals(0, ADMIN.get("/api/v1/admin/agencies/" + agency + "/signatories").jsonArray().size(),
                "nothing refused was registered");

        X509Certificate valid = pki.issueCurrentlyValid("Anna Signer").certificate();
        Reply registered = register(agency, pem(valid).getBytes(StandardCharsets.US_ASCII));
        assertEquals(201, registered.status(), registered.body());
        String fingerprint = registered.json().getString("fingerprint");
        assertEquals(64, fingerprint.length());
        assertEquals(valid.getNotAfter().toInstant(), Instant.parse(registered.json().getString("validUntil")));
        assertRefused(register(agency, der(valid)), "rule.signatory.alreadyRegistered");

        JsonObject refused = ADMIN.get("/api/v1/audit-log/events?action=SIGNATORY_REFUSED&subject=" + agency).json();
        assertEquals(5, refused.getInt("total"), "every refused upload is in the audit log");

        String revocation = "{\"effectiveFrom\":\"%s\",\"reason\":\"left the agency\",\"version\":0}";
        assertRefused(ADMIN.post("/api/v1/admin/agencies/" + agency + "/signatories/" + fingerprint + "/revocation",
                revocation.formatted(LocalDate.now(ZoneOffset.UTC).minusDays(1))), "rule.signatory.revocationDate");
        Reply revoked = ADMIN.post("/api/v1/admin/agencies/" + agency + "/signatories/" + fingerprint + "/revocation",
                revocation.formatted(LocalDate.now(ZoneOffset.UTC)));
        assertEquals(200, revoked.status(), revoked.body());
        assertTrue(revoked.json().containsKey("revokedAt"));
    }

    @Test
    void revisingAnOffenceKeepsEveryVersionAndOnlyTheCurrentOneCanBeRevised() {
        String code = "XA-IT-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Reply created = ADMIN.post("/api/v1/admin/offences/XA", offence(code, "2020-01-01", 4));
        assertEquals(201, created.status(), created.body());
        long first = created.json().getJsonNumber("id").longValue();

        Reply revised = ADMIN.post("/api/v1/admin/offences/XA/versions/" + first + "/successor", offence(code, "2026-03-01", 8));
        assertEquals(201, revised.status(), revised.body());
        assertRefused(ADMIN.post("/api/v1/admin/offences/XA/versions/" + first + "/successor", offence(code, "2026-06-01", 10)),
                "rule.offence.notCurrent");
        long second = revised.json().getJsonNumber("id").longValue();
        assertRefused(ADMIN.post("/api/v1/admin/offences/XA/versions/" + second + "/successor", offence(code, "2025-01-01", 10)),
                "rule.offence.versionOrder");

        List<JsonObject> versions = ADMIN.get("/api/v1/admin/offences/XA/" + code + "/versions").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(2, versions.size());
        assertEquals(8, versions.get(0).getInt("maxPenaltyYears"), "newest first");
        assertFalse(versions.get(0).containsKey("effectiveUntil"), "the new version is open-ended");
        assertEquals(4, versions.get(1).getInt("maxPenaltyYears"), "the old version is kept as it was");
        assertEquals("2026-03-01", versions.get(1).getString("effectiveUntil"), "closed the day its successor took effect");
    }

    @Test
    void aCatalogueChangeFlagsTheOpenCasesDeclaringTheOldVersionAndBlocksTheirApproval() {
        String code = "XA-CHG-" + ThreadLocalRandom.current().nextInt(1_000_000);
        long declared = ADMIN.post("/api/v1/admin/offences/XA", offence(code, "2020-01-01", 8)).json()
                .getJsonNumber("id").longValue();
        ImporterApi arcadia = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
        String inReview = arcadia.submitted(arcadia.draftDeclaring(List.of(declared)));
        var notYetSubmitted = arcadia.draftDeclaring(List.of(declared));
        ReviewerApi reviewer = ReviewerApi.as(DemoUser.REVIEWER_ONE);
        assertEquals(200, reviewer.claim(inReview).status());
        assertTrue(catalogueFlags(reviewer, inReview).isEmpty(), "declared as catalogued: nothing to flag yet");

        Reply revised = ADMIN.post("/api/v1/admin/offences/XA/versions/" + declared + "/successor",
                offence(code, LocalDate.now(ZoneOffset.UTC).toString(), 5));
        String submittedAfter = arcadia.submitted(notYetSubmitted);

        assertEquals(201, revised.status(), revised.body());
        for (String reference : List.of(inReview, submittedAfter)) {
            List<JsonObject> flags = catalogueFlags(reviewer, reference);
            assertEquals(1, flags.size(), reference + ": " + flags);
            assertTrue(flags.get(0).getBoolean("blocking") && flags.get(0).getString("detail").contains("Penal Code s. 99"),
                    flags.get(0).toString());
            assertEquals("system", flags.get(0).getString("raisedBy"));
        }
        assertEquals("rule.approval.blockingFlags", reviewer.proposeApproval(inReview).json().getString("error"),
                "a case declaring an offence the catalogue changed under it is not approved unseen");
    }

    private static List<JsonObject> catalogueFlags(ReviewerApi reviewer, String reference) {
        return reviewer.caseFile(reference).getJsonArray("flags").getValuesAs(JsonObject.class).stream()
                .filter(flag -> flag.getString("rule").equals("OFFENCE_CATALOGUE_CHANGED")).toList();
    }

    @Test
    void aCatalogueFileWithOneBadRowChangesNothingAndAGoodOneIsApplied() {
        String prefix = "XA-CSV" + ThreadLocalRandom.current().nextInt(1_000_000);
        String header = "offence_code,statute,name,max_penalty_years,life_imprisonment,category,effective_from\n";
        String good = prefix + "-1,Penal Code s. 1,Kidnapping,12,no,VIOLENCE,2024-01-01\n"
                + prefix + "-2,Penal Code s. 2,Insulting the head of state,3,no,EXPRESSION,2024-01-01\n";

        Reply refused = ADMIN.post("/api/v1/admin/offences/XA/csv", "text/csv",
                (header + good + prefix + "-3,Penal Code s. 3,Arson,ten,no,PROPERTY,2024-01-01\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.body());
        JsonObject problem = refused.json().getJsonArray("problems").getJsonObject(0);
        assertEquals(4, problem.getInt("line"));
        assertEquals("offence.csv.badPenalty", problem.getString("messageKey"));
        assertEquals(404, ADMIN.get("/api/v1/admin/offences/XA/" + prefix + "-1/versions").status(), "nothing was added");

        Reply applied = ADMIN.post("/api/v1/admin/offences/XA/csv", "text/csv", (header + good).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, applied.status(), applied.body());
        assertEquals(2, applied.json().getInt("created"));
        Reply again = ADMIN.post("/api/v1/admin/offences/XA/csv", "text/csv", (header + good).getBytes(StandardCharsets.UTF_8));
        assertEquals(2, again.json().getInt("unchanged"), "importing the same file twice changes nothing");
    }

    @Test
    void anImporterCreatedThroughKeycloakLogsInForTheirAgencyAndIsOutOnceDisabled() {
        String username = "it.importer." + ThreadLocalRandom.current().nextInt(1_000_000);
        String temporary = "Temporary-" + ThreadLocalRandom.current().nextInt(1_000_000);
        assertRefused(ADMIN.post("/api/v1/admin/users", user(username, "[\"importer\",\"reviewer\"]", "ARC-NPA", temporary)),
                "rule.user.importerOnly");
        assertRefused(ADMIN.post("/api/v1/admin/users", user(username, "[\"importer\"]", null, temporary)),
                "rule.user.agencyRequired");
        assertRefused(ADMIN.post("/api/v1/admin/users", user(username, "[\"reviewer\"]", "ARC-NPA", temporary)),
                "rule.user.agencyOnlyForImporters");

        Reply created = ADMIN.post("/api/v1/admin/users", user(username, "[\"importer\"]", "ARC-NPA", temporary));
        assertEquals(201, created.status(), created.body());
        assertEquals("ARC-NPA", created.json().getString("agencyCode"));
        assertRefused(ADMIN.post("/api/v1/admin/users", user(username, "[\"importer\"]", "ARC-NPA", temporary)), "rule.user.exists");

        PortalSession session = PortalSession.login(username, temporary, "Chosen-" + temporary);
        PortalSession.Page home = session.get("/");
        assertEquals("/importer/", home.path(), "an importer lands on the importer home");
        assertTrue(home.document().getElementById("userAgency").text().contains("ARC-NPA"));
        assertEquals(403, session.get("/admin/").status());

        Reply disabled = ADMIN.post("/api/v1/admin/users/" + username + "/disabling", "{}");
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("enabled"));
        PortalSession.Page after = session.get("/importer/");
        assertNotNull(after.document().getElementById("kc-form-login"), "the portal session ended: back to Keycloak's login");
        assertThrows(PortalSession.LoginRefused.class, () -> PortalSession.login(username, "Chosen-" + temporary, null));

        JsonObject audited = ADMIN.get("/api/v1/audit-log/events?subject=" + username).json();
        List<String> actions = audited.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("USER_CREATED", "USER_DISABLED")), actions.toString());
    }

    @Test
    void aSearchWithAnUnderscoreFindsWhatItNames() {
        String username = "it_under_" + ThreadLocalRandom.current().nextInt(1_000_000);
        assertEquals(201, ADMIN.post("/api/v1/admin/users", user(username, "[\"reviewer\"]", null, "Temporary-" + username)).status());

        JsonObject found = ADMIN.get("/api/v1/audit-log/events?subject=" + username).json();

        // the underscore is the user's own character, escaped in the LIKE pattern: the escape must reach the database
        assertEquals(List.of("USER_CREATED"), found.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList());
    }

    @Test
    void keycloakEmailsAPasswordLinkWhenTheAdministratorAsks() throws Exception {
        GreenMail mail = TestStack.mailServer().orElse(null);
        Assumptions.assumeTrue(mail != null, "e-mail is checked against the test run's own SMTP server");
        String username = "it.reviewer." + ThreadLocalRandom.current().nextInt(1_000_000);
        String address = username + "@example.org";
        Reply created = ADMIN.post("/api/v1/admin/users", "{\"username\":\"" + username + "\",\"email\":\"" + address
                + "\",\"roles\":[\"reviewer\"]}");
        assertEquals(201, created.status(), created.body());

        Reply sent = ADMIN.post("/api/v1/admin/users/" + username + "/password-email", "{}");

        assertEquals(204, sent.status(), sent.body());
        MimeMessage message = Eventually.await(() -> Arrays.stream(mail.getReceivedMessages())
                        .filter(m -> sentTo(m, address)).findFirst().orElse(null),
                found -> found != null, Duration.ofSeconds(30));
        assertNotNull(message, "Keycloak sent " + address + " a link to choose a password");
        JsonObject audited = ADMIN.get("/api/v1/audit-log/events?action=USER_PASSWORD_RESET&subject=" + username).json();
        assertEquals(1, audited.getInt("total"));
    }

    @Test
    void theAuditLogFiltersInTheDatabaseAndExportsWhatItShows() {
        String agency = createAgency();
        ApiClient auditor = ApiClient.as(DemoUser.AUDITOR_ONE);

        JsonObject page = auditor.get("/api/v1/audit-log/events?action=AGENCY_CREATED&subject=" + agency).json();
        assertEquals(1, page.getInt("total"));
        assertEquals(DemoUser.ADMIN_ONE.username(), page.getJsonArray("events").getJsonObject(0).getString("actor"));
        assertEquals(0, auditor.get("/api/v1/audit-log/events?action=AGENCY_CREATED&subject=" + agency + "&from="
                + URLEncoder.encode(Instant.now().plus(Duration.ofHours(1)).toString(), StandardCharsets.UTF_8)).json()
                .getInt("total"), "a time filter leaves later events out");
        assertEquals(400, auditor.get("/api/v1/audit-log/events?from=yesterday").status());

        Reply csv = auditor.get("/api/v1/audit-log/events?subject=" + agency, "text/csv");
        assertEquals(200, csv.status());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFid,occurred_at,actor"), lines.get(0));
        assertTrue(lines.get(1).contains("AGENCY_CREATED"), lines.get(1));
        assertEquals(2, lines.size(), "exactly the filtered events");
    }

    @Test
    void aWithdrawnDraftCountsNowhereAsAnApplication() {
        ApiClient auditor = ApiClient.as(DemoUser.AUDITOR_ONE);
        long arcadianBefore = arcadianCertificates(auditor.get("/api/v1/dashboard").json());
        ImporterApi importer = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
        ImporterApi.ReadyDraft draft = importer.draftReadyToSign();

        Reply withdrawn = importer.client().post("/api/v1/agency/certificates/" + draft.reference() + "/withdrawal",
                "{\"version\": " + draft.version() + ", \"rationale\": \"started by mistake\"}");

        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        JsonObject figures = auditor.get("/api/v1/dashboard").json();
        assertFalse(figures.getJsonObject("byStatus").containsKey("WITHDRAWN"), "withdrawn drafts are no applications");
        assertEquals(arcadianBefore, arcadianCertificates(figures), "nor are they counted for their country");
    }

    private static long arcadianCertificates(JsonObject figures) {
        return figures.getJsonArray("byCountry").getValuesAs(JsonObject.class).stream()
                .filter(country -> country.getString("code").equals("XA")).mapToLong(country -> country.getJsonNumber("certificates")
                        .longValue()).sum();
    }

    @Test
    void rolesAreGrantedAndRemovedAndADisabledAccountIsEnabledAgainWithATemporaryPassword() {
        String user = KeycloakUsers.ensure("it.staff." + Long.toString(System.nanoTime(), 36), "reviewer");
        String path = "/api/v1/admin/users/" + user;

        Reply granted = ADMIN.post(path + "/roles", "{\"role\": \"auditor\"}");
        assertEquals(200, granted.status(), granted.body());
        assertTrue(roles(ADMIN.get(path).json()).containsAll(List.of("reviewer", "auditor")));
        assertEquals(200, ADMIN.post(path + "/roles/auditor/removal", null).status());
        assertEquals(List.of("reviewer"), roles(ADMIN.get(path).json()));

        assertEquals(200, ADMIN.post(path + "/disabling", null).status());
        assertThrows(PortalSession.LoginRefused.class, () -> PortalSession.login(user, DemoUser.PASSWORD, null));
        assertEquals(200, ADMIN.post(path + "/enabling", null).status());
        assertEquals(204, ADMIN.post(path + "/temporary-password", "{\"temporaryPassword\": \"Temporary-pass-2026\"}")
                .status());
        assertThrows(PortalSession.LoginRefused.class, () -> PortalSession.login(user, DemoUser.PASSWORD, null),
                "the old password no longer works");
        IllegalStateException temporary = assertThrows(IllegalStateException.class,
                () -> KeycloakTokens.accessToken(user, "Temporary-pass-2026"));
        assertTrue(temporary.getMessage().contains("not fully set up"),
                "the new password is temporary: the user must choose their own first: " + temporary.getMessage());
    }

    private static List<String> roles(JsonObject user) {
        return user.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList();
    }

    /**
     * The dashboard's other figures recomputed from the records themselves: review times in working
     * days (percentiles as PostgreSQL's percentile_cont interpolates them), certificates by country,
     * open flags by rule.
     */
    @Test
    void theDashboardsReviewTimesCountriesAndFlagsAgreeWithTheRecords() throws SQLException {
        ReviewerApi.approved(ImporterApi.as(DemoUser.IMPORTER_ARCADIA), DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        List<Integer> workingDays = new ArrayList<>();
        Map<String, Long> byCountry = new java.util.TreeMap<>();
        Map<String, Long> openFlags = new java.util.TreeMap<>();
        try (Connection connection = TestStack.database().connect(); Statement statement = connection.createStatement()) {
            try (ResultSet decisions = statement.executeQuery("SELECT (d.changed_at AT TIME ZONE 'UTC')::date, "
                    + "(SELECT max(s.changed_at) FROM status_change s WHERE s.certificate_id = d.certificate_id "
                    + "AND s.to_status = 'SUBMITTED' AND s.changed_at <= d.changed_at) FROM status_change d "
                    + "WHERE d.to_status IN ('APPROVED', 'REJECTED', 'CHANGES_REQUESTED') "
                    + "AND d.from_status IN ('SUBMITTED', 'UNDER_REVIEW')")) {
                while (decisions.next()) {
                    if (decisions.getTimestamp(2) != null) {
                        LocalDate submitted = LocalDate.ofInstant(decisions.getTimestamp(2).toInstant(), ZoneOffset.UTC);
                        workingDays.add(ReviewTarget.of(submitted, decisions.getDate(1).toLocalDate()).workingDaysWaiting());
                    }
                }
            }
            try (ResultSet countries = statement.executeQuery("SELECT a.country_code, count(*) FROM certificate c "
                    + "JOIN agency a ON a.id = c.agency_id WHERE c.status NOT IN ('DRAFT', 'WITHDRAWN') GROUP BY 1")) {
                while (countries.next()) {
                    byCountry.put(countries.getString(1), countries.getLong(2));
                }
            }
            try (ResultSet flags = statement.executeQuery("SELECT rule, count(*) FROM compliance_flag "
                    + "WHERE resolved_at IS NULL GROUP BY rule")) {
                while (flags.next()) {
                    openFlags.put(flags.getString(1), flags.getLong(2));
                }
            }
        }

        JsonObject figures = ApiClient.as(DemoUser.AUDITOR_ONE).get("/api/v1/dashboard").json();

        JsonObject times = figures.getJsonObject("reviewTimes");
        assertEquals(workingDays.size(), times.getJsonNumber("decisions").longValue());
        assertEquals(percentile(workingDays, 0.5), times.getJsonNumber("medianDays").doubleValue(), 0.001, "median");
        assertEquals(percentile(workingDays, 0.9), times.getJsonNumber("p90Days").doubleValue(), 0.001, "90th percentile");
        Map<String, Long> shownByCountry = new java.util.TreeMap<>();
        figures.getJsonArray("byCountry").getValuesAs(JsonObject.class).forEach(country -> shownByCountry.put(
                country.getString("code"), country.getJsonNumber("certificates").longValue()));
        assertEquals(byCountry, shownByCountry, "certificates by country");
        Map<String, Long> shownFlags = new java.util.TreeMap<>();
        figures.getJsonObject("openFlags").forEach((rule, count) -> shownFlags.put(rule,
                ((jakarta.json.JsonNumber) count).longValue()));
        assertEquals(openFlags, shownFlags, "open flags by rule");
    }

    /** As PostgreSQL's percentile_cont: linear between the two nearest ranks, rounded to a tenth like the dashboard. */
    private static double percentile(List<Integer> values, double fraction) {
        List<Integer> sorted = values.stream().sorted().toList();
        double position = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double value = sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * (position - lower);
        return Math.round(value * 10) / 10.0;
    }

    @Test
    void theDashboardShowsTheNumbersTheListsShow() throws SQLException {
        String waitingLong = ImporterApi.as(DemoUser.IMPORTER_ARCADIA).submittedCertificate();
        try (Connection connection = TestStack.database().connect();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE certificate SET waiting_since = now() - interval '45 days' WHERE reference = ?")) {
            update.setString(1, waitingLong);
            assertEquals(1, update.executeUpdate());
        }
        ApiClient reviewer = ApiClient.as(DemoUser.REVIEWER_ONE);

        JsonObject figures = ApiClient.as(DemoUser.AUDITOR_ONE).get("/api/v1/dashboard").json();

        JsonObject byStatus = figures.getJsonObject("byStatus");
        for (String status : List.of("SUBMITTED", "UNDER_REVIEW", "APPROVED", "SUSPENDED", "REJECTED")) {
            long listed = reviewer.get("/api/v1/review/cases?max=1&status=" + status).json().getJsonNumber("total").longValue();
            assertEquals(listed, byStatus.containsKey(status) ? byStatus.getJsonNumber(status).longValue() : 0, status);
        }
        List<JsonObject> queue = new ArrayList<>();
        for (int first = 0; ; first += 200) {
            List<JsonObject> page = reviewer.get("/api/v1/review/cases?max=200&first=" + first).json()
                    .getJsonArray("cases").getValuesAs(JsonObject.class);
            queue.addAll(page);
            if (page.size() < 200) {
                break;
            }
        }
        assertEquals(queue.size(), figures.getJsonNumber("openCases").longValue(), "open cases = the queue's length");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long overdue = queue.stream().filter(row -> row.containsKey("waitingSince") && ReviewTarget.of(
                LocalDate.ofInstant(Instant.parse(row.getString("waitingSince")), ZoneOffset.UTC), today).breached()).count();
        assertTrue(overdue >= 1, "the case waiting 45 days is past its target");
        assertEquals(overdue, figures.getJsonNumber("overdueCases").longValue(), "overdue = the queue rows marked late");
        assertEquals(12, figures.getJsonArray("ledgerEntries").size(), "twelve months, empty ones included");
    }

    // ---------------------------------------------------------------- helpers

    @Test
    void nobodyKeepsTheUsersAndDecidesOrOverseesAndNobodyChangesTheirOwnAccount() throws SQLException {
        String admin = DemoUser.ADMIN_ONE.username();
        String temporary = "Temporary-" + System.nanoTime();

        assertRefused(ADMIN.post("/api/v1/admin/users/" + admin + "/roles", "{\"role\":\"senior-reviewer\"}"),
                "rule.user.notYourself");
        assertRefused(ADMIN.post("/api/v1/admin/users/" + admin + "/temporary-password",
                "{\"temporaryPassword\":\"" + temporary + "\"}"), "rule.user.notYourself");
        assertRefused(ADMIN.post("/api/v1/admin/users/" + admin + "/password-email", null), "rule.user.notYourself");
        assertRefused(ADMIN.post("/api/v1/admin/users/" + admin + "/roles/admin/removal", null), "rule.user.notYourself");
        assertEquals(List.of("admin"), ADMIN.get("/api/v1/admin/users/" + admin).json().getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        String both = "it-both-" + Long.toString(System.nanoTime(), 36);
        for (String ministryRole : List.of("reviewer", "senior-reviewer", "auditor")) {
            assertRefused(ADMIN.post("/api/v1/admin/users", user(both, "[\"admin\",\"" + ministryRole + "\"]", null,
                    temporary)), "rule.user.adminSeparated");
        }
        String secondAdmin = "it-admin-" + Long.toString(System.nanoTime(), 36);
        assertEquals(201, ADMIN.post("/api/v1/admin/users", user(secondAdmin, "[\"admin\"]", null, temporary)).status());
        assertRefused(ADMIN.post("/api/v1/admin/users/" + secondAdmin + "/roles", "{\"role\":\"senior-reviewer\"}"),
                "rule.user.adminSeparated");

        String senior = "it-senior-" + Long.toString(System.nanoTime(), 36);
        assertEquals(201, ADMIN.post("/api/v1/admin/users", user(senior, "[\"reviewer\"]", null, temporary)).status());
        assertEquals(200, ADMIN.post("/api/v1/admin/users/" + senior + "/roles", "{\"role\":\"senior-reviewer\"}").status());
        assertEquals(2, count("SELECT count(*) FROM notification WHERE recipient_role = 'admin' "
                + "AND kind = 'MINISTRY_ROLE_GRANTED' AND text_phrase LIKE '%\"" + senior + "\"%'"),
                "the administrators hear of both ministry roles given to " + senior);
    }

    @Test
    void cuttingTheListBy65CountriesIsOneOperationWithOneAuditEventPerCountry() throws SQLException {
        // countries without agencies: the cut suspends nothing that other tests rely on
        List<String> countries = codes("SELECT code FROM country WHERE code NOT IN (SELECT country_code FROM agency) "
                + "AND code NOT LIKE 'X%' ORDER BY code LIMIT 65");
        assertEquals(65, countries.size());
        String quoted = "'" + String.join("','", countries) + "'";
        long decisionsBefore = count("SELECT count(*) FROM country_approval WHERE NOT approved AND country_code IN (" + quoted + ")");
        long eventsBefore = count("SELECT count(*) FROM audit_event WHERE action = 'COUNTRY_DELISTED' AND subject_id IN (" + quoted + ")");

        Reply cut = ADMIN.post("/api/v1/admin/country-delistings", jakarta.json.Json.createObjectBuilder()
                .add("countries", jakarta.json.Json.createArrayBuilder(countries))
                .add("reason", "test: the list is cut to the countries that remain").build().toString());

        assertEquals(200, cut.status(), cut.body());
        assertEquals(decisionsBefore + 65, count("SELECT count(*) FROM country_approval WHERE NOT approved "
                + "AND country_code IN (" + quoted + ")"), "one decision per country");
        assertEquals(eventsBefore + 65, count("SELECT count(*) FROM audit_event WHERE action = 'COUNTRY_DELISTED' "
                + "AND subject_id IN (" + quoted + ")"), "one audit event per country, each naming its country");
        assertTrue(ApiClient.as(DemoUser.AUDITOR_ONE).post("/api/v1/audit-log/verifications", null).json()
                .getBoolean("intact"), "the audit chain still verifies");
    }

    private static List<String> codes(String sql) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = TestStack.database().connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestStack.database().connect(); var statement = connection.createStatement();
                var row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void assertOpens(PortalSession session, String page) {
        PortalSession.Page opened = session.get(page);
        assertEquals(200, opened.status(), page);
        assertFalse(opened.text().contains("Exception"), page);
        assertNotNull(opened.document().selectFirst("h1.page-title"), page);
    }

    static void assertRefused(Reply reply, String messageKey) {
        assertEquals(422, reply.status(), reply.body());
        assertEquals(messageKey, reply.json().getString("error"), reply.body());
    }

    static String uniqueAgencyCode() {
        return "IT-" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36).toUpperCase();
    }

    static String createAgency() {
        String code = uniqueAgencyCode();
        Reply created = ADMIN.post("/api/v1/admin/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Integration Test Agency\",\"kind\":\"POLICE\",\"countryCode\":\"XA\"}");
        assertEquals(201, created.status(), created.body());
        return code;
    }

    private static Reply register(String agency, byte[] certificate) {
        return ADMIN.post("/api/v1/admin/agencies/" + agency + "/signatories", "{\"name\":\"Anna Signer\",\"title\":\"Director\","
                + "\"certificate\":\"" + Base64.getEncoder().encodeToString(certificate) + "\"}");
    }

    private static String offence(String code, String effectiveFrom, int years) {
        return "{\"offenceCode\":\"" + code + "\",\"statute\":\"Penal Code s. 99\",\"name\":\"Test offence\","
                + "\"maxPenaltyYears\":" + years + ",\"lifeImprisonment\":false,\"category\":\"CYBER\","
                + "\"effectiveFrom\":\"" + effectiveFrom + "\"}";
    }

    private static String user(String username, String roles, String agency, String temporaryPassword) {
        return "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.org\",\"firstName\":\"Ida\","
                + "\"lastName\":\"Test\",\"agencyCode\":" + (agency == null ? "null" : "\"" + agency + "\"")
                + ",\"roles\":" + roles + ",\"temporaryPassword\":\"" + temporaryPassword + "\"}";
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static byte[] der(X509Certificate certificate) throws CertificateEncodingException {
        return certificate.getEncoded();
    }

    private static String pem(X509Certificate certificate) throws CertificateEncodingException {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }
}
