package org.euc.portal.common.web;

/**
 * The client address of the request the current thread is serving, for the audit log. Set by
 * {@link RequestOriginFilter}; absent for work that no request started (scheduled jobs).
 */
public final class RequestOrigin {

    private static final ThreadLocal<String> CLIENT_ADDRESS = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static String clientAddress() {
        return CLIENT_ADDRESS.get();
    }

    static void set(String clientAddress) {
        CLIENT_ADDRESS.set(clientAddress);
    }

    static void clear() {
        CLIENT_ADDRESS.remove();
    }
}
