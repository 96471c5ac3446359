package org.euc.portal.common.api;

/**
 * The names of the error answers the calls share. {@link RestApplication} declares each once in the
 * OpenAPI document; a resource names the ones its call can give, e.g.
 * {@code @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)}.
 */
public final class ErrorAnswers {

    /** 400: the body or a parameter could not be read. */
    public static final String BAD_REQUEST = "BadRequest";
    /** 401: no bearer token. */
    public static final String UNAUTHORIZED = "Unauthorized";
    /** 403: the token's roles do not allow the call. */
    public static final String FORBIDDEN = "Forbidden";
    /** 404: unknown, or another agency's. */
    public static final String NOT_FOUND = "NotFound";
    /** 409: the change was based on an older version. */
    public static final String STALE_VERSION = "StaleVersion";
    /** 422: a rule refused the change. */
    public static final String RULE_REFUSED = "RuleRefused";
    /** 503: Keycloak, which holds the users, could not be reached. */
    public static final String DIRECTORY_UNAVAILABLE = "DirectoryUnavailable";

    private ErrorAnswers() {
    }
}
