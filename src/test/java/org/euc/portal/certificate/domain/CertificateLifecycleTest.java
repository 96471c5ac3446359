package org.euc.portal.certificate.domain;

import static org.euc.portal.certificate.domain.CertificateFixtures.IMPORTER;
import static org.euc.portal.certificate.domain.CertificateFixtures.LATER;
import static org.euc.portal.certificate.domain.CertificateFixtures.ORGANISED_CRIME;
import static org.euc.portal.certificate.domain.CertificateFixtures.OTHER_SIGNATORY;
import static org.euc.portal.certificate.domain.CertificateFixtures.REVIEWER;
import static org.euc.portal.certificate.domain.CertificateFixtures.SIGNATORY;
import static org.euc.portal.certificate.domain.CertificateFixtures.SIGNED;
import static org.euc.portal.certificate.domain.CertificateFixtures.SUBMITTED_AT;
import static org.euc.portal.certificate.domain.CertificateFixtures.AGENCY;
import static org.euc.portal.certificate.domain.CertificateFixtures.DRAFTED;
import static org.euc.portal.certificate.domain.CertificateFixtures.EDITED;
import static org.euc.portal.certificate.domain.CertificateFixtures.TERMS;
import static org.euc.portal.certificate.domain.CertificateFixtures.approval;
import static org.euc.portal.certificate.domain.CertificateFixtures.assertLastChange;
import static org.euc.portal.certificate.domain.CertificateFixtures.APPROVED_COUNTRY;
import static org.euc.portal.certificate.domain.CertificateFixtures.assertRefused;
import static org.euc.portal.certificate.domain.CertificateFixtures.certificateIn;
import static org.euc.portal.certificate.domain.CertificateFixtures.completeContent;
import static org.euc.portal.certificate.domain.CertificateFixtures.contentOf;
import static org.euc.portal.certificate.domain.CertificateFixtures.details;
import static org.euc.portal.certificate.domain.CertificateFixtures.draft;
import static org.euc.portal.certificate.domain.CertificateFixtures.pdf;
import static org.euc.portal.certificate.domain.CertificateFixtures.readyToSubmit;
import static org.euc.portal.certificate.domain.CertificateFixtures.reinstatement;
import static org.euc.portal.certificate.domain.CertificateFixtures.rejection;
import static org.euc.portal.certificate.domain.CertificateFixtures.requestChanges;
import static org.euc.portal.certificate.domain.CertificateFixtures.revocation;
import static org.euc.portal.certificate.domain.CertificateFixtures.single;
import static org.euc.portal.certificate.domain.CertificateFixtures.submitted;
import static org.euc.portal.certificate.domain.CertificateFixtures.suspension;
import static org.euc.portal.certificate.domain.CertificateFixtures.withdraw;
import static org.euc.portal.certificate.domain.CertificateStatus.APPROVED;
import static org.euc.portal.certificate.domain.CertificateStatus.CHANGES_REQUESTED;
import static org.euc.portal.certificate.domain.CertificateStatus.DRAFT;
import static org.euc.portal.certificate.domain.CertificateStatus.SUBMITTED;
import static org.euc.portal.certificate.domain.CertificateStatus.SUSPENDED;
import static org.euc.portal.certificate.domain.CertificateStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.common.i18n.Phrase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The certificate aggregate on its own: drafting, signing, submitting, amending, the designed path
 * through the lifecycle, and every move it refuses. Four-eyes decisions: {@link CertificateDecisionsTest}.
 */
class CertificateLifecycleTest {

