package org.euc.portal.review.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.euc.portal.certificate.domain.ApprovalTerms;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.service.CertificateDetail.RevisionView;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.directory.service.DirectoryUnavailableException;
import org.euc.portal.certificate.domain.NoteVisibility;
import org.euc.portal.review.service.CaseFile;
import org.euc.portal.review.service.CaseFile.ProposalView;
import org.euc.portal.review.service.CaseReview;
import org.euc.portal.review.service.ReviewDecisions;

/**
 * One case for a reviewer: everything the agency submitted, the differences between revisions,
 * flags, notes, and the decisions this reviewer may take now. The buttons only mirror what
 * {@link ReviewDecisions} allows; it checks everything again.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseReview cases;

    @Inject
    ReviewDecisions decisions;


    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private String reference;
    private CaseFile caseFile;
    private List<String> reviewers = List.of();

    // the decision being prepared in the dialog
    private DecisionKind decisionKind;
    private DecisionReason reason;
    private String rationale;
    private String legalBasis;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String conditions;

    private String assignee;
    private String noteText;
    private NoteVisibility noteVisibility = NoteVisibility.INTERNAL;
    private Long flagToResolve;
    private String flagResolution;

    public void load() {
        if (reference == null || reference.isBlank()) {
            throw new NoSuchRecordException("Certificate", "(none)");
        }
        caseFile = cases.caseFile(reference);
        assignee = caseFile.assignee();
        if (!isReviewer()) {
            return; // an auditor reads the case; nobody to assign it to
        }
        try {
            reviewers = decisions.assignableReviewers();
        } catch (DirectoryUnavailableException e) {
            messages.warn("case.directoryUnavailable");
        }
    }

    public void claim() {
        act(() -> decisions.claim(reference, version()), "case.claimed");
    }

    public void assign() {
        act(() -> decisions.assign(reference, version(), assignee == null || assignee.isBlank() ? null : assignee),
                "case.assigned");
    }

    /** Opens the decision dialog for one kind of decision, with sensible defaults. */
    public void prepare(DecisionKind kind) {
        decisionKind = kind;
        List<DecisionReason> reasons = DecisionReason.forKind(kind);
        reason = reasons.size() == 1 ? reasons.get(0) : null;
        rationale = null;
        legalBasis = null;
        RevisionView current = caseFile.certificate().currentRevision();
        validFrom = current.details().getValidFrom();
        validUntil = current.details().getValidUntil();
        conditions = null;
    }

    /** From a compliance flag straight to a suspension, its rationale already naming the finding. */
    public void prepareSuspensionFor(CaseFile.FlagView flag) {
        prepare(DecisionKind.SUSPEND);
        rationale = messages.text(flag.rule().labelKey()) + ": " + flag.detail().in(messages.locale());
    }

    /** Takes the prepared decision: alone (changes, reject, suspend) or as a proposal (four eyes). */
    public void decide() {
        try {
            Decision decision = new Decision(decisionKind, reason, rationale, legalBasis);
            if (decisionKind.needsFourEyes()) {
                ApprovalTerms terms = decisionKind == DecisionKind.APPROVE
                        ? new ApprovalTerms(validFrom, validUntil, conditions) : null;
                decisions.propose(reference, version(), decision, terms);
                messages.info("case.proposed", messages.text(decisionKind.labelKey()));
            } else {
                decisions.decide(reference, version(), decision);
                messages.info("case.decided", messages.text(decisionKind.labelKey()));
            }
            decisionKind = null;
            reload();
        } catch (RuleViolationException e) {
            refused(e);
        }
    }

    public void confirm() {
        act(() -> decisions.confirm(reference, version(), caseFile.openProposal().id()), "case.confirmed");
    }

    public void withdrawProposal() {
        act(() -> decisions.withdrawProposal(reference, version(), caseFile.openProposal().id()), "case.proposalWithdrawn");
    }

    public void resolveFlag() {
        act(() -> decisions.resolveFlag(reference, flagToResolve, flagResolution), "case.flagResolved");
        flagResolution = null;
    }

    public void addNote() {
        act(() -> decisions.addNote(reference, noteVisibility, noteText), "case.noteAdded");
        noteText = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
            reload();
        } catch (RuleViolationException e) {
            refused(e);
        }
    }

    private void refused(RuleViolationException violation) {
        messages.refused(violation);
        if (RuleViolationException.concurrentChange().messageKey().equals(violation.messageKey())) {
            reload();
        }
    }

    private void reload() {
        caseFile = cases.caseFile(reference);
        assignee = caseFile.assignee();
    }

    private long version() {
        return caseFile.certificate().version();
    }

    // ----- what the page offers -----

    public CertificateStatus getStatus() {
        return caseFile.certificate().status();
    }

    /** Still the ministry's to act on: in the queue, under review, suspended, or with a proposal open. */
    public boolean isOpenCase() {
        CertificateStatus status = getStatus();
        return status == CertificateStatus.SUBMITTED || status == CertificateStatus.UNDER_REVIEW
                || status == CertificateStatus.SUSPENDED || caseFile.openProposal() != null;
    }

    /** A reviewer or senior reviewer works the case; anyone else (an auditor) only reads it. */
    public boolean isReviewer() {
        return caller.hasRole(Roles.REVIEWER) || caller.hasRole(Roles.SENIOR_REVIEWER);
    }

    public boolean isClaimable() {
        return getStatus() == CertificateStatus.SUBMITTED;
    }

    public boolean isUnderReview() {
        return getStatus() == CertificateStatus.UNDER_REVIEW && caseFile.openProposal() == null;
    }

    /** An approval or reinstatement may be proposed: the service refuses both while the country is off the list. */
    public boolean isApprovable() {
        return isUnderReview() && caseFile.countryStanding().approved();
    }

    public boolean isSuspendable() {
        return getStatus() == CertificateStatus.APPROVED && caseFile.openProposal() == null;
    }

    public boolean isReinstatable() {
        return getStatus() == CertificateStatus.SUSPENDED && caseFile.openProposal() == null
                && caseFile.countryStanding().approved();
    }

    public boolean isRevocable() {
        return (getStatus() == CertificateStatus.APPROVED || getStatus() == CertificateStatus.SUSPENDED)
                && caseFile.openProposal() == null;
    }

    /** Four eyes, as the page shows it: a senior reviewer other than the proposer. */
    public boolean isConfirmable() {
        ProposalView open = caseFile.openProposal();
        return open != null && caller.hasRole(Roles.SENIOR_REVIEWER) && !caller.name().equals(open.proposedBy());
    }

    public boolean isWithdrawable() {
        ProposalView open = caseFile.openProposal();
        return open != null && caller.name().equals(open.proposedBy());
    }

    public List<DecisionReason> getReasons() {
        return decisionKind == null ? List.of() : DecisionReason.forKind(decisionKind);
    }

    /** Side by side: each revision against the one before it, newest first. */
    public List<RevisionComparison> getComparisons() {
        List<RevisionView> revisions = caseFile.certificate().revisions();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<RevisionComparison> comparisons = new ArrayList<>();
        for (int i = revisions.size() - 1; i > 0; i--) {
            comparisons.add(new RevisionComparison(revisions.get(i - 1).number(), revisions.get(i).number(),
                    RevisionDiff.between(revisions.get(i - 1), revisions.get(i), this::purposesInWords, locale)));
        }
        return comparisons;
    }

    /** Two revisions and what changed between them. */
    public record RevisionComparison(int before, int after, RevisionDiff diff) implements Serializable {
    }

    private List<String> purposesInWords(RevisionView revision) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<String> words = new ArrayList<>();
        for (TerroristAct act : revision.terroristActs()) {
            words.add(act.number() + ". " + MessageCatalog.text(locale, act.textKey()));
        }
        revision.offences().forEach(o -> words.add(o.statute() + " — " + o.name() + " — " + (o.lifeImprisonment()
                ? MessageCatalog.text(locale, "offence.life")
                : o.maxPenaltyYears() + " " + MessageCatalog.text(locale, "offence.years"))));
        return words;
    }

    public List<RevisionView> getRevisionsNewestFirst() {
        List<RevisionView> newestFirst = new ArrayList<>(caseFile.certificate().revisions());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public List<String> getReviewers() {
        return reviewers;
    }

    public NoteVisibility[] getNoteVisibilities() {
        return NoteVisibility.values();
    }

    public DecisionKind getDecisionKind() {
        return decisionKind;
    }

    public DecisionReason getReason() {
        return reason;
    }

    public void setReason(DecisionReason reason) {
        this.reason = reason;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public NoteVisibility getNoteVisibility() {
        return noteVisibility;
    }

    public void setNoteVisibility(NoteVisibility noteVisibility) {
        this.noteVisibility = noteVisibility;
    }

    public Long getFlagToResolve() {
        return flagToResolve;
    }

    public void setFlagToResolve(Long flagToResolve) {
        this.flagToResolve = flagToResolve;
    }

    public String getFlagResolution() {
        return flagResolution;
    }

    public void setFlagResolution(String flagResolution) {
        this.flagResolution = flagResolution;
    }
}
