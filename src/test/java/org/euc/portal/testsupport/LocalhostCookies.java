package org.euc.portal.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keycloak marks its cookies Secure, which browsers honour on http://localhost but Java's
 * cookie manager does not; on this loopback-only test stack the flag is dropped. Remembers the
 * Set-Cookie headers the portal itself sent, as sent.
 */
public final class LocalhostCookies extends CookieManager {

    final List<String> fromPortal = new CopyOnWriteArrayList<>();

    public LocalhostCookies() {
        super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
        if (uri.toString().startsWith(TestStack.portalUrl())) {
            headers.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    fromPortal.addAll(values);
                }
            });
        }
        Map<String, List<String>> insecure = new HashMap<>();
        headers.forEach((name, values) -> insecure.put(name, name == null ? values
                : values.stream().map(value -> value.replaceAll("(?i);\\s*Secure", "")).toList()));
        super.put(uri, insecure);
    }
}
