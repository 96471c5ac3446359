package org.euc.portal.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The portal's browser sessions by user, so that disabling a user ends their sessions at once:
 * Keycloak's logout ends its own session, but the portal's session would otherwise live on until
 * its tokens expire. Sessions of one server only; a cluster would need to broadcast the end.
 */
@ApplicationScoped
public class ActiveSessions {

    private static final Logger LOG = Logger.getLogger(ActiveSessions.class.getName());

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    public void started(String username, HttpSession session) {
        byUser.computeIfAbsent(username, user -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends every portal session of the user; returns how many were ended. */
    public int end(String username) {
        Set<HttpSession> sessions = byUser.remove(username);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile: nothing to do
            }
        }
        int count = ended;
        LOG.info(() -> "Ended " + count + " portal session(s) of " + username);
        return ended;
    }

    void forget(HttpSession session) {
        byUser.values().forEach(sessions -> sessions.remove(session));
    }

    /** Drops sessions that end by themselves (logout, timeout) from the registry. */
    @WebListener
    public static class Cleanup implements HttpSessionListener {

        @Inject
        ActiveSessions sessions;

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.forget(event.getSession());
        }
    }
}
