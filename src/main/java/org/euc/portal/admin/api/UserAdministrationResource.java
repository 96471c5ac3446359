package org.euc.portal.admin.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.admin.service.UserAdministration;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.common.api.Paging;
import org.euc.portal.common.security.Roles;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.directory.domain.NewUser;

/** Portal users in Keycloak for administrators' scripts (roles are checked by the service). */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
@APIResponse(responseCode = "503", ref = ErrorAnswers.DIRECTORY_UNAVAILABLE)
public class UserAdministrationResource {

    @Inject
    UserAdministration users;

    public record UserPage(@Schema(description = "How many users match, over all pages") long total,
            List<DirectoryUser> users) {
    }

    public record RoleRequest(@Schema(required = true, enumeration = {Roles.IMPORTER, Roles.REVIEWER,
            Roles.SENIOR_REVIEWER, Roles.AUDITOR, Roles.ADMIN}) String role) {
    }

    public record PasswordRequest(@Schema(required = true, minLength = UserAdministration.TEMPORARY_PASSWORD_MIN_LENGTH,
            description = "The user must change it at the next login") String temporaryPassword) {
    }

    @GET
    @Operation(summary = "Users matching a search, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of users")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    public UserPage page(
            @Parameter(description = "Part of the user name, name or e-mail; all users without it")
            @QueryParam("search") String search,
            @Parameter(description = Paging.FIRST_DESCRIPTION) @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = Paging.MAX_DESCRIPTION) @QueryParam("max") @DefaultValue("50") int max) {
        Paging paging = Paging.of(first, max);
        return new UserPage(users.count(search), users.page(search, paging.first(), paging.max()));
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One user, with their roles and agency")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public DirectoryUser user(@PathParam("username") String username) {
        return users.user(username);
    }

    @POST
    @Operation(summary = "Create a user in Keycloak (an importer with exactly one agency)")
    @RequestBody(description = "agencyCode only, and required, for an importer; temporaryPassword optional (at least "
            + UserAdministration.TEMPORARY_PASSWORD_MIN_LENGTH + " characters, changed at the first login)",
            content = @Content(example = """
                    {"username": "importer.delta", "email": "delta@arcadia.example", "firstName": "Dana",
                     "lastName": "Delta", "agencyCode": "ARC-NPA", "roles": ["importer"],
                     "temporaryPassword": "change-me-2026"}"""))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DirectoryUser.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", description = "Refused: bad username or e-mail, role/agency mismatch, taken",
            ref = ErrorAnswers.RULE_REFUSED)
    public Response create(NewUser user) {
        users.create(user);
        return Response.status(Response.Status.CREATED).entity(users.user(user.username().strip().toLowerCase(Locale.ROOT))).build();
    }

    @POST
    @Path("/{username}/roles")
    @Operation(summary = "Grant a role (an importer holds no other role; an administrator no ministry role)")
    @RequestBody(content = @Content(example = """
            {"role": "senior-reviewer"}"""))
    @APIResponse(responseCode = "200", description = "Granted; the user")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public DirectoryUser grant(@PathParam("username") String username, RoleRequest request) {
        users.grantRole(username, request.role());
        return users.user(username);
    }

    @POST
    @Path("/{username}/roles/{role}/removal")
    @Operation(summary = "Remove a role")
    @APIResponse(responseCode = "200", description = "Removed; the user")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public DirectoryUser remove(@PathParam("username") String username, @PathParam("role") String role) {
        users.removeRole(username, role);
        return users.user(username);
    }

    @POST
    @Path("/{username}/disabling")
    @Operation(summary = "Disable the user and end their Keycloak and portal sessions")
    @APIResponse(responseCode = "200", description = "Disabled; the user")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public DirectoryUser disable(@PathParam("username") String username) {
        users.disable(username);
        return users.user(username);
    }

    @POST
    @Path("/{username}/enabling")
    @Operation(summary = "Enable a disabled user again")
    @APIResponse(responseCode = "200", description = "Enabled; the user")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public DirectoryUser enable(@PathParam("username") String username) {
        users.enable(username);
        return users.user(username);
    }

    @POST
    @Path("/{username}/password-email")
    @Operation(summary = "Have Keycloak e-mail the user a link to choose a new password")
    @APIResponse(responseCode = "204", description = "Sent")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public Response passwordEmail(@PathParam("username") String username) {
        users.sendPasswordResetEmail(username);
        return Response.noContent().build();
    }

    @POST
    @Path("/{username}/temporary-password")
    @Operation(summary = "Set a temporary password, to be changed at the next login")
    @RequestBody(content = @Content(example = """
            {"temporaryPassword": "change-me-2026"}"""))
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public Response temporaryPassword(@PathParam("username") String username, PasswordRequest request) {
        users.setTemporaryPassword(username, request.temporaryPassword());
        return Response.noContent().build();
    }
}
