package org.euc.portal.directory.service;

/**
 * Keycloak could not be asked or refused to answer: it is down, the admin client's credentials are
 * wrong, or it failed the request. The message is one sentence fit for an administrator; it never
 * contains a token or a secret.
 */
public class DirectoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String message) {
        super(message);
    }

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
