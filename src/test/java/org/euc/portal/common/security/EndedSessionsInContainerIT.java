package org.euc.portal.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.euc.portal.testsupport.incontainer.InContainerTest;
import org.euc.portal.testsupport.incontainer.PortalCopy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Ending a user's sessions reaches every node through the database: a second {@link EndedSessions}
 * on the same database, as another node of a cluster has, sees the cutoff within a second, and a
 * session started after it is left alone.
 */
@InContainerTest
class EndedSessionsInContainerIT {

    @Deployment
    static WebArchive portal() {
        return PortalCopy.with(EndedSessionsInContainerIT.class);
    }

    @Inject
    EndedSessions thisNode;

    @PersistenceContext
    EntityManager em;

    @Test
    void aUserEndedOnOneNodeIsEndedOnAnotherWithinASecond() {
        String username = "it-ended-" + UUID.randomUUID();
        EndedSessions otherNode = new EndedSessions();
        otherNode.em = em;
        long startedUnder = otherNode.cutoffOf(username);
        assertEquals(EndedSessions.NEVER, startedUnder, "never cut off");

        thisNode.end(username);
        assertTrue(thisNode.endedSince(username, startedUnder), "at once on the node that ended it");
        Awaitility.await("the other node sees the end").atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> otherNode.endedSince(username, startedUnder));

        long startedAfter = otherNode.cutoffOf(username);
        assertNotEquals(EndedSessions.NEVER, startedAfter);
        assertFalse(otherNode.endedSince(username, startedAfter), "a session that started after the end lives on");
        thisNode.end(username);
        assertTrue(thisNode.endedSince(username, startedAfter), "until the user is ended again");
    }
}
