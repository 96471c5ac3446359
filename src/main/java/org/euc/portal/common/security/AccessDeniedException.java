package org.euc.portal.common.security;

/**
 * The caller may not do this: wrong role, or data of another agency. Pages show the 403 page,
 * the API answers 403; the attempt has already been written to the audit log.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
