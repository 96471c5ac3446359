package org.euc.portal.testsupport;

import java.io.IOException;
import java.util.List;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * The test stack's WildFly through its management API, as an operator would use it: to look at and
 * fire the portal's EJB timers, and to deploy the benchmark's floor page beside the portal. Local
 * authentication (same OS user, loopback), no password.
 */
public final class ServerManagement {

    private static final String DEPLOYMENT = "euc-portal.war";

    private ServerManagement() {
    }

    /** One timer of a singleton bean of the portal: its address and runtime attributes. */
    public record Timer(ModelNode address, ModelNode attributes) {

        public String schedule(String field) {
            return attributes.get("schedule", field).asString();
        }

        public boolean persistent() {
            return attributes.get("persistent").asBoolean();
        }
    }

    /** The timers the server runs for a singleton bean of the portal. */
    public static List<Timer> timersOf(String singletonBean) {
        ModelNode service = new ModelNode();
        service.add("deployment", DEPLOYMENT).add("subsystem", "ejb3").add("singleton-bean", singletonBean)
                .add("service", "timer-service");
        ModelNode read = operation("read-children-resources", service);
        read.get("child-type").set("timer");
        read.get("include-runtime").set(true);
        return execute(read).asPropertyList().stream().map(timer -> {
            ModelNode address = service.clone().add("timer", timer.getName());
            return new Timer(address, timer.getValue());
        }).toList();
    }

    /** Fires the timer now, on the server's timer thread, as its schedule would. */
    public static void trigger(Timer timer) {
        execute(operation("trigger", timer.address()));
    }

    /**
     * Deploys a web archive beside the portal (the benchmark's floor page) on every node, replacing
     * one of that name.
     */
    public static void deploy(String name, byte[] archive) {
        undeploy(name);
        ModelNode add = operation("add", new ModelNode().add("deployment", name));
        add.get("content").add().get("bytes").set(archive);
        add.get("enabled").set(true);
        TestStack.managementPorts().forEach(port -> execute(add, port));
    }

    /** Removes a deployment from every node; nothing happens on a node that has none of that name. */
    public static void undeploy(String name) {
        ModelNode read = operation("read-children-names", new ModelNode());
        read.get("child-type").set("deployment");
        for (int port : TestStack.managementPorts()) {
            if (execute(read, port).asList().stream().anyMatch(deployed -> deployed.asString().equals(name))) {
                execute(operation("remove", new ModelNode().add("deployment", name)), port);
            }
        }
    }

    private static ModelNode operation(String name, ModelNode address) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").set(address);
        return operation;
    }

    /** Runs the operation on the (first) node, which the timers' tests look at. */
    private static ModelNode execute(ModelNode operation) {
        return execute(operation, TestStack.managementPort());
    }

    private static ModelNode execute(ModelNode operation, int managementPort) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                managementPort)) {
            ModelNode outcome = client.execute(operation);
            if (!"success".equals(outcome.get("outcome").asString())) {
                throw new IllegalStateException("management operation failed: " + outcome.get("failure-description"));
            }
            return outcome.get("result");
        } catch (IOException e) {
            throw new IllegalStateException("WildFly's management API did not answer", e);
        }
    }
}
