package org.euc.portal.common.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.euc.portal.common.config.PortalSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the schema up to date when the portal is deployed, then has Hibernate check that every
 * entity matches it. A deployment whose migrations fail, or whose entities disagree with the
 * schema, does not start: the schema comes only from the versioned scripts in db/migration.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/EucDS")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    PortalSettings settings;

    @Inject
    Event<SchemaReady> schemaReady;

    void migrateOnStartup(@Observes Startup startup) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (settings.demoData()) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // demo data may be switched off later: its applied scripts are then simply not looked for
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, demo data " + (settings.demoData() ? "on" : "off") + ")");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        schemaReady.fire(new SchemaReady(settings.demoData()));
    }
}
