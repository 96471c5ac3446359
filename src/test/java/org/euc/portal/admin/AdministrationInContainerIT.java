package org.euc.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.euc.portal.admin.service.AgencyAdministration;
import org.euc.portal.admin.service.AgencyRow;
import org.euc.portal.admin.service.CountryAdministration;
import org.euc.portal.admin.service.OffenceAdministration;
import org.euc.portal.admin.service.UserAdministration;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.security.AccessDeniedException;
import org.euc.portal.reference.domain.AgencyKind;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.reference.service.OffenceCatalogueCsv.OffenceLine;
import org.euc.portal.review.service.ReviewDecisions;
import org.euc.portal.review.service.ReviewJobs;
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
 * The administration services as the security and transaction boundary, inside the server: only
 * administrators get in and every refusal is audited, administrators do not decide cases, a
 * decision rolls back with its audit event, and two administrators editing the same record at
 * once cannot both win.
 *
 * <p>Shared data stays as it was: agencies are this class's own (codes {@value #AGENCY_PREFIX}…,
 * all in one country that had none), offences have codes of their own in Arcadia's catalogue, and
 * country decisions are made on countries without agencies and rolled back.
 */
@InContainerTest
class AdministrationInContainerIT {

    private static final String AGENCY_PREFIX = "IC-ADM-";
    private static final String ARCADIA = "XA";
    private static final List<DemoUser> NOT_ADMINISTRATORS =
            List.of(DemoUser.REVIEWER_ONE, DemoUser.AUDITOR_ONE, DemoUser.IMPORTER_ARCADIA);
    /** No proposal has this id: a refusal must come before the service even looks for it. */
    private static final long NO_SUCH_PROPOSAL = -1;

    @Deployment
    static WebArchive portal() {
        return PortalCopy.with(AdministrationInContainerIT.class);
    }

    @Inject
    CountryAdministration countries;

    @Inject
    AgencyAdministration agencies;

    @Inject
    OffenceAdministration offences;

    @Inject
    UserAdministration users;

    @Inject
    ReviewDecisions decisions;

    @Inject
    ReviewJobs jobs;

    @Inject
    UserTransaction transaction;

    @Inject
    Records records;

    /** One call of an administration service, named as the audit log names a refused one. */
    private record Operation(String name, RunAs.Work call) {
    }

    @Test
    void everyAdministrationServiceRefusesReviewersAuditorsAndImportersAuditsEachRefusalAndLetsTheAdministratorIn() {
        String country = records.spareCountry();
        boolean requiredBefore = records.judicialOrderRequired(country);
        String agency = uniqueAgencyCode();
        String agencyCountry = countryOfTestAgencies();
        String offence = uniqueOffenceCode();
        List<Operation> operations = List.of(
                // the profile it already has: even the administrator's call leaves the country as it was
                new Operation("CountryAdministration.setJudicialOrderRequired",
                        () -> countries.setJudicialOrderRequired(country, requiredBefore)),
                new Operation("AgencyAdministration.create",
                        () -> agencies.create(agency, "In-container test agency", AgencyKind.POLICE, agencyCountry)),
                new Operation("OffenceAdministration.create",
                        () -> offences.create(ARCADIA, offenceLine(offence, 4, LocalDate.of(2020, 1, 1)))),
                new Operation("UserAdministration.user", () -> users.user(DemoUser.REVIEWER_ONE.username())));
        long profileEventsBefore = records.eventsOf(AuditAction.COUNTRY_PROFILE_CHANGED, country);

        for (DemoUser user : NOT_ADMINISTRATORS) {
            for (Operation operation : operations) {
                long refusalsBefore = records.refusalsOf(user, operation.name());
                assertThrows(AccessDeniedException.class, () -> RunAs.user(user, operation.call()),
                        user.username() + " calling " + operation.name());
                assertEquals(refusalsBefore + 1, records.refusalsOf(user, operation.name()),
                        "the refusal of " + user.username() + " calling " + operation.name() + " is audited");
            }
        }
        assertEquals(profileEventsBefore, records.eventsOf(AuditAction.COUNTRY_PROFILE_CHANGED, country),
                "nothing happened");
        assertEquals(0, records.count("SELECT count(*) FROM agency WHERE code = ?1", agency), "nothing was created");
        assertEquals(0, records.count("SELECT count(*) FROM offence WHERE offence_code = ?1", offence),
                "nothing was created");

        for (Operation operation : operations) {
            long refusalsBefore = records.refusalsOf(DemoUser.ADMIN_ONE, operation.name());
            RunAs.user(DemoUser.ADMIN_ONE, operation.call());
            assertEquals(refusalsBefore, records.refusalsOf(DemoUser.ADMIN_ONE, operation.name()), operation.name());
        }
        assertEquals(profileEventsBefore + 1, records.eventsOf(AuditAction.COUNTRY_PROFILE_CHANGED, country));
        assertEquals(requiredBefore, records.judicialOrderRequired(country));
        assertEquals(1, records.eventsOf(AuditAction.AGENCY_CREATED, agency));
        assertEquals(1, records.eventsOf(AuditAction.OFFENCE_CREATED, offence));
    }

