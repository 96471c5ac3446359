package org.euc.portal.health.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.euc.portal.common.config.PortalSettings;

/**
 * Whether the database and Keycloak answer, probed at most once every {@link #FRESH_FOR}: the
 * health endpoint is anonymous, and a crowd of callers must not become a crowd of probes.
 */
@ApplicationScoped
public class HealthChecks {

    /** How long a probe's answer is reused. */
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** One probe at a time (see {@link #current}), so one unpooled client serves them all. */
    private static final Client HTTP = ClientBuilder.newBuilder()
            .connectTimeout(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build();

    @Resource(lookup = "java:jboss/datasources/EucDS")
    DataSource dataSource;

    @Inject
    PortalSettings settings;

    Clock clock = Clock.systemUTC();

    private volatile Probe latest;

    /**
     * @param checkedAt when the dependencies were probed
     * @param up each dependency and whether it answered
     */
    public record Probe(Instant checkedAt, Map<String, Boolean> up) {
    }

    public Probe current() {
        Probe probe = latest;
        if (probe != null && probe.checkedAt().plus(FRESH_FOR).isAfter(clock.instant())) {
            return probe;
        }
        synchronized (this) {
            probe = latest;
            if (probe == null || !probe.checkedAt().plus(FRESH_FOR).isAfter(clock.instant())) {
                Map<String, Boolean> up = new LinkedHashMap<>();
                up.put("database", databaseAnswers());
                up.put("keycloak", keycloakAnswers());
                probe = new Probe(clock.instant(), Map.copyOf(up));
                latest = probe;
            }
            return probe;
        }
    }

    private boolean databaseAnswers() {
        // a query, not Connection.isValid: its failure passes through the pool, which then discards a
        // connection the database closed instead of handing the same dead one to every later probe
        try (Connection connection = dataSource.getConnection(); Statement probe = connection.createStatement()) {
            probe.setQueryTimeout((int) PROBE_TIMEOUT.toSeconds());
            return probe.execute("SELECT 1");
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean keycloakAnswers() {
        try (Response answer = HTTP.target(settings.oidcProviderUrl() + "/.well-known/openid-configuration")
                .request().get()) {
            return answer.getStatus() == 200;
        } catch (ProcessingException | IllegalArgumentException e) {
            return false;
        }
    }
}