    @Test
    void aNewDraftIsRevisionOneWithADraftedHistoryEntry() {
        Certificate certificate = draft();

        assertEquals(DRAFT, certificate.getStatus());
        assertEquals(1, certificate.getCurrentRevisionNumber());
        assertEquals(1, certificate.getRevisions().size());
        assertEquals(1, certificate.currentRevision().getNumber());
        assertFalse(certificate.currentRevision().isSubmitted());
        assertTrue(certificate.isEditableByImporter());
        StatusChange drafted = single(certificate.getHistory());
        assertAll(
                () -> assertNull(drafted.getFromStatus()),
                () -> assertEquals(DRAFT, drafted.getToStatus()),
                () -> assertEquals("DRAFTED", drafted.getReasonCode()),
                () -> assertEquals(IMPORTER, drafted.getActor()),
                () -> assertEquals(DRAFTED, drafted.getChangedAt()),
                () -> assertEquals(1, drafted.getRevisionNumber()));
    }

    @Test
    void theRevisionKeepsItsOwnCopyOfTheDetails() {
        RevisionDetails form = details("LIC-1");
        Certificate certificate = Certificate.draft("EUC-2026-0002", AGENCY, form, SIGNATORY, IMPORTER, DRAFTED);

        form.setExportLicenceReference("edited in the form afterwards");
        certificate.currentRevision().getDetails().setExportLicenceReference("edited through the getter");

        assertEquals("LIC-1", certificate.currentRevision().getDetails().getExportLicenceReference());
    }

    @Test
    void declaringNoPurposeIsRefusedAndKeepsTheDeclaredOnes() {
        Certificate certificate = draft();
        certificate.declarePurposes(EnumSet.of(TerroristAct.WEAPONS), Set.of(), EDITED);

        assertRefused(certificate, "rule.purposes.none",
                () -> certificate.declarePurposes(EnumSet.noneOf(TerroristAct.class), Set.of(), LATER));
        assertEquals(Set.of(TerroristAct.WEAPONS), certificate.currentRevision().getTerroristActs());
    }

