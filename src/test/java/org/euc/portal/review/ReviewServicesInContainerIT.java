package org.euc.portal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.security.AccessDeniedException;
import org.euc.portal.review.service.CaseReview;
import org.euc.portal.review.service.ReviewDecisions;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.incontainer.Certificates;
import org.euc.portal.testsupport.incontainer.InContainerTest;
import org.euc.portal.testsupport.incontainer.PortalCopy;
import org.euc.portal.testsupport.incontainer.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The review services as the transaction and security boundary, inside the server: roles checked
 * before anything happens and refusals audited, the version a reviewer read enforced, and a
 * decision committed or rolled back together with its audit event.
 */
@InContainerTest
class ReviewServicesInContainerIT {

    @Deployment
    static WebArchive portal() {
        return PortalCopy.with(ReviewServicesInContainerIT.class);
    }

    @Inject
    ReviewDecisions decisions;

    @Inject
    CaseReview cases;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Test
    void anImporterCallingTheReviewServiceIsRefusedAndTheRefusalIsAudited() {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);
        long refusalsBefore = refusalsOf("importer.arcadia", "ReviewDecisions.claim");

        assertThrows(AccessDeniedException.class,
                () -> RunAs.user(DemoUser.IMPORTER_ARCADIA, () -> decisions.claim(reference, 0)));

        assertEquals(refusalsBefore + 1, refusalsOf("importer.arcadia", "ReviewDecisions.claim"));
        assertEquals("SUBMITTED", statusOf(reference), "nothing happened to the case");
    }

    @Test
    void aClaimWithTheVersionBeforeAnotherChangeIsRefusedAsAConcurrentChange() {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);
        long read = RunAs.user(DemoUser.REVIEWER_ONE, () -> Certificates.reviewVersion(reference));
        RunAs.user(DemoUser.REVIEWER_TWO, () -> decisions.claim(reference, read));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> RunAs.user(DemoUser.REVIEWER_ONE, () -> decisions.claim(reference, read)));

        assertEquals("rule.concurrentChange", refused.messageKey());
        assertEquals("reviewer.two", RunAs.user(DemoUser.REVIEWER_ONE, () -> cases.caseFile(reference).assignee()));
    }

    @Test
    void aClaimRolledBackWithItsTransactionLeavesNeitherTheClaimNorItsAuditEvent() throws Exception {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);
        long version = RunAs.user(DemoUser.REVIEWER_ONE, () -> Certificates.reviewVersion(reference));

        transaction.begin();
        RunAs.user(DemoUser.REVIEWER_ONE, () -> decisions.claim(reference, version));
        assertEquals(1, eventsOf("CASE_CLAIMED", reference), "inside the transaction both are there");
        transaction.rollback();

        assertEquals(0, eventsOf("CASE_CLAIMED", reference), "the audit event went with the change");
        assertEquals("SUBMITTED", statusOf(reference));
        RunAs.user(DemoUser.REVIEWER_ONE, () -> decisions.claim(reference, version));
        assertEquals(1, eventsOf("CASE_CLAIMED", reference), "the same claim committed is audited once");
    }

    private String statusOf(String reference) {
        return (String) em.createNativeQuery("SELECT status FROM certificate WHERE reference = ?1")
                .setParameter(1, reference).getSingleResult();
    }

    private long eventsOf(String action, String subject) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event WHERE action = ?1 AND subject_id = ?2")
                .setParameter(1, action).setParameter(2, subject).getSingleResult()).longValue();
    }

    private long refusalsOf(String actor, String operation) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' "
                + "AND actor = ?1 AND subject_id = ?2").setParameter(1, actor).setParameter(2, operation)
                .getSingleResult()).longValue();
    }
}
