package org.euc.portal.certificate.domain;

import static org.euc.portal.certificate.domain.CertificateFixtures.IMPORTER;
import static org.euc.portal.certificate.domain.CertificateFixtures.LATER;
import static org.euc.portal.certificate.domain.CertificateFixtures.REVIEWER;
import static org.euc.portal.certificate.domain.CertificateFixtures.SENIOR_REVIEWER;
import static org.euc.portal.certificate.domain.CertificateFixtures.SIGNATORY;
import static org.euc.portal.certificate.domain.CertificateFixtures.SUBMITTED_AT;
import static org.euc.portal.certificate.domain.CertificateFixtures.TERMS;
import static org.euc.portal.certificate.domain.CertificateFixtures.VALIDITY_ENDED;
import static org.euc.portal.certificate.domain.CertificateFixtures.approval;
import static org.euc.portal.certificate.domain.CertificateFixtures.assertInvalidDecision;
import static org.euc.portal.certificate.domain.CertificateFixtures.assertLastChange;
import static org.euc.portal.certificate.domain.CertificateFixtures.APPROVED_COUNTRY;
import static org.euc.portal.certificate.domain.CertificateFixtures.assertRefused;
import static org.euc.portal.certificate.domain.CertificateFixtures.certificateIn;
import static org.euc.portal.certificate.domain.CertificateFixtures.decisionOf;
import static org.euc.portal.certificate.domain.CertificateFixtures.pdf;
import static org.euc.portal.certificate.domain.CertificateFixtures.requestChanges;
import static org.euc.portal.certificate.domain.CertificateFixtures.revocation;
import static org.euc.portal.certificate.domain.CertificateFixtures.stateOf;
import static org.euc.portal.certificate.domain.CertificateFixtures.submitted;
import static org.euc.portal.certificate.domain.CertificateFixtures.suspension;
import static org.euc.portal.certificate.domain.CertificateStatus.APPROVED;
import static org.euc.portal.certificate.domain.CertificateStatus.EXPIRED;
import static org.euc.portal.certificate.domain.CertificateStatus.REVOKED;
import static org.euc.portal.certificate.domain.CertificateStatus.SUBMITTED;
import static org.euc.portal.certificate.domain.CertificateStatus.SUSPENDED;
import static org.euc.portal.certificate.domain.CertificateStatus.UNDER_REVIEW;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.CountryName;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.common.i18n.Phrase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ministry's decisions on a certificate (DESIGN.md, "Roles" and "Certificate lifecycle"): what one
 * reviewer decides alone, and the four-eyes decisions that take effect only when a different person
 * confirms what another proposed.
 */
class CertificateDecisionsTest {

    private static final Instant PROPOSED = LATER;
    private static final Instant CONFIRMED = LATER.plus(Duration.ofHours(4));
    private static final CountryStanding DELISTED_COUNTRY =
            new CountryStanding("AR", "Arcadia", false, LocalDate.of(2026, 3, 20), "Courts suspended");

    /** Where each four-eyes decision may be proposed, written out from DESIGN.md. */
    private static final Map<DecisionKind, Set<CertificateStatus>> PROPOSABLE_IN = Map.of(
            DecisionKind.APPROVE, EnumSet.of(UNDER_REVIEW),
            DecisionKind.REINSTATE, EnumSet.of(SUSPENDED),
            DecisionKind.REVOKE, EnumSet.of(APPROVED, SUSPENDED));

    // --- claiming and assigning ----------------------------------------------------------------

    @Test
    void claimingASubmittedCaseMakesItUnderReviewAndTheClaimants() {
        Certificate certificate = submitted();

        certificate.claim(REVIEWER, LATER);

        assertEquals(UNDER_REVIEW, certificate.getStatus());
        assertEquals(REVIEWER, certificate.getAssignee());
        assertLastChange(certificate, SUBMITTED, UNDER_REVIEW, "CLAIMED", REVIEWER, LATER);
    }

