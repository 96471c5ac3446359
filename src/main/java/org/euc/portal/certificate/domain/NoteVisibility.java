package org.euc.portal.certificate.domain;

/** Who reads a note on a case. */
public enum NoteVisibility {
    /** between reviewers only */
    INTERNAL,
    /** a message to the agency, shown on its certificate page */
    TO_AGENCY
}
