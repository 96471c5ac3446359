package org.euc.portal.common.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API for machine clients, under /api/v1. Callers authenticate with Keycloak bearer
 * tokens; the OpenAPI document says so for every call but the few public ones, which declare
 * that they need none. The rules every call shares (errors, versions, paging) and the error
 * answers the resources refer to ({@link ErrorAnswers}) are declared here, once.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "EUC Portal API", version = "v1", description = RestApplication.CONTRACT),
        security = @SecurityRequirement(name = RestApplication.BEARER),
        tags = {
            @Tag(name = "Agency certificates", description = "An importer's certificates, from draft to submission, "
                    + "and what drafting needs (importer token; the agency is the token's)"),
            @Tag(name = "Judicial authorization ledger", description = "The authorizations under which an agency "
                    + "used the system, per approved certificate (importer token)"),
            @Tag(name = "Review", description = "The ministry's review workflow (reviewer or senior-reviewer token)"),
            @Tag(name = "Ledger oversight", description = "Chain verification (auditor or admin token) and "
                    + "inspection samples (auditor token) of every ledger"),
            @Tag(name = "Audit", description = "The audit log, its verification, the dashboard's figures and the "
                    + "signed checkpoints of the hash chains (auditor or admin token; the latest checkpoint is "
                    + "public)"),
            @Tag(name = "Administration", description = "Countries, agencies, signatories, offence catalogues, users "
                    + "and the review jobs (admin token)"),
            @Tag(name = "Public verification", description = "What anyone checks without a token: an issued "
                    + "certificate, by the reference printed on it"),
            @Tag(name = "Health", description = "Whether the portal and what it depends on answer, for load "
                    + "balancers and monitoring (public)")},
        components = @Components(responses = {
            @APIResponse(name = ErrorAnswers.BAD_REQUEST, description = "The request could not be read: malformed "
                    + "JSON, an unknown enum value, a date not in ISO form, a value of the wrong type, no body where "
                    + "one is needed (bad_request), or paging or a filter out of range (http_400)",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(name = ErrorAnswers.UNAUTHORIZED, description = "No bearer token the server accepts came "
                    + "with the call. Missing, expired or forged tokens are refused by the server's OIDC layer before "
                    + "the portal runs, possibly without a body; the portal's own refusals say unauthorized, or "
                    + "bearer-token-required when a browser session cookie came instead of a token",
                    headers = @Header(name = "WWW-Authenticate", description = "Bearer realm=\"euc\"",
                            schema = @Schema(implementation = String.class)),
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(name = ErrorAnswers.FORBIDDEN, description = "The token's roles do not allow this call (the "
                    + "message names the role needed; the refusal is audited), or an importer's token names no "
                    + "registered agency (forbidden)",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(name = ErrorAnswers.NOT_FOUND, description = "No such record, or one of another agency, "
                    + "which an importer is not told exists (not_found)",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(name = ErrorAnswers.STALE_VERSION, description = "The change was based on an older version "
                    + "of the record (rule.concurrentChange): nothing was changed; read the record again",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(name = ErrorAnswers.RULE_REFUSED, description = "A rule refused the change; error is the "
                    + "rule's key (a change without version: rule.versionRequired) and nothing was changed",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(name = ErrorAnswers.DIRECTORY_UNAVAILABLE, description = "Keycloak, which holds the users, "
                    + "could not be reached or answered badly (directory_unavailable): retry later",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class)))}))
@SecurityScheme(securitySchemeName = RestApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A Keycloak access token of the euc realm (the agency comes from its "
        + "agency claim). A browser session cookie does not authenticate API calls.")
public class RestApplication extends Application {

    /** The name of the bearer-token security scheme in the OpenAPI document. */
    public static final String BEARER = "bearer";

    /** What a client needs to know before any one call: the OpenAPI document's introduction. */
    static final String CONTRACT = """
            The portal's JSON API for agencies' case systems, the ministry's tools and oversight scripts.

            **Authentication.** Every call but the public ones (health, certificate verification, the latest \
            checkpoint) needs `Authorization: Bearer <access token>` from the portal's Keycloak realm `euc`; a \
            browser session cookie is refused. The token's roles decide what a call may do; an importer acts for \
            the agency in the token's `agency` claim and sees only that agency's records.

            **Versions.** Every change to a certificate, an agency or a signatory carries the `version` of the \
            record as the client last read it; each answer about the record gives the current one. A change \
            without it is refused with 422 `rule.versionRequired`; one based on an older version with 409 \
            `rule.concurrentChange`, and nothing changes: read the record again and decide anew.

            **Errors.** The portal's error answers carry one JSON body, \
            `{"error": "<code>", "message": "<sentence>"}` (schema `ApiError`): 400 the request could not be read; \
            401 no bearer token the server accepts; 403 the role does not allow it (the message names the role \
            needed); 404 unknown, or another agency's; 409 a stale `version`; 422 a rule refused it (`error` is the \
            rule's key); 503 Keycloak cannot be reached; 500 an unexpected error, with a reference to quote to the \
            help desk. A few refusals say more, as their calls document: the ledger's list every problem (schema \
            `Refusal`), a refused signed PDF answers its verdict, a refused offence catalogue its import report. \
            Bodies above 25 MB are cut off by the server (413).

            **Formats.** Days are ISO dates (`2026-12-01`), instants ISO-8601 in UTC (`2026-11-28T10:15:30Z`). \
            Lists page with `first` (from 0) and `max` (at most 200 rows, whatever is asked).
            """;
}