    @Test
    void approvingACountryInATransactionRolledBackLeavesNeitherTheDecisionNorItsAuditEvent() throws Exception {
        String country = records.spareCountry();
        boolean approvedBefore = RunAs.user(DemoUser.ADMIN_ONE, () -> countries.row(country).approved());
        long decisionsBefore = records.decisionsOn(country);
        long eventsBefore = records.eventsOf(AuditAction.COUNTRY_APPROVED, country);

        records.inTransactionRolledBack(() -> {
            RunAs.user(DemoUser.ADMIN_ONE, () -> countries.approve(List.of(country), LocalDate.now(ZoneOffset.UTC),
                    "In-container test: approved, then rolled back"));
            assertEquals(decisionsBefore + 1, records.decisionsOn(country), "inside the transaction the decision is there");
            assertEquals(eventsBefore + 1, records.eventsOf(AuditAction.COUNTRY_APPROVED, country), "and so is its event");
        });

        assertEquals(decisionsBefore, records.decisionsOn(country), "the decision went with its transaction");
        assertEquals(eventsBefore, records.eventsOf(AuditAction.COUNTRY_APPROVED, country), "and its audit event with it");
        assertEquals(approvedBefore, RunAs.user(DemoUser.ADMIN_ONE, () -> countries.row(country).approved()));
    }

    @Test
    void anAgencyChangeWithAStaleVersionIsRefusedAsAConcurrentChangeAndChangesNothing() {
        String agency = createdAgency();
        long read = agencyRow(agency).version();
        RunAs.user(DemoUser.ADMIN_ONE,
                () -> agencies.change(agency, "Renamed by the first administrator", AgencyKind.POLICE, read));

        RuleViolationException staleChange = assertThrows(RuleViolationException.class, () -> RunAs.user(
                DemoUser.ADMIN_ONE, () -> agencies.change(agency, "Renamed from a stale form", AgencyKind.JUDICIAL, read)));
        RuleViolationException staleDeactivation = assertThrows(RuleViolationException.class, () -> RunAs.user(
                DemoUser.ADMIN_ONE, () -> agencies.deactivate(agency, "deactivated from a stale form", read)));

        assertEquals("rule.concurrentChange", staleChange.messageKey());
        assertEquals("rule.concurrentChange", staleDeactivation.messageKey());
        AgencyRow now = agencyRow(agency);
        assertEquals("Renamed by the first administrator", now.name());
        assertEquals(AgencyKind.POLICE, now.kind());
        assertTrue(now.active());
        assertEquals(read + 1, now.version(), "only the first change counted");
        assertEquals(1, records.eventsOf(AuditAction.AGENCY_CHANGED, agency), "only the first change was audited");
    }

