package org.euc.portal.localstack;

import io.undertow.Undertow;
import io.undertow.server.handlers.proxy.LoadBalancingProxyClient;
import io.undertow.server.handlers.proxy.ProxyHandler;
import java.net.URI;
import java.util.List;

/**
 * The load balancer in front of the cluster's nodes, on the portal's port: Undertow's proxy, the
 * same engine WildFly's own balancer runs on, started in the stack's JVM so that nothing needs
 * installing. A session stays on the node whose route ends its JSESSIONID (WildFly appends the
 * node name); when that node is gone, the next request goes to another node, which finds the
 * session in the cluster. A request refused by a dead node is tried on another one.
 */
final class LocalBalancer {

    private static final int RETRIES = 2;
    private static final int PROBLEM_NODE_RETRY_SECONDS = 5;

    private final Undertow server;

    private LocalBalancer(Undertow server) {
        this.server = server;
    }

    static LocalBalancer start(int port, List<LocalWildFly> nodes) {
        Ports.requireFree(port, "load balancer", null);
        LoadBalancingProxyClient proxy = new LoadBalancingProxyClient()
                .addSessionCookieName("JSESSIONID")
                .setProblemServerRetry(PROBLEM_NODE_RETRY_SECONDS)
                .setConnectionsPerThread(20);
        nodes.forEach(node -> proxy.addHost(URI.create("http://127.0.0.1:" + node.httpPort()), node.name()));
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(ProxyHandler.builder().setProxyClient(proxy).setMaxConnectionRetries(RETRIES)
                        .setMaxRequestTime(120_000).build())
                .build();
        server.start();
        return new LocalBalancer(server);
    }

    void stop() {
        server.stop();
    }
}
