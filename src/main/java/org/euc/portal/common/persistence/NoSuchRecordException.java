package org.euc.portal.common.persistence;

/**
 * The record asked for does not exist, or exists but belongs to someone the caller may not see:
 * both answer "not found", so a forged id never reveals whether another agency's record exists.
 */
public class NoSuchRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchRecordException(String what, Object id) {
        super(what + " " + id + " was not found.");
    }
}
