package org.euc.portal.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.euc.portal.admin.service.AgencyAdministration;
import org.euc.portal.admin.service.AgencyRow;
import org.euc.portal.admin.service.UserAdministration;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.security.Roles;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.directory.domain.NewUser;
import org.euc.portal.directory.service.DirectoryUnavailableException;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The portal's users as Keycloak keeps them: list, create, roles, disable, passwords. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    @Inject
    AgencyAdministration agencies;

    @Inject
    PageMessages messages;

    private String search;
    private final LazyDataModel<DirectoryUser> rows = new UserRows();
    private List<AgencyRow> agencyChoices;

    private String username;
    private String email;
    private String firstName;
    private String lastName;
    private String role = Roles.IMPORTER;
    private String agencyCode;
    private String temporaryPassword;

    /** The user whose roles or password are being changed. */
    private DirectoryUser selected;
    private List<String> roles = new ArrayList<>();

    public void startCreate() {
        username = null;
        email = null;
        firstName = null;
        lastName = null;
        role = Roles.IMPORTER;
        agencyCode = null;
        temporaryPassword = null;
        PrimeFaces.current().executeScript("PF('createDialog').show()");
    }

    public void create() {
        boolean importer = Roles.IMPORTER.equals(role);
        run(() -> {
            users.create(new NewUser(username, email, firstName, lastName, importer ? agencyCode : null, List.of(role),
                    temporaryPassword));
            messages.info("users.created", username);
            PrimeFaces.current().executeScript("PF('createDialog').hide()");
        });
    }

    public void startEdit(DirectoryUser user) {
        selected = user;
        roles = new ArrayList<>(user.roles());
        temporaryPassword = null;
        PrimeFaces.current().executeScript("PF('userDialog').show()");
    }

    /** Grants the roles ticked and removes the others, one audited change each. */
    public void saveRoles() {
        run(() -> {
            for (String granted : roles) {
                if (!selected.hasRole(granted)) {
                    users.grantRole(selected.username(), granted);
                }
            }
            for (String held : selected.roles()) {
                if (!roles.contains(held)) {
                    users.removeRole(selected.username(), held);
                }
            }
            messages.info("users.rolesSaved", selected.username());
            selected = users.user(selected.username());
        });
    }

    public void setPassword() {
        run(() -> {
            users.setTemporaryPassword(selected.username(), temporaryPassword);
            temporaryPassword = null;
            messages.info("users.passwordSet", selected.username());
        });
    }

    public void sendResetEmail() {
        run(() -> {
            users.sendPasswordResetEmail(selected.username());
            messages.info("users.resetSent", selected.email());
        });
    }

    public void disable() {
        run(() -> {
            users.disable(selected.username());
            messages.info("users.disabled", selected.username());
            selected = users.user(selected.username());
        });
    }

    public void enable() {
        run(() -> {
            users.enable(selected.username());
            messages.info("users.enabled", selected.username());
            selected = users.user(selected.username());
        });
    }

    /** Every change is a request to Keycloak: a refusal or an unreachable Keycloak is told, not thrown. */
    private void run(Runnable change) {
        try {
            change.run();
        } catch (RuleViolationException e) {
            messages.refused(e);
        } catch (DirectoryUnavailableException e) {
            messages.error("users.directoryUnavailable");
        }
    }

    private final class UserRows extends LazyDataModel<DirectoryUser> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) users.count(search);
            } catch (DirectoryUnavailableException e) {
                messages.error("users.directoryUnavailable");
                return 0;
            }
        }

        @Override
        public List<DirectoryUser> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                return users.page(search, first, pageSize);
            } catch (DirectoryUnavailableException e) {
                return List.of(); // already told by count(), which the table asks first
            }
        }

        @Override
        public String getRowKey(DirectoryUser user) {
            return user.username();
        }
    }

    public LazyDataModel<DirectoryUser> getRows() {
        return rows;
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public List<AgencyRow> getAgencyChoices() {
        if (agencyChoices == null) {
            agencyChoices = agencies.active();
        }
        return agencyChoices;
    }

    public boolean isImporterRole() {
        return Roles.IMPORTER.equals(role);
    }

    public int getPasswordMinLength() {
        return UserAdministration.TEMPORARY_PASSWORD_MIN_LENGTH;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public DirectoryUser getSelected() {
        return selected;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
