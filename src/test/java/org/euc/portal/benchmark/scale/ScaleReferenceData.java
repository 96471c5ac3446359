package org.euc.portal.benchmark.scale;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.security.Roles;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.AgencyKind;
import org.euc.portal.reference.domain.Country;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.reference.domain.Signatory;
import org.euc.portal.signature.TestPki;

/**
 * What the generated certificates stand on: enough approved countries, the two demo importers'
 * agencies and about two hundred generated ones in approved countries, one registered signatory per
 * agency, the declarable offences of each country, and three small placeholder PDFs. Whatever an
 * earlier run created is found again and reused; only what is missing is added, with its audit event.
 */
final class ScaleReferenceData {

    /** The demo agencies whose importers' pages are benchmarked. */
    static final String ARCADIA = "ARC-NPA";
    static final String BOREALIA = "BOR-CTU";
    /** Generated agencies are recognizable by their code. */
    private static final String GENERATED_PREFIX = "SCL-";
    /** Decisions and registrations are dated before the first generated certificate. */
    static final LocalDate APPROVED_SINCE = LocalDate.of(2024, 1, 1);
    private static final Instant REGISTERED_AT = Instant.parse("2024-01-15T09:00:00Z");
    private static final String ADMIN = "admin.one";
    /** Countries approved first when the list needs more: a plausible list of partners, never-decided ones only. */
    private static final List<String> CANDIDATE_COUNTRIES = List.of("DE", "FR", "IT", "ES", "NL", "BE", "AT", "SE", "DK",
            "FI", "NO", "IE", "PT", "PL", "CZ", "SK", "SI", "HR", "EE", "LV", "LT", "LU", "GR", "CY", "MT", "RO", "BG",
            "HU", "CH", "GB", "IS", "CA", "AU", "NZ", "JP", "KR", "US", "CL", "UY", "CR");
    private static final AgencyKind[] KINDS = {AgencyKind.POLICE, AgencyKind.POLICE, AgencyKind.INTELLIGENCE,
            AgencyKind.JUDICIAL, AgencyKind.MILITARY, AgencyKind.OTHER};
    private static final byte[] PLACEHOLDER_PDF = ("%PDF-1.4\n% EUC portal scale benchmark placeholder: not a real "
            + "certificate, no signature\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    record DeclarableOffence(long id, String code) {
    }

    /** An agency as the generator needs it: who works for it, who signs for it, what it may declare. */
    record AgencyProfile(long id, String code, String countryCode, String countryName, boolean judicialOrderRequired,
            String importer, long signatoryId, String signatoryName, String signatoryFingerprint,
            List<DeclarableOffence> offences) {
    }

    /** Shared stand-ins for the PDFs a page can download: generated, signed and issued. */
    record Placeholders(long generatedId, String generatedSha256, long signedId, String signedSha256, long issuedId) {
    }

    private record CountryRow(String code, String name, boolean judicialOrderRequired) {
    }

    private final Connection connection;
    private final AuditTrail audit;
    private final TestPki pki = new TestPki("EUC Scale Benchmark CA");

    private ScaleReferenceData(Connection connection, AuditTrail audit) {
        this.connection = connection;
        this.audit = audit;
    }

    record World(AgencyProfile arcadia, AgencyProfile borealia, List<AgencyProfile> generated, Placeholders placeholders,
            int approvedCountries, int agenciesCreated) {
    }

    static World prepare(Connection connection, AuditTrail audit, ScaleSettings settings) throws SQLException {
        return new ScaleReferenceData(connection, audit).prepare(settings);
    }

    private World prepare(ScaleSettings settings) throws SQLException {
        List<CountryRow> approved = approveCountriesUpTo(settings.approvedCountries());
        Map<String, CountryRow> byCode = new LinkedHashMap<>();
        approved.forEach(country -> byCode.put(country.code(), country));
        AgencyProfile arcadia = profileOf(demoAgency(ARCADIA, byCode), byCode);
        AgencyProfile borealia = profileOf(demoAgency(BOREALIA, byCode), byCode);
        int before = generatedAgencyCount();
        List<AgencyProfile> generated = new ArrayList<>();
        for (int number = 1; number <= settings.extraAgencies(); number++) {
            CountryRow country = approved.get((number - 1) % approved.size());
            generated.add(profileOf(generatedAgency(number, country), byCode));
        }
        return new World(arcadia, borealia, generated, placeholders(), approved.size(),
                generatedAgencyCount() - before);
    }

    // ----- countries -----