    /**
     * The first revision's transaction is held open, with the entry locked, until the second
     * revision is seen waiting for it in PostgreSQL: the two really overlap, without sleeping.
     */
    @Test
    void twoRevisionsOfTheSameVersionAtOnceMakeOneSuccessorAndTheSecondIsToldTheVersionIsNoLongerCurrent()
            throws Exception {
        String code = uniqueOffenceCode();
        long original = RunAs.user(DemoUser.ADMIN_ONE, () -> offences.create(ARCADIA,
                offenceLine(code, 4, LocalDate.of(2020, 1, 1))));
        ExecutorService secondAdministrator = Executors.newSingleThreadExecutor();
        try {
            long first;
            Future<Long> second;
            transaction.begin();
            try {
                first = RunAs.user(DemoUser.ADMIN_ONE,
                        () -> offences.revise(original, offenceLine(code, 8, LocalDate.of(2026, 3, 1))));
                second = secondAdministrator.submit(() -> RunAs.user(DemoUser.ADMIN_ONE,
                        () -> offences.revise(original, offenceLine(code, 10, LocalDate.of(2026, 6, 1)))));
                records.awaitBlockedByThisTransaction(second, Duration.ofMinutes(1));
                transaction.commit();
            } finally {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback(); // an assertion failed: release the entry so the second revision ends
                }
            }

            ExecutionException lost = assertThrows(ExecutionException.class, () -> second.get(1, TimeUnit.MINUTES));
            RuleViolationException refused = assertInstanceOf(RuleViolationException.class, lost.getCause());
            assertEquals("rule.offence.notCurrent", refused.messageKey());
            List<Offence> versions = RunAs.user(DemoUser.ADMIN_ONE, () -> offences.history(ARCADIA, code));
            assertEquals(List.of(first, original), versions.stream().map(Offence::getId).toList(),
                    "exactly one successor, the first revision's");
            assertEquals(8, versions.get(0).getMaxPenaltyYears());
            assertEquals(LocalDate.of(2026, 3, 1), versions.get(1).getEffectiveUntil(), "closed once, by the winner");
            assertEquals(1, records.eventsOf(AuditAction.OFFENCE_CHANGED, code));
        } finally {
            secondAdministrator.shutdownNow();
        }
    }

    @Test
    void anAdministratorNeitherClaimsNorConfirmsCasesAndEachAttemptIsAudited() {
        String reference = Certificates.submittedBy(DemoUser.IMPORTER_ARCADIA);
        long version = RunAs.user(DemoUser.REVIEWER_ONE, () -> Certificates.reviewVersion(reference));
        long claimRefusals = records.refusalsOf(DemoUser.ADMIN_ONE, "ReviewDecisions.claim");
        long confirmRefusals = records.refusalsOf(DemoUser.ADMIN_ONE, "ReviewDecisions.confirm");

        assertThrows(AccessDeniedException.class,
                () -> RunAs.user(DemoUser.ADMIN_ONE, () -> decisions.claim(reference, version)));
        assertThrows(AccessDeniedException.class,
                () -> RunAs.user(DemoUser.ADMIN_ONE, () -> decisions.confirm(reference, version, NO_SUCH_PROPOSAL)));

        assertEquals(claimRefusals + 1, records.refusalsOf(DemoUser.ADMIN_ONE, "ReviewDecisions.claim"));
        assertEquals(confirmRefusals + 1, records.refusalsOf(DemoUser.ADMIN_ONE, "ReviewDecisions.confirm"));
        assertEquals("SUBMITTED", records.statusOf(reference), "nothing happened to the case");
        assertEquals(0, records.eventsOf(AuditAction.CASE_CLAIMED, reference));
    }

    @Test
    void theScheduledJobsRunAtOnceForTheAdministratorButNotForAReviewer() {
        String operation = "ReviewJobs.runNow";
        long reviewerRefusals = records.refusalsOf(DemoUser.REVIEWER_ONE, operation);
        long administratorRefusals = records.refusalsOf(DemoUser.ADMIN_ONE, operation);

        assertThrows(AccessDeniedException.class, () -> RunAs.user(DemoUser.REVIEWER_ONE, () -> jobs.runNow()));
        ReviewJobs.Outcome outcome = RunAs.user(DemoUser.ADMIN_ONE, () -> jobs.runNow());

        assertEquals(reviewerRefusals + 1, records.refusalsOf(DemoUser.REVIEWER_ONE, operation));
        assertEquals(administratorRefusals, records.refusalsOf(DemoUser.ADMIN_ONE, operation));
        assertNotNull(outcome, "the jobs ran for the administrator");
    }

    /** A new agency of this class, created by the administrator. @return its code */
    private String createdAgency() {
        String code = uniqueAgencyCode();
        String country = countryOfTestAgencies();
        RunAs.user(DemoUser.ADMIN_ONE, () -> agencies.create(code, "In-container test agency", AgencyKind.POLICE, country));
        return code;
    }

    private AgencyRow agencyRow(String code) {
        return RunAs.user(DemoUser.ADMIN_ONE, () -> agencies.agency(code));
    }

    /**
     * The country this class's agencies belong to: the one its earlier agencies went to, else a
     * country without agencies. Only one spare country is ever used up, and never a demo one.
     */
    private String countryOfTestAgencies() {
        String earlier = records.valueOf(String.class, "SELECT min(country_code) FROM agency WHERE code LIKE ?1",
                AGENCY_PREFIX + "%");
        return earlier != null ? earlier : records.spareCountry();
    }

    private static OffenceLine offenceLine(String code, int maxPenaltyYears, LocalDate effectiveFrom) {
        return new OffenceLine(code, "Penal Code s. 99", "In-container test offence", maxPenaltyYears, false,
                OffenceCategory.CYBER, effectiveFrom);
    }

    private static String uniqueAgencyCode() {
        return AGENCY_PREFIX + randomCode(8);
    }

    private static String uniqueOffenceCode() {
        return ARCADIA + "-IC-" + randomCode(10);
    }

    /** Upper-case letters and digits, as agency and offence codes allow. */
    private static String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            code.append(Character.forDigit(random.nextInt(36), 36));
        }
        return code.toString().toUpperCase(Locale.ROOT);
    }
}
