package org.euc.portal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.AccessDeniedException;
import org.euc.portal.ledger.domain.AuthorizationInput;
import org.euc.portal.ledger.domain.AuthorizationKind;
import org.euc.portal.ledger.domain.EntryType;
import org.euc.portal.ledger.domain.LedgerChannel;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.euc.portal.ledger.service.AuthorizationLedger;
import org.euc.portal.ledger.service.LedgerVerification;
import org.euc.portal.ledger.service.LedgerVerifier;
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
 * The authorization ledger's services inside the server: one chain per certificate that neither a
 * rolled-back append nor simultaneous writers can gap or fork, the agency and role boundaries with
 * their refusals audited, and compliance flags that commit, roll back and close with their entries.
 */
@InContainerTest
class LedgerServicesInContainerIT {

    /** What Certificates declares as the certificate's purpose, so an authorization on it raises no flag. */
    private static final TerroristAct DECLARED_ACT = TerroristAct.KIDNAPPING_OR_HOSTAGE_TAKING;
    private static final int SIMULTANEOUS_WRITERS = 6;

    @Deployment
    static WebArchive portal() {
        return PortalCopy.with(LedgerServicesInContainerIT.class);
    }

    @Inject
    AuthorizationLedger ledger;

    @Inject
    LedgerVerifier verifier;

    @Inject
    Records records;

    @Test
    void anEntryRolledBackWithItsTransactionLeavesNoGapInTheChain() throws Exception {
        String reference = approvedCertificate();
        record(reference, authorizationUsed(today(), today()));

        records.inTransactionRolledBack(() -> {
            LedgerEntryView uncommitted = record(reference, authorizationUsed(today(), today()));
            assertEquals(2, uncommitted.position());
            assertEquals(2, entriesOf(reference), "inside the transaction the entry is there");
        });

        assertEquals(1, entriesOf(reference), "the entry went with its transaction");
        LedgerEntryView committed = record(reference, authorizationUsed(today(), today()));
        assertEquals(2, committed.position(), "the next entry takes the position the rolled-back one had");
        assertChainUnbroken(reference, 2);
    }

    @Test
    void simultaneousAppendsToOneLedgerWaitForEachOtherAndNeverForkTheChain() throws Exception {
        String reference = approvedCertificate();
        CyclicBarrier start = new CyclicBarrier(SIMULTANEOUS_WRITERS);
        // released together, so every writer reads the chain's end at the same moment unless the lock makes it wait
        Callable<LedgerEntryView> append = () -> RunAs.user(DemoUser.IMPORTER_ARCADIA, () -> {
            start.await(1, TimeUnit.MINUTES);
            return ledger.record(reference, authorizationUsed(today(), today()), null, LedgerChannel.API);
        });
        ExecutorService writers = Executors.newFixedThreadPool(SIMULTANEOUS_WRITERS);
        List<Integer> positions = new ArrayList<>();
        try {
            List<Future<LedgerEntryView>> appends = new ArrayList<>();
            for (int i = 0; i < SIMULTANEOUS_WRITERS; i++) {
                appends.add(writers.submit(append));
            }
            for (Future<LedgerEntryView> appended : appends) {
                // a clean entry changes nothing on the certificate, so no writer loses on its version: all succeed
                positions.add(appended.get(2, TimeUnit.MINUTES).position());
            }
        } finally {
            writers.shutdownNow();
        }

        assertEquals(IntStream.rangeClosed(1, SIMULTANEOUS_WRITERS).boxed().toList(), positions.stream().sorted().toList(),
                "each writer got its own position, none skipped: " + positions);
        assertChainUnbroken(reference, SIMULTANEOUS_WRITERS);
    }

    @Test
    void anotherAgencysImporterNeitherRecordsNorReadsTheLedgerAndIsAudited() {
        String reference = approvedCertificate();
        String subject = "certificate " + reference;
        long refusalsBefore = records.refusalsOf(DemoUser.IMPORTER_BOREALIA, subject);

        NoSuchRecordException recording = assertThrows(NoSuchRecordException.class, () -> RunAs.user(
                DemoUser.IMPORTER_BOREALIA, () -> ledger.record(reference, authorizationUsed(today(), today()), null,
                        LedgerChannel.API)));
        assertThrows(NoSuchRecordException.class,
                () -> RunAs.user(DemoUser.IMPORTER_BOREALIA, () -> ledger.entries(reference, 0, 200)));

        assertEquals(new NoSuchRecordException("Certificate", reference).getMessage(), recording.getMessage(),
                "answered exactly like a reference that does not exist");
        assertEquals(refusalsBefore + 2, records.refusalsOf(DemoUser.IMPORTER_BOREALIA, subject),
                "both attempts are on record although their transactions rolled back");
        assertEquals(0, entriesOf(reference));
    }

