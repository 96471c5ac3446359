package org.euc.portal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.euc.portal.certificate.domain.ApprovalTerms;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.security.AccessDeniedException;
import org.euc.portal.review.service.CaseReview;
import org.euc.portal.review.service.ReviewDecisions;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.incontainer.Certificates;
import org.euc.portal.testsupport.incontainer.InContainerTest;
import org.euc.portal.testsupport.incontainer.PortalCopy;
import org.euc.portal.testsupport.incontainer.Records;
import org.euc.portal.testsupport.incontainer.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The review services as the transaction and security boundary, inside the server: roles checked
 * before anything happens and refusals audited, four eyes through the service, the version a
 * reviewer read enforced (a rival waits on the row lock, then loses), and a decision committed or
 * rolled back together with its audit event.
 */
@InContainerTest
class ReviewServicesInContainerIT {

    @Deployment
    static WebArchive portal() {
        return PortalCopy.with(ReviewServicesInContainerIT.class);
    }

    private static final Decision APPROVAL = new Decision(DecisionKind.APPROVE, DecisionReason.MEETS_REQUIREMENTS,
            "Complete and eligible.", null);

    @Inject
    ReviewDecisions decisions;

    @Inject
    CaseReview cases;

    @Inject
    UserTransaction transaction;

    @Inject
    Records records;

    @Test
    void anImporterCallingTheReviewServiceIsRefusedAndTheRefusalIsAudited() {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);
        long refusalsBefore = records.refusalsOf(DemoUser.IMPORTER_ARCADIA, "ReviewDecisions.claim");

        assertThrows(AccessDeniedException.class,
                () -> RunAs.user(DemoUser.IMPORTER_ARCADIA, () -> decisions.claim(reference, 0)));

        assertEquals(refusalsBefore + 1, records.refusalsOf(DemoUser.IMPORTER_ARCADIA, "ReviewDecisions.claim"));
        assertEquals("SUBMITTED", records.statusOf(reference), "nothing happened to the case");
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

        records.inTransactionRolledBack(() -> {
            RunAs.user(DemoUser.REVIEWER_ONE, () -> decisions.claim(reference, version));
            assertEquals(1, records.eventsOf(AuditAction.CASE_CLAIMED, reference), "inside the transaction both are there");
        });

        assertEquals(0, records.eventsOf(AuditAction.CASE_CLAIMED, reference), "the audit event went with the change");
        assertEquals("SUBMITTED", records.statusOf(reference));
        RunAs.user(DemoUser.REVIEWER_ONE, () -> decisions.claim(reference, version));
        assertEquals(1, records.eventsOf(AuditAction.CASE_CLAIMED, reference), "the same claim committed is audited once");
    }

    @Test
    void onlyADifferentSeniorReviewerConfirmsAnApprovalAndTheRefusalsChangeNothing() {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);
        long proposal = RunAs.user(DemoUser.SENIOR_ONE, () -> {
            decisions.claim(reference, Certificates.reviewVersion(reference));
            return decisions.propose(reference, Certificates.reviewVersion(reference), APPROVAL, aYearFromToday());
        });
        long refusedBefore = records.refusalsOf(DemoUser.REVIEWER_ONE, "ReviewDecisions.confirm");

        assertThrows(AccessDeniedException.class, () -> RunAs.user(DemoUser.REVIEWER_ONE,
                () -> decisions.confirm(reference, Certificates.reviewVersion(reference), proposal)));
        RuleViolationException own = assertThrows(RuleViolationException.class, () -> RunAs.user(DemoUser.SENIOR_ONE,
                () -> decisions.confirm(reference, Certificates.reviewVersion(reference), proposal)));

        assertEquals("rule.fourEyes.ownProposal", own.messageKey());
        assertEquals(refusedBefore + 1, records.refusalsOf(DemoUser.REVIEWER_ONE, "ReviewDecisions.confirm"),
                "the reviewer's attempt is audited");
        assertEquals("UNDER_REVIEW", records.statusOf(reference), "neither attempt changed the case");
        assertEquals(0, records.eventsOf(AuditAction.DECISION_CONFIRMED, reference));
        RunAs.user(DemoUser.SENIOR_TWO, () -> decisions.confirm(reference, Certificates.reviewVersion(reference), proposal));
        assertEquals("APPROVED", records.statusOf(reference), "the second pair of eyes makes it take effect");
        assertEquals(1, records.eventsOf(AuditAction.DECISION_CONFIRMED, reference));
    }

    @Test
    void aDecisionThatMustBeProposedCannotBeTakenAlone() {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);

        RuleViolationException alone = assertThrows(RuleViolationException.class, () -> RunAs.user(DemoUser.SENIOR_ONE,
                () -> {
                    decisions.claim(reference, Certificates.reviewVersion(reference));
                    decisions.decide(reference, Certificates.reviewVersion(reference), APPROVAL);
                }));

        assertEquals("rule.fourEyes.proposalNeeded", alone.messageKey());
        assertEquals("UNDER_REVIEW", records.statusOf(reference));
    }

    @Test
    void aSecondClaimWaitsForTheFirstTransactionAndThenLosesToIt() throws Exception {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);
        long read = RunAs.user(DemoUser.REVIEWER_ONE, () -> Certificates.reviewVersion(reference));
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            transaction.begin();
            RunAs.user(DemoUser.REVIEWER_ONE, () -> decisions.claim(reference, read));
            Future<String> rival = second.submit(() -> {
                try {
                    RunAs.user(DemoUser.REVIEWER_TWO, () -> decisions.claim(reference, read));
                    return "claimed";
                } catch (RuleViolationException e) {
                    return e.messageKey();
                }
            });
            records.awaitBlockedByThisTransaction(rival, Duration.ofSeconds(20));
            assertFalse(rival.isDone(), "the rival's claim waits on the case's row lock");
            transaction.commit();

            assertEquals("rule.concurrentChange", rival.get(20, TimeUnit.SECONDS), "then loses: it read an older version");
        } finally {
            second.shutdownNow();
        }
        assertEquals("reviewer.one", RunAs.user(DemoUser.REVIEWER_ONE, () -> cases.caseFile(reference).assignee()));
        assertEquals(1, records.eventsOf(AuditAction.CASE_CLAIMED, reference));
    }

    @Test
    void manyReviewersClaimingTheSameCaseAtOnceLeaveExactlyOneClaim() throws Exception {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);
        long read = RunAs.user(DemoUser.REVIEWER_ONE, () -> Certificates.reviewVersion(reference));
        List<DemoUser> reviewers = List.of(DemoUser.REVIEWER_ONE, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_ONE,
                DemoUser.SENIOR_TWO);
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (DemoUser reviewer : reviewers) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        RunAs.user(reviewer, () -> decisions.claim(reference, read));
                        return reviewer.username();
                    } catch (RuleViolationException e) {
                        return e.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            List<String> winners = results.stream().filter(r -> !r.equals("rule.concurrentChange")).toList();
            assertEquals(1, winners.size(), "exactly one claim wins, the others are told the case changed: " + results);
            assertEquals(winners.get(0), RunAs.user(DemoUser.REVIEWER_ONE, () -> cases.caseFile(reference).assignee()));
            assertEquals(1, records.eventsOf(AuditAction.CASE_CLAIMED, reference));
        } finally {
            pool.shutdownNow();
        }
    }

    private static ApprovalTerms aYearFromToday() {
        return new ApprovalTerms(LocalDate.now(), LocalDate.now().plusYears(1), null);
    }
}
