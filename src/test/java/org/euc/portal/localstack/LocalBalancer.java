package org.euc.portal.localstack;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.proxy.LoadBalancingProxyClient;
import io.undertow.server.handlers.proxy.ProxyHandler;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.net.URI;
import java.util.List;

/**
 * A load balancer on one of the stack's ports: Undertow's proxy, the same engine WildFly's own
 * balancer runs on, started in the stack's JVM so that nothing needs installing. In front of the
 * portal's nodes it keeps affinity: a session stays on the node whose route ends its JSESSIONID
 * (WildFly appends the node name); when that node is gone, the next request goes to another node,
 * which finds the session in the cluster. In front of Keycloak's nodes it spreads requests, as they
 * share their sessions. Either way, a request refused by a dead node is tried on another one.
 */
final class LocalBalancer {

    /** A server behind the balancer; its route is the name a sticky session cookie ends with. */
    record Backend(String route, int port) {
    }

    private static final int RETRIES = 2;
    private static final int PROBLEM_NODE_RETRY_SECONDS = 5;
    /** Undertow's proxy looks for this session cookie unless told otherwise. */
    private static final String DEFAULT_SESSION_COOKIE = "JSESSIONID";

    private static final HttpString HTTP2_SETTINGS = new HttpString("HTTP2-Settings");

    private final Undertow server;
    private final LoadBalancingProxyClient proxy;

    private LocalBalancer(Undertow server, LoadBalancingProxyClient proxy) {
        this.server = server;
        this.proxy = proxy;
    }

    /** Keeps each session on the backend named by the route in its session cookie. */
    static LocalBalancer sticky(int port, String sessionCookie, List<Backend> backends) {
        return start(port, new LoadBalancingProxyClient().removeSessionCookieName(DEFAULT_SESSION_COOKIE)
                .addSessionCookieName(sessionCookie), backends);
    }

    /** Sends each request to the next backend, whatever its cookies. */
    static LocalBalancer spreading(int port, List<Backend> backends) {
        return start(port, new LoadBalancingProxyClient().removeSessionCookieName(DEFAULT_SESSION_COOKIE), backends);
    }

    private static LocalBalancer start(int port, LoadBalancingProxyClient proxy, List<Backend> backends) {
        Ports.requireFree(port, "load balancer", null);
        proxy.setProblemServerRetry(PROBLEM_NODE_RETRY_SECONDS).setConnectionsPerThread(20);
        backends.forEach(backend -> proxy.addHost(address(backend), backend.route()));
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(withoutHttp2Upgrade(ProxyHandler.builder().setProxyClient(proxy)
                        .setMaxConnectionRetries(RETRIES).setMaxRequestTime(120_000).build()))
                .build();
        server.start();
        return new LocalBalancer(server, proxy);
    }

    private static URI address(Backend backend) {
        return URI.create("http://127.0.0.1:" + backend.port());
    }

    /**
     * Sends no new request to the backend, as an operator takes a node out of rotation before
     * restarting it; the requests it is serving finish. Its sessions move to the other backends.
     */
    void leaveOut(Backend backend) {
        proxy.removeHost(address(backend));
    }

    /** Puts a backend left out back into rotation. */
    void takeBack(Backend backend) {
        proxy.addHost(address(backend), backend.route());
    }

    /**
     * The balancer speaks HTTP/1.1 to clients and servers alike. A client that offers to upgrade
     * plain HTTP to HTTP/2 (h2c), as the JDK's HTTP client does, would otherwise have the offer
     * passed on as a connection upgrade: a POST sent that way to Keycloak never got its answer.
     */
    private static HttpHandler withoutHttp2Upgrade(HttpHandler next) {
        return exchange -> {
            HeaderMap headers = exchange.getRequestHeaders();
            if ("h2c".equalsIgnoreCase(headers.getFirst(Headers.UPGRADE))) {
                headers.remove(Headers.UPGRADE);
                headers.remove(HTTP2_SETTINGS);
                headers.remove(Headers.CONNECTION);
            }
            next.handleRequest(exchange);
        };
    }

    void stop() {
        server.stop();
    }
}