    private List<CountryRow> approveCountriesUpTo(int wanted) throws SQLException {
        List<CountryRow> approved = approvedCountries();
        for (String code : CANDIDATE_COUNTRIES) {
            if (approved.size() >= wanted) {
                break;
            }
            if (neverDecided(code)) {
                approve(code);
                approved = approvedCountries();
            }
        }
        if (approved.isEmpty()) {
            throw new IllegalStateException("no approved country: load the demo reference data (db/demo) first");
        }
        return approved;
    }

    /** Approved today: the latest decision in effect says so (as ReferenceData.countryStanding reads it). */
    private List<CountryRow> approvedCountries() throws SQLException {
        List<CountryRow> countries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.code, c.name, c.judicial_order_required "
                + "FROM country c WHERE (SELECT a.approved FROM country_approval a WHERE a.country_code = c.code "
                + "AND a.effective_from <= current_date ORDER BY a.effective_from DESC, a.id DESC LIMIT 1) ORDER BY c.code");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                countries.add(new CountryRow(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
            }
        }
        return countries;
    }

    private boolean neverDecided(String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM country c WHERE c.code = ?) "
                + "AND NOT EXISTS (SELECT 1 FROM country_approval a WHERE a.country_code = ?)")) {
            query.setString(1, code);
            query.setString(2, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private void approve(String code) throws SQLException {
        String reason = "Scale benchmark: meets the ministry's criteria for approved countries";
        Instant now = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO country_approval (country_code, approved, "
                + "effective_from, reason, decided_by, decided_at) VALUES (?, TRUE, ?, ?, ?, ?)")) {
            insert.setString(1, code);
            insert.setObject(2, APPROVED_SINCE);
            insert.setString(3, reason);
            insert.setString(4, ADMIN);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
        }
        audit.record(now, ADMIN, Roles.ADMIN, AuditAction.COUNTRY_APPROVED, "COUNTRY", code,
                "effective " + APPROVED_SINCE + ": " + reason, AuditTrail.MINISTRY_ADDRESS);
    }

    // ----- agencies and their signatories -----

    private record AgencyRow(long id, String code, String name, String countryCode, AgencyKind kind) {
    }

    private AgencyRow demoAgency(String code, Map<String, CountryRow> approved) throws SQLException {
        AgencyRow agency = agencyByCode(code);
        if (agency == null || !approved.containsKey(agency.countryCode())) {
            throw new IllegalStateException("demo agency " + code + " missing or its country not approved: "
                    + "the generator adds to a portal database with the demo reference data (db/demo)");
        }
        return agency;
    }

    private AgencyRow generatedAgency(int number, CountryRow country) throws SQLException {
        String code = String.format(Locale.ROOT, "%s%s-%03d", GENERATED_PREFIX, country.code(), number);
        AgencyRow existing = agencyByCode(code);
        if (existing != null) {
            return existing;
        }
        AgencyKind kind = KINDS[number % KINDS.length];
        String name = country.name() + " " + kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT)
                + " Directorate " + number;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO agency (code, name, country_code, kind) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setString(3, country.code());
            insert.setString(4, kind.name());
            insert.executeUpdate();
        }
        audit.record(REGISTERED_AT, ADMIN, Roles.ADMIN, AuditAction.AGENCY_CREATED, "AGENCY", code,
                name + " (" + kind + "), " + country.code(), AuditTrail.MINISTRY_ADDRESS);
        return agencyByCode(code);
    }

    private AgencyRow agencyByCode(String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, code, name, country_code, kind FROM agency WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new AgencyRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        AgencyKind.valueOf(row.getString(5))) : null;
            }
        }
    }

    private int generatedAgencyCount() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM agency WHERE code LIKE ?")) {
            query.setString(1, GENERATED_PREFIX + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private AgencyProfile profileOf(AgencyRow agency, Map<String, CountryRow> approved) throws SQLException {
        CountryRow country = approved.get(agency.countryCode());
        Signatory signatory = signatoryOf(agency, country);
        return new AgencyProfile(agency.id(), agency.code(), country.code(), country.name(), country.judicialOrderRequired(),
                importerOf(agency.code()), signatoryId(signatory.getFingerprint()), signatory.getName(),
                signatory.getFingerprint(), declarableOffences(country.code()));
    }

    /** The demo realm's importer for the demo agencies; a user of the agency's own for generated ones. */
    private static String importerOf(String agencyCode) {
        return switch (agencyCode) {
            case ARCADIA -> "importer.arcadia";
            case BOREALIA -> "importer.borealia";
            default -> "importer." + agencyCode.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The agency's benchmark signatory, registered through the portal's own Signatory.register with a
     * certificate of a throw-away CA valid over the whole generated history; registered once.
     */
    private Signatory signatoryOf(AgencyRow agency, CountryRow country) throws SQLException {
        String name = "Scale Signatory " + agency.code();
        try (PreparedStatement query = connection.prepareStatement("SELECT certificate FROM signatory "
                + "WHERE agency_id = ? AND name = ? ORDER BY id LIMIT 1")) {
            query.setLong(1, agency.id());
            query.setString(2, name);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return register(agency, country, name, parseCertificate(row.getBytes(1)));
                }
            }
        }
        TestPki.Credentials credentials = pki.issue(name, REGISTERED_AT.minusSeconds(86_400L * 30),
                Instant.now().plusSeconds(86_400L * 365 * 5), TestPki.KeyType.EC_P256);
        Signatory signatory = register(agency, country, name, credentials.certificate());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO signatory (agency_id, name, title, "
                + "certificate, fingerprint_sha256, subject, issuer, serial_number, valid_from, valid_until, registered_at, "
                + "registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, agency.id());
            insert.setString(2, signatory.getName());
            insert.setString(3, signatory.getTitle());
            insert.setBytes(4, signatory.getCertificate());
            insert.setString(5, signatory.getFingerprint());
            insert.setString(6, signatory.getSubject());
            insert.setString(7, signatory.getIssuer());
            insert.setString(8, signatory.getSerialNumber());
            insert.setTimestamp(9, Timestamp.from(signatory.getValidFrom()));
            insert.setTimestamp(10, Timestamp.from(signatory.getValidUntil()));
            insert.setTimestamp(11, Timestamp.from(signatory.getRegisteredAt()));
            insert.setString(12, signatory.getRegisteredBy());
            insert.executeUpdate();
        }
        audit.record(REGISTERED_AT, ADMIN, Roles.ADMIN, AuditAction.SIGNATORY_REGISTERED, "SIGNATORY",
                signatory.getFingerprint(), signatory.getName() + ", " + signatory.getTitle() + ", agency " + agency.code()
                        + ", subject " + signatory.getSubject() + ", valid until " + signatory.getValidUntil(),
                AuditTrail.MINISTRY_ADDRESS);
        return signatory;
    }

    private static Signatory register(AgencyRow agency, CountryRow country, String name,
            java.security.cert.X509Certificate certificate) {
        Agency entity = new Agency(agency.code(), agency.name(), new Country(country.code(), country.name()), agency.kind());
        return Signatory.register(entity, name, "Head of procurement", certificate, ADMIN, REGISTERED_AT);
    }

    private static java.security.cert.X509Certificate parseCertificate(byte[] der) {
        try {
            return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException("a registered benchmark signatory's certificate is unreadable", e);
        }
    }

    private long signatoryId(String fingerprint) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM signatory WHERE fingerprint_sha256 = ?")) {
            query.setString(1, fingerprint);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The country's catalogue in force, filtered by the portal's own eligibility rule (6 years, no expression). */
    private List<DeclarableOffence> declarableOffences(String countryCode) throws SQLException {
        List<DeclarableOffence> offences = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, offence_code, statute, name, "
                + "max_penalty_years, life_imprisonment, category, effective_from FROM offence "
                + "WHERE country_code = ? AND effective_until IS NULL ORDER BY offence_code")) {
            query.setString(1, countryCode);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Offence offence = new Offence(countryCode, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getObject(5, Integer.class), rows.getBoolean(6), OffenceCategory.valueOf(rows.getString(7)),
                            rows.getObject(8, LocalDate.class), "system", REGISTERED_AT);
                    if (offence.eligibility().isEligible()) {
                        offences.add(new DeclarableOffence(rows.getLong(1), rows.getString(2)));
                    }
                }
            }
        }
        return List.copyOf(offences);
    }

    // ----- documents -----

    private Placeholders placeholders() throws SQLException {
        StoredDocument generated = storedDocument("scale-placeholder-generated.pdf");
        StoredDocument signed = storedDocument("scale-placeholder-signed.pdf");
        StoredDocument issued = storedDocument("scale-placeholder-issued.pdf");
        return new Placeholders(insert(generated), generated.getSha256(), insert(signed), signed.getSha256(),
                insert(issued));
    }

    private static StoredDocument storedDocument(String fileName) {
        return new StoredDocument(fileName, StoredDocument.PDF, PLACEHOLDER_PDF, REGISTERED_AT);
    }

    private long insert(StoredDocument document) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stored_document (file_name, media_type, "
                + "size_bytes, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, document.getFileName());
            insert.setString(2, document.getMediaType());
            insert.setLong(3, document.getSizeBytes());
            insert.setString(4, document.getSha256());
            insert.setBytes(5, document.getContent());
            insert.setTimestamp(6, Timestamp.from(document.getCreatedAt()));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