    @Test
    void aReviewerCallingTheRecordingServiceIsRefusedByRoleAndTheRefusalIsAudited() {
        String reference = approvedCertificate();
        String operation = "AuthorizationLedger.record";
        long refusalsBefore = records.refusalsOf(DemoUser.REVIEWER_ONE, operation);

        assertThrows(AccessDeniedException.class, () -> RunAs.user(DemoUser.REVIEWER_ONE,
                () -> ledger.record(reference, authorizationUsed(today(), today()), null, LedgerChannel.API)));

        assertEquals(refusalsBefore + 1, records.refusalsOf(DemoUser.REVIEWER_ONE, operation));
        assertEquals(0, entriesOf(reference), "refused before anything happened");
    }

    @Test
    void aRuleFindingBecomesAFlagThatCommitsAndRollsBackWithItsEntry() throws Exception {
        String reference = approvedCertificate();
        // the certificate is valid from today: days of use before it were not covered by it
        AuthorizationInput usedBeforeTheApproval = authorizationUsed(today().minusDays(4), today().minusDays(1));

        records.inTransactionRolledBack(() -> {
            LedgerEntryView uncommitted = record(reference, usedBeforeTheApproval);
            assertEquals(1, uncommitted.openFlags());
            assertEquals(1, flagsOnLedgerOf(reference), "inside the transaction the flag is there with its entry");
        });
        assertEquals(0, entriesOf(reference));
        assertEquals(0, flagsOnLedgerOf(reference), "the flag went with its entry");

        LedgerEntryView entry = record(reference, usedBeforeTheApproval);

        List<Flag> flags = flagsOn(entry);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(FlagRule.LEDGER_USE_OUTSIDE_CERTIFICATE_VALIDITY.name(), flags.get(0).rule());
        assertEquals("system", flags.get(0).raisedBy());
        assertTrue(flags.get(0).detail().startsWith("entry " + entry.position() + ": "), flags.get(0).detail());
        assertNull(flags.get(0).resolution(), "open until someone deals with it");
    }

    @Test
    void aCorrectionSupersedesTheOriginalsOpenFlagsNamingItsPosition() {
        String reference = approvedCertificate();
        LedgerEntryView mistyped = record(reference, authorizationUsed(today().minusDays(4), today().minusDays(1)));
        assertEquals(1, flagsOn(mistyped).size());

        LedgerEntryView correction = RunAs.user(DemoUser.IMPORTER_ARCADIA, () -> ledger.amend(reference,
                mistyped.position(), EntryType.CORRECTION, "used from today, not from four days ago",
                authorizationUsed(today(), today()), null, LedgerChannel.FORM));

        assertEquals(EntryType.CORRECTION, correction.type());
        assertEquals(mistyped.position(), correction.amendsPosition());
        assertEquals(0, correction.openFlags(), "judged on the corrected facts");
        Flag superseded = flagsOn(mistyped).get(0);
        assertEquals("system", superseded.resolvedBy());
        assertEquals("superseded by the correction at position " + correction.position(), superseded.resolution());
        List<LedgerEntryView> entries = RunAs.user(DemoUser.IMPORTER_ARCADIA, () -> ledger.entries(reference, 0, 200));
        assertEquals(List.of(0L, 0L), entries.stream().map(LedgerEntryView::openFlags).toList(),
                "the agency's ledger shows nothing open any more");
        assertChainUnbroken(reference, 2);
    }

    @Test
    void anAttestationOfNoUseIsChainedLikeAnEntryAndAFuturePeriodTakesNoPosition() {
        String reference = approvedCertificate();
        record(reference, authorizationUsed(today(), today()));
        // the service judges "not in the future" by the UTC day, whatever the server's zone
        LocalDate todayUtc = LocalDate.now(ZoneOffset.UTC);

        LedgerEntryView attested = RunAs.user(DemoUser.IMPORTER_ARCADIA,
                () -> ledger.attestNoUse(reference, todayUtc.minusDays(3), todayUtc, LedgerChannel.FORM));
        RuleViolationException future = assertThrows(RuleViolationException.class, () -> RunAs.user(
                DemoUser.IMPORTER_ARCADIA, () -> ledger.attestNoUse(reference, todayUtc, todayUtc.plusDays(1),
                        LedgerChannel.FORM)));

        assertEquals(EntryType.NO_USE_ATTESTATION, attested.type());
        assertEquals(2, attested.position());
        assertEquals("rule.ledger.attestationPeriod", future.messageKey());
        assertEquals(3, record(reference, authorizationUsed(today(), today())).position(),
                "the refused attestation took no position");
        assertChainUnbroken(reference, 3);
    }