    @Test
    void anOpenCaseIsHandedToAColleagueWithoutAStatusChange() {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        List<StatusChange> history = certificate.getHistory();

        certificate.assignTo(SENIOR_REVIEWER, LATER);

        assertEquals(SENIOR_REVIEWER, certificate.getAssignee());
        assertEquals(UNDER_REVIEW, certificate.getStatus());
        assertEquals(history, certificate.getHistory());
    }

    @ParameterizedTest
    @EnumSource(value = CertificateStatus.class, names = {"DRAFT", "CHANGES_REQUESTED", "REJECTED", "APPROVED",
        "REVOKED", "EXPIRED", "WITHDRAWN"})
    void aClosedCaseCannotBeAssigned(CertificateStatus status) {
        Certificate certificate = certificateIn(status);

        assertRefused(certificate, "rule.case.notOpen", () -> certificate.assignTo(SENIOR_REVIEWER, LATER));
    }

    // --- decisions one reviewer takes alone ----------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = DecisionKind.class, names = {"REQUEST_CHANGES", "REJECT"})
    void aReviewerDecidesAloneRecordingReasonAndRationale(DecisionKind kind) {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        Decision decision = decisionOf(kind);

        certificate.decide(decision, REVIEWER, LATER);

        assertEquals(kind.result(), certificate.getStatus());
        StatusChange change = assertLastChange(certificate, UNDER_REVIEW, kind.result(), decision.reason().name(),
                REVIEWER, LATER);
        assertEquals(decision.rationale(), change.getRationale());
        assertNull(change.getLegalBasis());
    }

    @ParameterizedTest
    @EnumSource(value = DecisionKind.class, names = {"APPROVE", "REINSTATE", "REVOKE"})
    void decideRefusesWhatNeedsFourEyes(DecisionKind kind) {
        Certificate certificate = certificateReadyFor(kind);

        assertRefused(certificate, "rule.fourEyes.proposalNeeded",
                () -> certificate.decide(decisionOf(kind), SENIOR_REVIEWER, LATER));
        assertTrue(certificate.openProposal().isEmpty());
    }

    static Stream<Named<Consumer<Certificate>>> suspensions() {
        return Stream.of(
                Named.of("suspend()", certificate -> certificate.suspend(suspension(), REVIEWER, LATER)),
                Named.of("decide()", certificate -> certificate.decide(suspension(), REVIEWER, LATER)));
    }

    @ParameterizedTest(name = "through {0}")
    @MethodSource("suspensions")
    void aSuspensionPutsTheCaseBackInTheQueue(Consumer<Certificate> suspend) {
        Certificate certificate = certificateIn(APPROVED);
        assertEquals(SUBMITTED_AT, certificate.getWaitingSince());

        suspend.accept(certificate);

        assertEquals(SUSPENDED, certificate.getStatus());
        assertEquals(LATER, certificate.getWaitingSince());
        assertTrue(certificate.isOpenCase());
        StatusChange change = assertLastChange(certificate, APPROVED, SUSPENDED, "USE_OUTSIDE_DECLARED_PURPOSES",
                REVIEWER, LATER);
        assertEquals(Phrase.verbatim("Export Control Act s. 12"), change.getLegalBasis());
    }

    @ParameterizedTest
    @EnumSource(value = DecisionKind.class, mode = EnumSource.Mode.EXCLUDE, names = "SUSPEND")
    void suspendRefusesAnyOtherDecision(DecisionKind kind) {
        Certificate certificate = certificateIn(APPROVED);

        assertRefused(certificate, "rule.decision.reasonMismatch",
                () -> certificate.suspend(decisionOf(kind), REVIEWER, LATER));
    }

    // --- four eyes: propose, then someone else confirms ----------------------------------------

    @ParameterizedTest
    @EnumSource(value = DecisionKind.class, names = {"REQUEST_CHANGES", "REJECT", "SUSPEND"})
    void proposeRefusesWhatOneReviewerDecidesAlone(DecisionKind kind) {
        Certificate certificate = certificateIn(kind == DecisionKind.SUSPEND ? APPROVED : UNDER_REVIEW);

        assertRefused(certificate, "rule.fourEyes.notNeeded",
                () -> certificate.propose(decisionOf(kind), null, APPROVED_COUNTRY, REVIEWER, PROPOSED));
    }

