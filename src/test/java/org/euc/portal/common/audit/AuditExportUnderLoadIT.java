package org.euc.portal.common.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.audit.domain.AuditRecord;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.KeycloakTokens;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

/**
 * A long export of the audit log must not hold the chain's append lock: with an export of tens of
 * thousands of events stalled half-way (its reader stopped reading), audited writes elsewhere in
 * the portal go through, and the export then completes with every event.
 */
@IntegrationTest
class AuditExportUnderLoadIT {

    /** Far more CSV than the socket buffers hold, so the stalled export really waits half-way. */
    private static final int LOG_SIZE = 30_000;
    /** The advisory lock key of the chain's end, as AuditLog takes it. */
    private static final long CHAIN_LOCK = 0x45_55_43_41_55_44_49_54L;

    @Test
    void writersAppendWhileALargeExportIsStalled() throws Exception {
        long lastSeeded = seedLogUpTo(LOG_SIZE);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> export = http.send(HttpRequest.newBuilder(URI.create(TestStack.url("/api/v1/audit-log/events")))
                .header("Accept", "text/csv")
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken(DemoUser.AUDITOR_ONE.username(), DemoUser.PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, export.statusCode());
        try (BufferedReader csv = new BufferedReader(new InputStreamReader(export.body(), StandardCharsets.UTF_8))) {
            assertTrue(csv.readLine().startsWith("\uFEFFid,"), "the export has begun");

            // the export stays stalled here while writers append to the chain
            ApiClient administrator = ApiClient.as(DemoUser.ADMIN_ONE);
            ExecutorService writers = Executors.newFixedThreadPool(3);
            try {
                List<Future<Integer>> checkpoints = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    checkpoints.add(writers.submit(() -> administrator.post("/api/v1/checkpoints", null).status()));
                }
                for (Future<Integer> checkpoint : checkpoints) {
                    assertEquals(200, checkpoint.get(), "an audited write went through during the export");
                }
            } finally {
                writers.shutdown();
            }

            long rows = 0;
            boolean sawLastSeeded = false;
            for (String line = csv.readLine(); line != null; line = csv.readLine()) {
                rows++;
                sawLastSeeded |= line.startsWith(lastSeeded + ",");
            }
            assertTrue(rows >= LOG_SIZE - 1 && sawLastSeeded, "the export completed: " + rows + " rows");
        }
        assertTrue(ApiClient.as(DemoUser.AUDITOR_ONE).post("/api/v1/audit-log/verifications", null).json()
                .getBoolean("intact"), "the chain still verifies");
    }

    /**
     * Appends login events until the log holds the given number, sealed exactly as the portal seals
     * them and under the portal's own lock, so the chain stays intact. Returns the last event's id.
     */
    private static long seedLogUpTo(int size) throws Exception {
        try (Connection connection = TestStack.database().connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
            }
            AuditEvent previous = lastEvent(connection);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, "
                    + "actor_roles, action, subject_type, subject_id, details, client_address, previous_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long id = previous.getId() + 1; id <= size; id++) {
                    previous = AuditEvent.append(previous, Instant.now(), new AuditRecord("export.load." + id % 50,
                            "importer", "LOGIN", null, null, "seeded for the export-under-load test", "127.0.0.1"));
                    insert.setLong(1, previous.getId());
                    insert.setTimestamp(2, Timestamp.from(previous.getOccurredAt()));
                    insert.setString(3, previous.getActor());
                    insert.setString(4, previous.getActorRoles());
                    insert.setString(5, previous.getAction());
                    insert.setString(6, previous.getSubjectType());
                    insert.setString(7, previous.getSubjectId());
                    insert.setString(8, previous.getDetails());
                    insert.setString(9, previous.getClientAddress());
                    insert.setString(10, previous.getPreviousHash());
                    insert.setString(11, previous.getHash());
                    insert.addBatch();
                    if (id % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return previous.getId();
        }
    }

    /** The newest event as far as the chain needs it: its position and hash. */
    private static AuditEvent lastEvent(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")) {
            assertTrue(last.next(), "the log has begun");
            Constructor<AuditEvent> constructor = AuditEvent.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            AuditEvent event = constructor.newInstance();
            set(event, "id", last.getLong("id"));
            set(event, "hash", last.getString("hash"));
            return event;
        }
    }

    private static void set(AuditEvent event, String field, Object value) throws ReflectiveOperationException {
        Field declared = AuditEvent.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(event, value);
    }
}