    static Stream<Arguments> offencesNoCertificateMayDeclare() {
        return Stream.of(
                Arguments.of(Named.of("an expression offence, whatever its penalty", offence("XA", "PC-200",
                        "Insulting the head of state", 8, OffenceCategory.EXPRESSION, LocalDate.of(2020, 1, 1))),
                        "rule.offence.EXPRESSION_CARVE_OUT"),
                Arguments.of(Named.of("an offence under six years", offence("XA", "PC-300", "Theft", 5,
                        OffenceCategory.PROPERTY, LocalDate.of(2020, 1, 1))), "rule.offence.PENALTY_UNDER_SIX_YEARS"),
                Arguments.of(Named.of("an offence of another country", offence("XB", "PC-100",
                        "Leading a criminal organisation", 10, OffenceCategory.ORGANISED_CRIME,
                        LocalDate.of(2020, 1, 1))), "rule.offence.otherCountry"),
                Arguments.of(Named.of("an offence not yet in force", offence("XA", "PC-400", "Ransomware extortion",
                        12, OffenceCategory.CYBER, LocalDate.of(2027, 1, 1))), "rule.offence.notInForce"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offencesNoCertificateMayDeclare")
    void theCertificateRefusesToDeclareAnOffenceThatIsNoSeriousCrimeOfItsCountry(Offence offence, String key) {
        Certificate certificate = readyToSubmit();

        assertRefused(certificate, key, () -> certificate.declarePurposes(EnumSet.of(TerroristAct.ATTACK_ON_LIFE),
                Set.of(ORGANISED_CRIME, offence), LATER));
        assertEquals(Set.of(ORGANISED_CRIME), certificate.currentRevision().getOffences());
        assertTrue(certificate.currentRevision().isReadyToSubmit(), "the signed document is kept");
    }

    @ParameterizedTest(name = "missing {0}")
    @EnumSource(Undertaking.class)
    void generatingIsRefusedWhileAnUndertakingIsMissing(Undertaking missing) {
        Certificate certificate = draft();
        certificate.declarePurposes(EnumSet.of(TerroristAct.ATTACK_ON_LIFE), Set.of(ORGANISED_CRIME), EDITED);
        Set<Undertaking> allButOne = EnumSet.complementOf(EnumSet.of(missing));
        certificate.acceptUndertakings(allButOne, IMPORTER, EDITED);

        assertRefused(certificate, "rule.document.incomplete",
                () -> certificate.attachGeneratedDocument(pdf("generated"), "en", LATER));
        assertNull(certificate.currentRevision().getGeneratedDocument());
    }

    @Test
    void uncheckingAnUndertakingTakesTheAcceptanceBack() {
        Certificate certificate = draft();
        completeContent(certificate);

        certificate.acceptUndertakings(EnumSet.complementOf(EnumSet.of(Undertaking.AUTHORIZATION)), IMPORTER, LATER);

        assertFalse(certificate.currentRevision().acceptedUndertakings().contains(Undertaking.AUTHORIZATION));
        assertRefused(certificate, "rule.document.incomplete",
                () -> certificate.attachGeneratedDocument(pdf("generated"), "en", LATER));
    }

    @Test
    void generatingIsRefusedWithoutADeclaredPurpose() {
        Certificate certificate = draft();
        certificate.acceptUndertakings(EnumSet.allOf(Undertaking.class), IMPORTER, EDITED);

        assertRefused(certificate, "rule.document.incomplete",
                () -> certificate.attachGeneratedDocument(pdf("generated"), "en", LATER));
    }

    @Test
    void signingBeforeGeneratingIsRefused() {
        Certificate certificate = draft();
        completeContent(certificate);

        assertRefused(certificate, "rule.signature.noGeneratedDocument",
                () -> certificate.attachSignedDocument(pdf("signed"), SIGNATORY.getFingerprint(), LATER, LATER));
    }

    static Stream<Named<Consumer<Certificate>>> contentChanges() {
        return Stream.of(
                Named.of("details", certificate -> certificate.changeDetails(details("LIC-2"), SIGNATORY, LATER)),
                Named.of("signatory", certificate -> certificate.changeDetails(details("LIC-1"), OTHER_SIGNATORY,
                        LATER)),
                Named.of("purposes", certificate -> certificate.declarePurposes(
                        EnumSet.of(TerroristAct.THREAT_TO_COMMIT), Set.of(), LATER)),
                Named.of("undertakings", certificate -> certificate.acceptUndertakings(
                        EnumSet.complementOf(EnumSet.of(Undertaking.CONSEQUENCES)), IMPORTER, LATER)));
    }

    static Stream<Named<Consumer<Certificate>>> everyEdit() {
        return Stream.concat(contentChanges(), Stream.of(
                Named.of("generated document", certificate -> certificate.attachGeneratedDocument(pdf("again"), "fr",
                        LATER)),
                Named.of("signed document", certificate -> certificate.attachSignedDocument(pdf("signed again"),
                        SIGNATORY.getFingerprint(), LATER, LATER))));
    }

    @ParameterizedTest(name = "changing the {0}")
    @MethodSource("contentChanges")
    void changingTheContentAfterGeneratingThrowsTheDocumentsAway(Consumer<Certificate> change) {
        Certificate certificate = readyToSubmit();

        change.accept(certificate);

        CertificateRevision revision = certificate.currentRevision();
        assertAll(
                () -> assertNull(revision.getGeneratedDocument()),
                () -> assertNull(revision.getGeneratedAt()),
                () -> assertNull(revision.getSignedDocument()),
                () -> assertNull(revision.getSignerFingerprint()),
                () -> assertFalse(revision.isSigned()),
                () -> assertFalse(revision.isReadyToSubmit()));
        assertRefused(certificate, "rule.submit.notReady", () -> certificate.submit(IMPORTER, LATER));
    }

    /** The same content as {@link CertificateFixtures#readyToSubmit()}, in new objects, as a form would send it. */
    static Stream<Named<Consumer<Certificate>>> contentSavedUnchanged() {
        return Stream.of(
                Named.of("details", certificate -> certificate.changeDetails(details("LIC-1"), SIGNATORY, LATER)),
                Named.of("purposes", certificate -> certificate.declarePurposes(
                        EnumSet.of(TerroristAct.ATTACK_ON_LIFE), Set.of(ORGANISED_CRIME), LATER)),
                Named.of("undertakings", certificate -> certificate.acceptUndertakings(
                        EnumSet.allOf(Undertaking.class), IMPORTER, LATER)));
    }

    @ParameterizedTest(name = "saving the {0} unchanged")
    @MethodSource("contentSavedUnchanged")
    void savingTheContentUnchangedKeepsTheGeneratedAndSignedDocuments(Consumer<Certificate> save) {
        Certificate certificate = readyToSubmit();
        CertificateRevision revision = certificate.currentRevision();
        List<Object> before = contentOf(revision);
        Instant generatedAt = revision.getGeneratedAt();

        save.accept(certificate);

        assertEquals(before, contentOf(revision));
        assertAll(
                () -> assertNotNull(revision.getGeneratedDocument()),
                () -> assertEquals(generatedAt, revision.getGeneratedAt()),
                () -> assertTrue(revision.isSigned()),
                () -> assertEquals(SIGNATORY.getFingerprint(), revision.getSignerFingerprint()),
                () -> assertTrue(revision.isReadyToSubmit()));
        certificate.submit(IMPORTER, LATER);
        assertEquals(SUBMITTED, certificate.getStatus());
    }

    @Test
    void submittingNeedsTheGeneratedAndTheSignedDocument() {
        Certificate certificate = draft();
        completeContent(certificate);
        assertRefused(certificate, "rule.submit.notReady", () -> certificate.submit(IMPORTER, SUBMITTED_AT));

        certificate.attachGeneratedDocument(pdf("generated"), "en", SIGNED);
        assertRefused(certificate, "rule.submit.notReady", () -> certificate.submit(IMPORTER, SUBMITTED_AT));

        certificate.attachSignedDocument(pdf("signed"), SIGNATORY.getFingerprint(), SIGNED, SIGNED);
        certificate.submit(IMPORTER, SUBMITTED_AT);

        assertEquals(SUBMITTED, certificate.getStatus());
        assertLastChange(certificate, DRAFT, SUBMITTED, "SUBMITTED", IMPORTER, SUBMITTED_AT);
        CertificateRevision revision = certificate.currentRevision();
        assertEquals(SUBMITTED_AT, revision.getSubmittedAt());
        assertEquals(IMPORTER, revision.getSubmittedBy());
        assertTrue(revision.isSubmitted());
        assertEquals(SUBMITTED_AT, certificate.getFirstSubmittedAt());
        assertEquals(SUBMITTED_AT, certificate.getLastSubmittedAt());
        assertFalse(certificate.isEditableByImporter());
    }

    @ParameterizedTest(name = "changing the {0}")
    @MethodSource("everyEdit")
    void aSubmittedRevisionCannotBeChanged(Consumer<Certificate> edit) {
        Certificate certificate = submitted();

        assertRefused(certificate, "rule.revision.notEditable", () -> edit.accept(certificate));
    }

    @Test
    void aSecondSubmitIsRefusedAsNotEditable() {
        Certificate certificate = submitted();

        assertRefused(certificate, "rule.revision.notEditable", () -> certificate.submit(IMPORTER, LATER));
        assertEquals(SUBMITTED_AT, certificate.getLastSubmittedAt());
    }

    @Test
    void withdrawingADraftRecordsTheRationale() {
        Certificate certificate = draft();

        withdraw(certificate, "the export was cancelled");

        assertEquals(WITHDRAWN, certificate.getStatus());
        StatusChange change = assertLastChange(certificate, DRAFT, WITHDRAWN, "WITHDRAWN_BY_AGENCY", IMPORTER, LATER);
        assertEquals(Phrase.verbatim("the export was cancelled"), change.getRationale());
        assertFalse(certificate.isEditableByImporter());
    }

    @ParameterizedTest(name = "changing the {0}")
    @MethodSource("everyEdit")
    void aWithdrawnDraftCannotBeChanged(Consumer<Certificate> edit) {
        Certificate certificate = certificateIn(WITHDRAWN);

        assertRefused(certificate, "rule.revision.notEditable", () -> edit.accept(certificate));
    }

    @ParameterizedTest
    @EnumSource(CertificateStatus.class)
    void everyStatusIsReachedAlongTheDesignedLifecycleWithAnUnbrokenHistory(CertificateStatus status) {
        Certificate certificate = certificateIn(status);

        assertEquals(status, certificate.getStatus());
        List<StatusChange> history = certificate.getHistory();
        for (int i = 1; i < history.size(); i++) {
            assertEquals(history.get(i - 1).getToStatus(), history.get(i).getFromStatus(), "history step " + i);
        }
        assertEquals(status, history.get(history.size() - 1).getToStatus());
    }

    /**
     * Every pair the lifecycle forbids (the table CertificateStatusTest holds against DESIGN.md), except moves
     * back to DRAFT: no method leads there at all.
     */
    static Stream<Arguments> movesTheLifecycleForbids() {
        return Arrays.stream(CertificateStatus.values()).flatMap(from -> Arrays.stream(CertificateStatus.values())
                .filter(to -> to != DRAFT && !from.canMoveTo(to))
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("movesTheLifecycleForbids")
    void theMethodLeadingToAStatusRefusesItWhereTheLifecycleForbidsTheMove(CertificateStatus from,
            CertificateStatus to) {
        Certificate certificate = certificateIn(from);
        // submit() finds no editable revision before it gets to the move itself
        String key = to == SUBMITTED ? "rule.revision.notEditable" : "rule.transition.illegal";

        assertRefused(certificate, key, () -> attemptMoveTo(certificate, to));
    }

    /** The domain method whose purpose is to reach this status. */
    private static void attemptMoveTo(Certificate certificate, CertificateStatus target) {
        switch (target) {
            case SUBMITTED -> certificate.submit(IMPORTER, LATER);
            case UNDER_REVIEW -> certificate.claim(REVIEWER, LATER);
            case CHANGES_REQUESTED -> certificate.decide(requestChanges(), REVIEWER, LATER);
            case REJECTED -> certificate.decide(rejection(), REVIEWER, LATER);
            case APPROVED -> certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, LATER);
            case SUSPENDED -> certificate.suspend(suspension(), REVIEWER, LATER);
            case REVOKED -> certificate.propose(revocation(), null, APPROVED_COUNTRY, REVIEWER, LATER);
            case EXPIRED -> certificate.expire(LATER);
            case WITHDRAWN -> certificate.withdraw(IMPORTER, "too late", LATER);
            case DRAFT -> throw new IllegalArgumentException("no method leads back to a draft");
        }
    }

    @Test
    void aSuspensionRecordsWhoWhenWhyAndTheLegalBasis() {
        Certificate certificate = certificateIn(APPROVED);

        certificate.suspend(suspension(), REVIEWER, LATER);

        assertEquals(SUSPENDED, certificate.getStatus());
        assertEquals(LATER, certificate.getStatusChangedAt());
        StatusChange change = assertLastChange(certificate, APPROVED, SUSPENDED, "USE_OUTSIDE_DECLARED_PURPOSES",
                REVIEWER, LATER);
        assertEquals(Phrase.verbatim("flags 3 and 7 unresolved"), change.getRationale());
        assertEquals(Phrase.verbatim("Export Control Act s. 12"), change.getLegalBasis());
        assertEquals(1, change.getRevisionNumber());
    }

    @ParameterizedTest
    @EnumSource(value = CertificateStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "CHANGES_REQUESTED")
    void anAmendmentNeedsAChangeRequest(CertificateStatus status) {
        Certificate certificate = certificateIn(status);

        assertRefused(certificate, "rule.amend.notRequested", () -> certificate.startAmendment(IMPORTER, LATER));
    }

    @Test
    void anAmendmentCopiesTheContentButNotTheUndertakingsOrDocuments() {
        Certificate certificate = certificateIn(CHANGES_REQUESTED);
        CertificateRevision first = certificate.revision(1);
        List<Object> firstBefore = contentOf(first);

        CertificateRevision second = certificate.startAmendment(IMPORTER, LATER);

        assertSame(second, certificate.currentRevision());
        assertEquals(2, second.getNumber());
        assertEquals(2, certificate.getCurrentRevisionNumber());
        assertEquals(CHANGES_REQUESTED, certificate.getStatus());
        assertTrue(certificate.isEditableByImporter());
        assertAll("revision 2",
                () -> assertEquals(first.getDetails(), second.getDetails()),
                () -> assertSame(first.getSignatory(), second.getSignatory()),
                () -> assertEquals(first.getTerroristActs(), second.getTerroristActs()),
                () -> assertEquals(Set.of(ORGANISED_CRIME), second.getOffences()),
                () -> assertTrue(second.acceptedUndertakings().isEmpty()),
                () -> assertNull(second.getGeneratedDocument()),
                () -> assertNull(second.getSignedDocument()),
                () -> assertFalse(second.isSubmitted()),
                () -> assertEquals(IMPORTER, second.getCreatedBy()),
                () -> assertEquals(LATER, second.getCreatedAt()));
        assertTrue(first.isSubmitted());
        assertEquals(firstBefore, contentOf(first), "revision 1 stays as submitted");
    }

    @Test
    void anAmendmentCanBeOpenedOnlyOnce() {
        Certificate certificate = certificateIn(CHANGES_REQUESTED);
        certificate.startAmendment(IMPORTER, LATER);

        assertRefused(certificate, "rule.amend.notRequested", () -> certificate.startAmendment(IMPORTER, LATER));
    }

    @Test
    void editingTheAmendmentLeavesTheSubmittedRevisionAlone() {
        Certificate certificate = certificateIn(CHANGES_REQUESTED);
        List<Object> firstBefore = contentOf(certificate.revision(1));
        certificate.startAmendment(IMPORTER, LATER);

        certificate.changeDetails(details("LIC-2"), SIGNATORY, LATER);
        certificate.declarePurposes(EnumSet.of(TerroristAct.SEIZURE_OF_TRANSPORT), Set.of(), LATER);

        assertEquals(firstBefore, contentOf(certificate.revision(1)));
        assertEquals("LIC-2", certificate.revision(2).getDetails().getExportLicenceReference());
    }

    @Test
    void resubmittingWithoutAnAmendmentIsRefused() {
        Certificate certificate = certificateIn(CHANGES_REQUESTED);

        assertRefused(certificate, "rule.revision.notEditable", () -> certificate.submit(IMPORTER, LATER));
    }

    @Test
    void resubmittingTheCompletedAmendmentRecordsResubmitted() {
        Certificate certificate = certificateIn(CHANGES_REQUESTED);
        certificate.startAmendment(IMPORTER, LATER);
        certificate.acceptUndertakings(EnumSet.allOf(Undertaking.class), IMPORTER, LATER);
        certificate.attachGeneratedDocument(pdf("generated r2"), "en", LATER);
        certificate.attachSignedDocument(pdf("signed r2"), SIGNATORY.getFingerprint(), LATER, LATER);
        Instant resubmitted = LATER.plus(Duration.ofHours(1));

        certificate.submit(IMPORTER, resubmitted);

        assertEquals(SUBMITTED, certificate.getStatus());
        StatusChange change = assertLastChange(certificate, CHANGES_REQUESTED, SUBMITTED, "RESUBMITTED", IMPORTER,
                resubmitted);
        assertEquals(2, change.getRevisionNumber());
        assertEquals(resubmitted, certificate.revision(2).getSubmittedAt());
        assertEquals(SUBMITTED_AT, certificate.revision(1).getSubmittedAt());
        assertEquals(SUBMITTED_AT, certificate.getFirstSubmittedAt());
        assertEquals(resubmitted, certificate.getLastSubmittedAt());
    }

    @Test
    void requireVersionRefusesAnotherVersion() {
        Certificate certificate = draft();

        certificate.requireVersion(certificate.getVersion());
        assertRefused(certificate, "rule.concurrentChange",
                () -> certificate.requireVersion(certificate.getVersion() + 1));
        assertRefused(certificate, "rule.concurrentChange",
                () -> certificate.requireVersion(certificate.getVersion() - 1));
    }

    /** Unsigned revisions a ministry move might try to push into the queue, and why submit() refuses them. */
    static Stream<Arguments> unsubmittableRevisions() {
        return Stream.of(
                Arguments.of(Named.<Supplier<Certificate>>of("a complete draft, generated but unsigned",
                        CertificateLifecycleTest::unsignedDraft), "rule.submit.notReady"),
                Arguments.of(Named.<Supplier<Certificate>>of("a change request without an amendment",
                        () -> certificateIn(CHANGES_REQUESTED)), "rule.revision.notEditable"),
                Arguments.of(Named.<Supplier<Certificate>>of("an unsigned amendment",
                        CertificateLifecycleTest::unsignedAmendment), "rule.submit.notReady"));
    }

    static Stream<Named<Consumer<Certificate>>> everyMoveButSubmit() {
        return Stream.of(
                Named.of("claim", certificate -> certificate.claim(REVIEWER, LATER)),
                Named.of("request changes", certificate -> certificate.decide(requestChanges(), REVIEWER, LATER)),
                Named.of("reject", certificate -> certificate.decide(rejection(), REVIEWER, LATER)),
                Named.of("suspend", certificate -> certificate.suspend(suspension(), REVIEWER, LATER)),
                Named.of("propose approval", certificate -> certificate.propose(approval(), TERMS, APPROVED_COUNTRY, REVIEWER, LATER)),
                Named.of("propose reinstatement", certificate -> certificate.propose(reinstatement(), null, APPROVED_COUNTRY, REVIEWER,
                        LATER)),
                Named.of("propose revocation", certificate -> certificate.propose(revocation(), null, APPROVED_COUNTRY, REVIEWER,
                        LATER)),
                Named.of("expire", certificate -> certificate.expire(LATER)));
    }

    static Stream<Arguments> unsubmittableRevisionsAndEveryMoveButSubmit() {
        return unsubmittableRevisions().flatMap(revision -> everyMoveButSubmit()
                .map(move -> Arguments.of(revision.get()[0], move)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsubmittableRevisionsAndEveryMoveButSubmit")
    void noMoveButSubmitReachesTheQueue(Supplier<Certificate> revision, Consumer<Certificate> move) {
        Certificate certificate = revision.get();

        assertRefused(certificate, "rule.transition.illegal", () -> move.accept(certificate));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsubmittableRevisions")
    void submitRefusesAnUnsignedRevision(Supplier<Certificate> revision, String key) {
        Certificate certificate = revision.get();

        assertRefused(certificate, key, () -> certificate.submit(IMPORTER, LATER));
    }

    private static Certificate unsignedDraft() {
        Certificate certificate = draft();
        completeContent(certificate);
        certificate.attachGeneratedDocument(pdf("generated"), "en", SIGNED);
        return certificate;
    }

    private static Certificate unsignedAmendment() {
        Certificate certificate = certificateIn(CHANGES_REQUESTED);
        certificate.startAmendment(IMPORTER, LATER);
        certificate.acceptUndertakings(EnumSet.allOf(Undertaking.class), IMPORTER, LATER);
        certificate.attachGeneratedDocument(pdf("generated r2"), "en", LATER);
        return certificate;
    }

    private static Offence offence(String country, String code, String name, int maxYears, OffenceCategory category,
            LocalDate inForceFrom) {
        return new Offence(country, code, "Penal Code " + code, name, maxYears, false, category, inForceFrom, "admin",
                DRAFTED);
    }
}
