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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.euc.portal.admin.service.UserAdministration;
import org.euc.portal.common.api.Paging;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.directory.domain.NewUser;

/** Portal users in Keycloak for administrators' scripts (roles are checked by the service). */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserAdministrationResource {

    @Inject
    UserAdministration users;

    public record UserPage(long total, List<DirectoryUser> users) {
    }

    public record RoleRequest(String role) {
    }

    public record PasswordRequest(String temporaryPassword) {
    }

    @GET
    public UserPage page(@QueryParam("search") String search, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        Paging paging = Paging.of(first, max);
        return new UserPage(users.count(search), users.page(search, paging.first(), paging.max()));
    }

    @GET
    @Path("/{username}")
    public DirectoryUser user(@PathParam("username") String username) {
        return users.user(username);
    }

    @POST
    @Operation(summary = "Create a user in Keycloak (an importer with exactly one agency)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "Refused: bad username or e-mail, role/agency mismatch, taken")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached")
    public Response create(NewUser user) {
        users.create(user);
        return Response.status(Response.Status.CREATED).entity(users.user(user.username().strip().toLowerCase(Locale.ROOT))).build();
    }

    @POST
    @Path("/{username}/roles")
    public DirectoryUser grant(@PathParam("username") String username, RoleRequest request) {
        users.grantRole(username, request.role());
        return users.user(username);
    }

    @POST
    @Path("/{username}/roles/{role}/removal")
    public DirectoryUser remove(@PathParam("username") String username, @PathParam("role") String role) {
        users.removeRole(username, role);
        return users.user(username);
    }

    @POST
    @Path("/{username}/disabling")
    @Operation(summary = "Disable the user and end their Keycloak and portal sessions")
    public DirectoryUser disable(@PathParam("username") String username) {
        users.disable(username);
        return users.user(username);
    }

    @POST
    @Path("/{username}/enabling")
    public DirectoryUser enable(@PathParam("username") String username) {
        users.enable(username);
        return users.user(username);
    }

    @POST
    @Path("/{username}/password-email")
    @Operation(summary = "Have Keycloak e-mail the user a link to choose a new password")
    public Response passwordEmail(@PathParam("username") String username) {
        users.sendPasswordResetEmail(username);
        return Response.noContent().build();
    }

    @POST
    @Path("/{username}/temporary-password")
    public Response temporaryPassword(@PathParam("username") String username, PasswordRequest request) {
        users.setTemporaryPassword(username, request.temporaryPassword());
        return Response.noContent().build();
    }
}
