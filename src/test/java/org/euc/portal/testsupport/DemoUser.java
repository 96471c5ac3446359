package org.euc.portal.testsupport;

/** The demo users of keycloak/euc-realm.json (password "demo"), with what the portal should make of them. */
public enum DemoUser {
    IMPORTER_ARCADIA("importer.arcadia", "importer", "ARC-NPA", "/importer/"),
    IMPORTER_BOREALIA("importer.borealia", "importer", "BOR-CTU", "/importer/"),
    IMPORTER_CASCADIA("importer.cascadia", "importer", "CAS-SIS", "/importer/"),
    REVIEWER_ONE("reviewer.one", "reviewer", null, "/review/"),
    REVIEWER_TWO("reviewer.two", "reviewer", null, "/review/"),
    SENIOR_ONE("senior.one", "senior-reviewer", null, "/review/"),
    SENIOR_TWO("senior.two", "senior-reviewer", null, "/review/"),
    AUDITOR_ONE("auditor.one", "auditor", null, "/audit/"),
    ADMIN_ONE("admin.one", "admin", null, "/admin/");

    public static final String PASSWORD = "demo";

    private final String username;
    private final String role;
    private final String agency;
    private final String home;

    DemoUser(String username, String role, String agency, String home) {
        this.username = username;
        this.role = role;
        this.agency = agency;
        this.home = home;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String agency() {
        return agency;
    }

    public String home() {
        return home;
    }
}
