package org.euc.portal.common.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.euc.portal.common.config.PortalSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the schema up to date when the portal is deployed, then has Hibernate check that every
 * entity matches it. A deployment whose migrations fail, or whose entities disagree with the
 * schema, does not start: the schema comes only from the versioned scripts in db/migration.
 *
 * <p>Migrations run as the schema's owner ({@code EucMigrationDS}); the portal itself runs as an
 * account that owns nothing ({@code EucDS}). The grants in {@code db/grants/afterMigrate.sql} let
 * that account only read and insert into the append-only tables, and the portal refuses to start
 * when its account could still rewrite them: one account for both, or a superuser.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    /** Role names the grants script can quote safely; PostgreSQL allows more, nobody needs more. */
    private static final Pattern PLAIN_ROLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.@-]{0,62}");

    /**
     * The append-only tables on which the current account could nevertheless rewrite history: it
     * owns them (and could drop the trigger), is a superuser, or holds a privilege the grants withhold.
     */
    static final String REWRITABLE_APPEND_ONLY_TABLES = """
            SELECT table_name FROM append_only_table
            WHERE pg_has_role(current_user, owner_oid, 'USAGE')
               OR has_table_privilege(table_oid, 'UPDATE') OR has_table_privilege(table_oid, 'DELETE')
               OR has_table_privilege(table_oid, 'TRUNCATE') OR has_table_privilege(table_oid, 'TRIGGER')
            ORDER BY table_name""";

    @Resource(lookup = "java:jboss/datasources/EucDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/EucMigrationDS")
    DataSource ownerDataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    PortalSettings settings;

    @Inject
    Event<SchemaReady> schemaReady;

    void migrateOnStartup(@Observes Startup startup) {
        String runtimeRole = runtimeRole();
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration", "classpath:db/grants"));
        if (settings.demoData()) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure()
                .dataSource(ownerDataSource)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("runtime_role", runtimeRole))
                // demo data may be switched off later: its applied scripts are then simply not looked for
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, demo data " + (settings.demoData() ? "on" : "off") + ")");
        requireHistoryProtected(runtimeRole);
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        schemaReady.fire(new SchemaReady(settings.demoData()));
    }

    private String runtimeRole() {
        try (Connection connection = dataSource.getConnection()) {
            String role = connection.getMetaData().getUserName();
            if (!PLAIN_ROLE_NAME.matcher(role).matches()) {
                throw new IllegalStateException("The portal's database account name '" + role
                        + "' (EUC_DB_USER) may use only letters, digits and _ . @ -.");
            }
            return role;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database as the portal's account (EUC_DB_URL, "
                    + "EUC_DB_USER, EUC_DB_PASSWORD): " + e.getMessage(), e);
        }
    }

    private void requireHistoryProtected(String runtimeRole) {
        List<String> rewritable = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(REWRITABLE_APPEND_ONLY_TABLES)) {
            while (rows.next()) {
                rewritable.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the portal's database privileges: " + e.getMessage(), e);
        }
        if (!rewritable.isEmpty()) {
            String message = "The portal's database account '" + runtimeRole + "' could rewrite the append-only tables "
                    + String.join(", ", rewritable) + " (it owns them or is a superuser): set EUC_DB_USER to an account "
                    + "that owns nothing and EUC_DB_OWNER_USER to the schema's owner, as the README's 'Database roles' says.";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }
}
