package org.euc.portal.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.euc.portal.admin.service.AgencyAdministration;
import org.euc.portal.admin.service.AgencyRow;
import org.euc.portal.admin.service.CountryAdministration;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.reference.domain.AgencyKind;
import org.euc.portal.reference.domain.Country;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The agencies: list, create, correct, deactivate and reactivate; signatories are on the agency's page. */
@Named
@ViewScoped
public class AgenciesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyAdministration agencies;

    @Inject
    CountryAdministration countries;

    @Inject
    PageMessages messages;

    private String text;
    private String countryCode;
    private final LazyDataModel<AgencyRow> rows = new AgencyRows();
    private List<Country> countryChoices;

    /** The agency being created (editing == null) or edited. */
    private AgencyRow editing;
    private String code;
    private String name;
    private AgencyKind kind;
    private String newCountryCode;
    private String reason;

    public void startCreate() {
        editing = null;
        code = null;
        name = null;
        kind = AgencyKind.POLICE;
        newCountryCode = countryCode;
        PrimeFaces.current().executeScript("PF('agencyDialog').show()");
    }

    public void startEdit(AgencyRow row) {
        editing = row;
        code = row.code();
        name = row.name();
        kind = row.kind();
        newCountryCode = row.countryCode();
        reason = null;
        PrimeFaces.current().executeScript("PF('agencyDialog').show()");
    }

    public void save() {
        try {
            if (editing == null) {
                agencies.create(code, name, kind, newCountryCode);
                messages.info("agencies.created", code);
            } else {
                agencies.change(editing.code(), name, kind, editing.version());
                messages.info("agencies.saved", editing.code());
            }
            PrimeFaces.current().executeScript("PF('agencyDialog').hide()");
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public void deactivate() {
        try {
            agencies.deactivate(editing.code(), reason, editing.version());
            messages.info("agencies.deactivated", editing.code());
            PrimeFaces.current().executeScript("PF('agencyDialog').hide()");
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public void reactivate() {
        try {
            agencies.reactivate(editing.code(), editing.version());
            messages.info("agencies.reactivated", editing.code());
            PrimeFaces.current().executeScript("PF('agencyDialog').hide()");
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    private final class AgencyRows extends LazyDataModel<AgencyRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) agencies.count(text, blankToNull(countryCode));
        }

        @Override
        public List<AgencyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return agencies.page(text, blankToNull(countryCode), first, pageSize);
        }

        @Override
        public String getRowKey(AgencyRow row) {
            return row.code();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public LazyDataModel<AgencyRow> getRows() {
        return rows;
    }

    public List<Country> getCountryChoices() {
        if (countryChoices == null) {
            countryChoices = countries.all();
        }
        return countryChoices;
    }

    public AgencyKind[] getKinds() {
        return AgencyKind.values();
    }

    public boolean isCreating() {
        return editing == null;
    }

    public AgencyRow getEditing() {
        return editing;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public String getNewCountryCode() {
        return newCountryCode;
    }

    public void setNewCountryCode(String newCountryCode) {
        this.newCountryCode = newCountryCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
