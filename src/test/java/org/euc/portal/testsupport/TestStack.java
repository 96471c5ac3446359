package org.euc.portal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.euc.portal.localstack.DatabaseAccess;
import org.euc.portal.localstack.LocalStack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real stack (PostgreSQL, Keycloak, WildFly with the portal) once for all integration
 * tests of a run, from empty data, and stops it when the run ends. Tests reach it through the
 * static accessors.
 */
public final class TestStack implements BeforeAllCallback {

    private static final int SMTP_PORT = 3025;

    private static LocalStack stack;
    private static GreenMail mailServer;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestStack.class, key -> start(), RunningStack.class);
    }

    /** {@code -Deuc.stack=running} uses a stack started by {@code ./mvnw -Prun} (dev data) instead. */
    private static synchronized RunningStack start() {
        if ("running".equals(System.getProperty("euc.stack"))) {
            stack = LocalStack.attachToRunning();
            return new RunningStack();
        }
        // a real SMTP server for the whole run; the portal sends its notification e-mails there
        mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        stack = LocalStack.startForTests(Map.of("EUC_SMTP_HOST", "127.0.0.1", "EUC_SMTP_PORT", String.valueOf(SMTP_PORT)));
        return new RunningStack();
    }

    /** DEMO ONLY: lets the run command's demo world use these helpers against the stack it just started. */
    public static synchronized void attach(LocalStack running) {
        stack = running;
    }

    /** The test run's SMTP server, with every e-mail the portal sent; absent when attached to a running stack. */
    public static java.util.Optional<GreenMail> mailServer() {
        return java.util.Optional.ofNullable(mailServer);
    }

    public static String portalUrl() {
        return stack.portalUrl();
    }

    public static String url(String path) {
        return stack.portalUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    public static int managementPort() {
        return stack.managementPort();
    }

    /** Every WildFly's management port: one, or one per cluster node. */
    public static java.util.List<Integer> managementPorts() {
        return stack.managementPorts();
    }

    public static String realmUrl() {
        return stack.realmUrl();
    }

    /** How many WildFly nodes serve the portal: 1, or 2 in the cluster tests' run. */
    public static int nodes() {
        return stack.nodes();
    }

    /** A cluster node's own address, past the balancer. */
    public static String nodeUrl(int node) {
        return stack.nodeUrl(node);
    }

    /** Kills a cluster's node (1, 2…) as {@code kill -9} would. */
    public static void killNode(int node) {
        stack.killNode(node);
    }

    /** Starts a killed node again and waits until it serves the portal. */
    public static void startNode(int node) {
        stack.startNode(node);
    }

    /**
     * Restarts a cluster's node as an operator would: out of the balancer's rotation, stopped
     * gracefully (SIGTERM), started again, back into rotation once it serves.
     */
    public static void restartNode(int node) {
        stack.restartNode(node);
    }

    /** The portal's database as the portal's own account, which owns nothing. */
    public static DatabaseAccess database() {
        return stack.database();
    }

    /** The portal's database as the schema's owner, which runs the migrations. */
    public static DatabaseAccess databaseAsOwner() {
        return stack.databaseAsOwner();
    }

    /** The portal's database as superuser, for tests that must get past the portal's own protections. */
    public static DatabaseAccess databaseAsSuperuser() {
        return stack.databaseAsSuperuser();
    }

    /** DEMO ONLY: the keystore of an agency's demo signatory (registered by the portal at startup). */
    public static java.nio.file.Path demoKeystore(String agencyCode) {
        return stack.demoKeystore(agencyCode);
    }

    public static char[] demoKeystorePassword(String agencyCode) {
        return stack.demoKeystorePassword(agencyCode);
    }

    /** Closed by JUnit when the whole run is over. */
    private static final class RunningStack implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close();
            if (mailServer != null) {
                mailServer.stop();
            }
        }
    }
}