    @ParameterizedTest
    @EnumSource(value = DecisionKind.class, names = {"APPROVE", "REINSTATE", "REVOKE"})
    void aProposalChangesNothingUntilConfirmed(DecisionKind kind) {
        Certificate certificate = certificateReadyFor(kind);
        CertificateStatus status = certificate.getStatus();
        List<StatusChange> history = certificate.getHistory();

        DecisionProposal proposal = propose(certificate, kind);

        assertEquals(status, certificate.getStatus());
        assertEquals(history, certificate.getHistory());
        assertSame(proposal, certificate.openProposal().orElseThrow());
        assertTrue(certificate.isOpenCase());
        assertAll("proposal",
                () -> assertEquals(ProposalState.OPEN, proposal.getState()),
                () -> assertEquals(kind, proposal.getKind()),
                () -> assertEquals(REVIEWER, proposal.getProposedBy()),
                () -> assertEquals(PROPOSED, proposal.getProposedAt()),
                () -> assertNull(proposal.getDecidedBy()));
    }

    @ParameterizedTest
    @EnumSource(value = DecisionKind.class, names = {"APPROVE", "REINSTATE", "REVOKE"})
    void theProposerCannotConfirmTheirOwnProposal(DecisionKind kind) {
        Certificate certificate = certificateReadyFor(kind);
        CertificateStatus status = certificate.getStatus();
        DecisionProposal proposal = propose(certificate, kind);

        assertRefused(certificate, "rule.fourEyes.ownProposal",
                () -> certificate.confirm(proposal, APPROVED_COUNTRY, REVIEWER, CONFIRMED));
        assertEquals(status, certificate.getStatus());
        assertTrue(proposal.isOpen());
    }

    @Test
    void aConfirmedApprovalGrantsTheProposedTermsAndRecordsBothPeople() {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        DecisionProposal proposal = certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);

        certificate.confirm(proposal, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED);

