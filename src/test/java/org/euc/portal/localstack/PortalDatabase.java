package org.euc.portal.localstack;

/**
 * The portal's database through its two accounts: {@code runtime}, which the portal runs as and
 * which owns nothing, and {@code owner}, which owns the schema and runs the migrations.
 */
public record PortalDatabase(DatabaseAccess runtime, DatabaseAccess owner) {
}