    /** Reads of the chain as stored, independent of the verifier: position, link to the predecessor, hash. */
    private record Link(int position, String previousHash, String hash) {
    }

    /** A compliance flag as stored; an open one has no resolution. */
    private record Flag(String rule, String detail, String raisedBy, String resolvedBy, String resolution) {
    }

    /**
     * The chain has exactly the positions 1 to length, each entry points at its predecessor's hash,
     * and the auditors' verifier (with the signed checkpoints) agrees.
     */
    private void assertChainUnbroken(String reference, int length) {
        List<Link> chain = chainOf(reference);
        assertEquals(IntStream.rangeClosed(1, length).boxed().toList(), chain.stream().map(Link::position).toList());
        String expectedPrevious = HashChain.GENESIS;
        for (Link link : chain) {
            assertEquals(expectedPrevious, link.previousHash(), "the link of position " + link.position());
            expectedPrevious = link.hash();
        }
        LedgerVerification verification = RunAs.user(DemoUser.AUDITOR_ONE, () -> verifier.verifyCertificate(reference));
        assertTrue(verification.intact(), verification.broken().toString());
        assertEquals(length, verification.entries());
    }

    private List<Link> chainOf(String reference) {
        return records.rowsOf("SELECT e.position, e.previous_hash, e.hash FROM ledger_entry e "
                + "JOIN certificate c ON c.id = e.certificate_id WHERE c.reference = ?1 ORDER BY e.position", reference)
                .stream().map(row -> new Link(((Number) row[0]).intValue(), (String) row[1], (String) row[2])).toList();
    }

    private List<Flag> flagsOn(LedgerEntryView entry) {
        return records.rowsOf("SELECT rule, detail_phrase, raised_by, resolved_by, resolution_phrase FROM compliance_flag "
                + "WHERE ledger_entry_id = ?1 ORDER BY id", entry.id())
                .stream().map(row -> new Flag((String) row[0], english(row[1]), (String) row[2], (String) row[3],
                        english(row[4]))).toList();
    }

    /** What the portal stored as a phrase, worded in English. */
    private static String english(Object storedPhrase) {
        return storedPhrase == null ? null : Phrase.fromJson((String) storedPhrase).toString();
    }

    private long flagsOnLedgerOf(String reference) {
        return records.count("SELECT count(*) FROM compliance_flag f JOIN certificate c ON c.id = f.certificate_id "
                + "WHERE c.reference = ?1 AND f.ledger_entry_id IS NOT NULL", reference);
    }

    private long entriesOf(String reference) {
        return records.count("SELECT count(*) FROM ledger_entry e JOIN certificate c ON c.id = e.certificate_id "
                + "WHERE c.reference = ?1", reference);
    }

    private LedgerEntryView record(String reference, AuthorizationInput input) {
        return RunAs.user(DemoUser.IMPORTER_ARCADIA, () -> ledger.record(reference, input, null, LedgerChannel.FORM));
    }

    /** A fresh Arcadian certificate, approved from today for a year, with an empty ledger. */
    private static String approvedCertificate() {
        return Certificates.approvedBy(DemoUser.IMPORTER_ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
    }

    /**
     * A judicial order on the declared act, issued five days ago (within the recording limit) and valid
     * for a month from then, for one target: from today's days of use it raises no flag.
     */
    private static AuthorizationInput authorizationUsed(LocalDate from, LocalDate until) {
        LocalDate issued = today().minusDays(5);
        return new AuthorizationInput("ORD-IC-" + System.nanoTime(), "Arcadia High Court", AuthorizationKind.JUDICIAL_ORDER,
                null, issued, issued, issued.plusDays(30), from, until, DECLARED_ACT, null, 1, "OP-IC");
    }

    /** Today as Certificates approves from it (the server's zone), so "used today" is inside the approval. */
    private static LocalDate today() {
        return LocalDate.now();
    }
}
