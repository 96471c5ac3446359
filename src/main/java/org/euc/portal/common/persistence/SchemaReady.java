package org.euc.portal.common.persistence;

/**
 * Fired once at deployment after the migrations ran and Hibernate validated the schema: the
 * moment startup work that needs the database (demo data, scheduled jobs) may begin.
 *
 * @param demoData whether the demo data migrations are switched on
 */
public record SchemaReady(boolean demoData) {
}