        assertEquals(APPROVED, certificate.getStatus());
        assertAll("terms",
                () -> assertEquals(LocalDate.of(2026, 4, 1), certificate.getApprovedFrom()),
                () -> assertEquals(LocalDate.of(2029, 3, 31), certificate.getApprovedUntil()),
                () -> assertEquals("only at the two declared sites", certificate.getConditions()));
        StatusChange change = assertLastChange(certificate, UNDER_REVIEW, APPROVED, "MEETS_REQUIREMENTS",
                SENIOR_REVIEWER, CONFIRMED);
        assertEquals(approval().rationale(), change.getRationale(), "the rationale as the proposer wrote it");
        assertEquals(REVIEWER, change.getProposedBy(), "the history names the proposer too, as a fact put in words when read");
        assertAll("proposal",
                () -> assertEquals(ProposalState.CONFIRMED, proposal.getState()),
                () -> assertEquals(SENIOR_REVIEWER, proposal.getDecidedBy()),
                () -> assertEquals(CONFIRMED, proposal.getDecidedAt()));
        assertTrue(certificate.openProposal().isEmpty());
        assertFalse(certificate.isOpenCase());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"APPROVE", "REINSTATE"})
    void nothingIsApprovedOrReinstatedForACountryOffTheList(DecisionKind kind) {
        Certificate certificate = certificateReadyFor(kind);

        RuleViolationException refused = assertRefused(certificate, "rule.decision.countryNotApproved",
                () -> certificate.propose(decisionOf(kind), TERMS, DELISTED_COUNTRY, REVIEWER, PROPOSED));

        assertEquals(List.of(new CountryName("AR", "Arcadia"), "2026-03-20", "Courts suspended"),
                Arrays.asList(refused.arguments()),
                "the message names the country, the day it left the list and why");
        assertTrue(certificate.openProposal().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"APPROVE", "REINSTATE"})
    void aProposalMadeWhileTheCountryWasListedCannotBeConfirmedOnceItIsNot(DecisionKind kind) {
        Certificate certificate = certificateReadyFor(kind);
        CertificateStatus before = certificate.getStatus();
        DecisionProposal proposal = propose(certificate, kind);

        assertRefused(certificate, "rule.decision.countryNotApproved",
                () -> certificate.confirm(proposal, DELISTED_COUNTRY, SENIOR_REVIEWER, CONFIRMED));

        assertEquals(before, certificate.getStatus());
        assertTrue(proposal.isOpen(), "the proposal stays open for the reviewers to withdraw");
    }

    @Test
    void aRevocationNeedsNoListedCountry() {
        Certificate certificate = certificateIn(APPROVED);
        DecisionProposal revocation = certificate.propose(revocation(), null, DELISTED_COUNTRY, REVIEWER, PROPOSED);

        certificate.confirm(revocation, DELISTED_COUNTRY, SENIOR_REVIEWER, CONFIRMED);

        assertEquals(REVOKED, certificate.getStatus());
    }

    static Stream<Arguments> confirmedDecisions() {
        return Stream.of(
                Arguments.of(DecisionKind.REINSTATE, SUSPENDED, APPROVED, "COMPLIANCE_RESTORED", null),
                Arguments.of(DecisionKind.REVOKE, APPROVED, REVOKED, "SERIOUS_VIOLATION", "Export Control Act s. 14"),
                Arguments.of(DecisionKind.REVOKE, SUSPENDED, REVOKED, "SERIOUS_VIOLATION", "Export Control Act s. 14"));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("confirmedDecisions")
    void aConfirmedProposalTakesEffectInTheConfirmersName(DecisionKind kind, CertificateStatus from,
            CertificateStatus to, String reasonCode, String legalBasis) {
        Certificate certificate = certificateIn(from);
        DecisionProposal proposal = propose(certificate, kind);

        certificate.confirm(proposal, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED);

        assertEquals(to, certificate.getStatus());
        StatusChange change = assertLastChange(certificate, from, to, reasonCode, SENIOR_REVIEWER, CONFIRMED);
        assertEquals(legalBasis == null ? null : Phrase.verbatim(legalBasis), change.getLegalBasis());
        assertEquals(REVIEWER, change.getProposedBy(), "the history names the proposer too");
        assertEquals(TERMS.validUntil(), certificate.getApprovedUntil(), "the approved validity is not touched");
    }

    static Stream<Arguments> fourEyesKindsInEveryStatus() {
        return PROPOSABLE_IN.keySet().stream().flatMap(kind -> Arrays.stream(CertificateStatus.values())
                .map(status -> Arguments.of(kind, status, PROPOSABLE_IN.get(kind).contains(status))));
    }

    @ParameterizedTest(name = "propose {0} in {1}: {2}")
    @MethodSource("fourEyesKindsInEveryStatus")
    void aFourEyesDecisionIsProposedOnlyWhereTheLifecycleAllowsIt(DecisionKind kind, CertificateStatus status,
            boolean allowed) {
        Certificate certificate = certificateIn(status);

        if (allowed) {
            propose(certificate, kind);
            assertTrue(certificate.openProposal().isPresent());
        } else {
            assertRefused(certificate, "rule.transition.illegal", () -> propose(certificate, kind));
        }
    }

    @Test
    void onlyOneProposalIsOpenAtATime() {
        Certificate certificate = certificateIn(APPROVED);
        DecisionProposal first = certificate.propose(revocation(), null, APPROVED_COUNTRY, REVIEWER, PROPOSED);

        assertRefused(certificate, "rule.proposal.alreadyOpen",
                () -> certificate.propose(revocation(), null, APPROVED_COUNTRY, SENIOR_REVIEWER, LATER));
        assertSame(first, certificate.openProposal().orElseThrow());
    }

    @Test
    void anApprovalNeedsTerms() {
        Certificate certificate = certificateIn(UNDER_REVIEW);

        assertRefused(certificate, "rule.approval.validity",
                () -> certificate.propose(approval(), null, APPROVED_COUNTRY, REVIEWER, PROPOSED));
    }

    @Test
    void onlyTheProposerWithdrawsAndAWithdrawnProposalCannotBeConfirmed() {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        DecisionProposal proposal = certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);

        assertRefused(certificate, "rule.proposal.onlyProposerWithdraws",
                () -> certificate.withdrawProposal(proposal, SENIOR_REVIEWER, LATER));
        assertTrue(proposal.isOpen());

        certificate.withdrawProposal(proposal, REVIEWER, LATER);

        assertEquals(ProposalState.WITHDRAWN, proposal.getState());
        assertEquals(REVIEWER, proposal.getDecidedBy());
        assertRefused(certificate, "rule.proposal.notOpen",
                () -> certificate.confirm(proposal, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED));
        assertRefused(certificate, "rule.proposal.notOpen",
                () -> certificate.withdrawProposal(proposal, REVIEWER, CONFIRMED));
        assertEquals(UNDER_REVIEW, certificate.getStatus());
    }

    @Test
    void afterAWithdrawalANewProposalMayBeOpened() {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        DecisionProposal withdrawn = certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);
        certificate.withdrawProposal(withdrawn, REVIEWER, LATER);

        DecisionProposal second = certificate.propose(approval(), TERMS, APPROVED_COUNTRY, SENIOR_REVIEWER, LATER);
        certificate.confirm(second, APPROVED_COUNTRY, REVIEWER, CONFIRMED);

        assertEquals(APPROVED, certificate.getStatus());
        assertEquals(ProposalState.WITHDRAWN, withdrawn.getState());
    }

    @Test
    void aConfirmedProposalCannotBeConfirmedAgain() {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        DecisionProposal proposal = certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);
        certificate.confirm(proposal, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED);

        assertRefused(certificate, "rule.proposal.notOpen",
                () -> certificate.confirm(proposal, APPROVED_COUNTRY, "senior.dora", CONFIRMED));
    }

    @Test
    void aProposalOfAnotherCertificateCannotBeUsed() {
        Certificate approvedElsewhere = certificateIn(UNDER_REVIEW);
        DecisionProposal confirmed = approvedElsewhere.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);
        approvedElsewhere.confirm(confirmed, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED);
        Certificate openElsewhere = certificateIn(UNDER_REVIEW);
        DecisionProposal open = openElsewhere.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);
        Certificate certificate = certificateIn(UNDER_REVIEW);

        assertRefused(certificate, "rule.proposal.notOpen",
                () -> certificate.confirm(confirmed, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED));
        assertRefused(certificate, "rule.proposal.notOpen",
                () -> certificate.confirm(open, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED));
        assertRefused(certificate, "rule.proposal.notOpen",
                () -> certificate.withdrawProposal(open, REVIEWER, CONFIRMED));
        assertEquals(UNDER_REVIEW, certificate.getStatus());
        assertTrue(open.isOpen(), "the other certificate's proposal is left alone");
    }

    @Test
    void aProposalOvertakenByAnotherMoveCannotBeConfirmed() {
        Certificate certificate = certificateIn(APPROVED);
        DecisionProposal revocation = certificate.propose(revocation(), null, APPROVED_COUNTRY, REVIEWER, PROPOSED);
        certificate.expire(VALIDITY_ENDED);

        assertEquals(ProposalState.WITHDRAWN, revocation.getState(), "the expiry closed the revocation proposal");
        assertRefused(certificate, "rule.proposal.notOpen",
                () -> certificate.confirm(revocation, APPROVED_COUNTRY, SENIOR_REVIEWER, VALIDITY_ENDED));
        assertEquals(EXPIRED, certificate.getStatus());
    }

    @Test
    void aChangeRequestLapsesAnOpenApprovalProposalSoItCanNeverApproveALaterRevision() {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        DecisionProposal stale = certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);

        certificate.decide(requestChanges(), REVIEWER, LATER);

        assertEquals(ProposalState.WITHDRAWN, stale.getState());
        assertEquals("system", stale.getDecidedBy());
        assertTrue(certificate.openProposal().isEmpty());
        assertThrows(RuleViolationException.class, () -> certificate.confirm(stale, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED));
        assertNotEquals(APPROVED, certificate.getStatus());
    }

    // --- compliance flags ----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = FlagRule.class, mode = EnumSource.Mode.MATCH_ANY, names = "LEDGER_.*")
    void ledgerFindingsAreForReviewersToActOnAndDoNotBlock(FlagRule rule) {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        ComplianceFlag flag = certificate.raiseFlag(rule, Phrase.verbatim("entry 3: finding"), 3L, "system", LATER);

        assertFalse(flag.isOpenAndBlocking());
        assertEquals(3L, flag.getLedgerEntryId());
        certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);
        assertTrue(certificate.openProposal().isPresent());
    }

    @ParameterizedTest
    @EnumSource(value = FlagRule.class, names = {"SIGNATORY_CHANGED", "OFFENCE_CATALOGUE_CHANGED"})
    void anOpenBlockingFlagPreventsProposingAnApprovalUntilResolved(FlagRule rule) {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        ComplianceFlag flag = certificate.raiseFlag(rule, Phrase.verbatim("signatory differs from revision 1"),
                "system", LATER);
        assertTrue(flag.isOpenAndBlocking());

        assertRefused(certificate, "rule.approval.blockingFlags",
                () -> certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED));

        flag.resolve(SENIOR_REVIEWER, "the new director was registered on 1 March", LATER);
        certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);
        assertTrue(certificate.openProposal().isPresent());
    }

    @Test
    void aBlockingFlagRaisedAfterTheProposalPreventsConfirmingUntilResolved() {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        DecisionProposal proposal = certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, PROPOSED);
        ComplianceFlag flag = certificate.raiseFlag(FlagRule.OFFENCE_CATALOGUE_CHANGED,
                Phrase.verbatim("PC-100 penalty lowered"), "system", LATER);

        assertRefused(certificate, "rule.approval.blockingFlags",
                () -> certificate.confirm(proposal, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED));
        assertTrue(proposal.isOpen());

        flag.resolve(SENIOR_REVIEWER, "the declared offence still carries 8 years", CONFIRMED);
        certificate.confirm(proposal, APPROVED_COUNTRY, SENIOR_REVIEWER, CONFIRMED);
        assertEquals(APPROVED, certificate.getStatus());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void resolvingAFlagNeedsAWrittenReason(String reason) {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        ComplianceFlag flag = certificate.raiseFlag(FlagRule.SIGNATORY_CHANGED, Phrase.verbatim("new signatory"), "system", LATER);

        assertRefused(certificate, "rule.flag.reasonRequired", () -> flag.resolve(SENIOR_REVIEWER, reason, LATER));
        assertTrue(flag.isOpenAndBlocking());
    }

    @Test
    void aFlagIsResolvedOnlyOnce() {
        Certificate certificate = certificateIn(UNDER_REVIEW);
        ComplianceFlag flag = certificate.raiseFlag(FlagRule.SIGNATORY_CHANGED, Phrase.verbatim("new signatory"), "system", LATER);
        flag.resolve(SENIOR_REVIEWER, "  registered on 1 March  ", LATER);

        assertRefused(certificate, "rule.flag.alreadyResolved",
                () -> flag.resolve(REVIEWER, "second opinion", CONFIRMED));
        assertAll("first resolution kept",
                () -> assertEquals(SENIOR_REVIEWER, flag.getResolvedBy()),
                () -> assertEquals(Phrase.verbatim("registered on 1 March"), flag.getResolution()),
                () -> assertEquals(LATER, flag.getResolvedAt()),
                () -> assertFalse(flag.isOpenAndBlocking()));
    }

    // --- what a decision must state ------------------------------------------------------------

    /** Each reason paired with a kind it does not belong to. */
    static Stream<Arguments> reasonsOfAnotherKind() {
        DecisionKind[] kinds = DecisionKind.values();
        return Arrays.stream(DecisionReason.values())
                .map(reason -> Arguments.of(kinds[(reason.kind().ordinal() + 1) % kinds.length], reason));
    }

    @ParameterizedTest(name = "{0} because {1}")
    @MethodSource("reasonsOfAnotherKind")
    void aDecisionRefusesAReasonOfAnotherKind(DecisionKind kind, DecisionReason reason) {
        assertInvalidDecision("rule.decision.reasonMismatch",
                () -> new Decision(kind, reason, "a rationale", "Export Control Act s. 12"));
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void aDecisionNeedsAReason(DecisionKind kind) {
        assertInvalidDecision("rule.decision.reasonMismatch",
                () -> new Decision(kind, null, "a rationale", "Export Control Act s. 12"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void aDecisionNeedsAWrittenRationale(String rationale) {
        assertInvalidDecision("rule.decision.rationaleRequired",
                () -> new Decision(DecisionKind.REJECT, DecisionReason.RISK_OF_MISUSE, rationale, null));
    }

    static Stream<Arguments> suspensionAndRevocationWithoutLegalBasis() {
        return Stream.of(null, "", "  ").flatMap(basis -> Stream.of(
                Arguments.of(DecisionKind.SUSPEND, DecisionReason.DISCRIMINATORY_USE, basis),
                Arguments.of(DecisionKind.REVOKE, DecisionReason.REPEATED_VIOLATION, basis)));
    }

    @ParameterizedTest(name = "{0} under [{2}]")
    @MethodSource("suspensionAndRevocationWithoutLegalBasis")
    void suspensionAndRevocationNeedALegalBasis(DecisionKind kind, DecisionReason reason, String basis) {
        assertInvalidDecision("rule.decision.legalBasisRequired",
                () -> new Decision(kind, reason, "use against a journalist", basis));
    }

    @Test
    void aDecisionKeepsItsTextWithoutSurroundingBlanks() {
        Decision decision = new Decision(DecisionKind.SUSPEND, DecisionReason.FAILURE_TO_REPORT,
                "  no entries for six months \n", " Export Control Act s. 12 ");

        assertEquals(Phrase.verbatim("no entries for six months"), decision.rationale());
        assertEquals(Phrase.verbatim("Export Control Act s. 12"), decision.legalBasis());
        assertNull(new Decision(DecisionKind.REJECT, DecisionReason.OTHER_REJECTION, "see the file", "  ").legalBasis());
    }

    // --- expiry --------------------------------------------------------------------------------

    @Test
    void anApprovedCertificateExpiresInTheSystemsName() {
        Certificate certificate = certificateIn(APPROVED);

        certificate.expire(VALIDITY_ENDED);

        assertEquals(EXPIRED, certificate.getStatus());
        assertLastChange(certificate, APPROVED, EXPIRED, "VALIDITY_ENDED", "system", VALIDITY_ENDED);
        // expiry from any other status: CertificateLifecycleTest, the moves the lifecycle forbids
    }

    @Test
    void aCertificateDoesNotExpireWhileItsApprovalIsValid() {
        Certificate certificate = certificateIn(APPROVED);
        List<Object> before = stateOf(certificate);

        assertThrows(RuleViolationException.class, () -> certificate.expire(LATER));

        assertEquals(before, stateOf(certificate));
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A certificate in the status where this four-eyes decision may be proposed. */
    private static Certificate certificateReadyFor(DecisionKind kind) {
        return certificateIn(switch (kind) {
            case APPROVE -> UNDER_REVIEW;
            case REINSTATE -> SUSPENDED;
            case REVOKE -> APPROVED;
            default -> throw new IllegalArgumentException(kind + " needs no proposal");
        });
    }

    /** {@link CertificateFixtures#REVIEWER} proposes; an approval comes with the fixture's terms. */
    private static DecisionProposal propose(Certificate certificate, DecisionKind kind) {
        ApprovalTerms terms = kind == DecisionKind.APPROVE ? TERMS : null;
        return certificate.propose(decisionOf(kind), terms, APPROVED_COUNTRY, REVIEWER, PROPOSED);
    }
}
