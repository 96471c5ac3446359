package org.euc.portal.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.euc.portal.admin.service.CountryAdministration;
import org.euc.portal.admin.service.CountryRow;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.CountryNames;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.i18n.CountryName;
import org.euc.portal.reference.domain.CountryApproval;
import org.euc.portal.admin.service.CountryDelisting;
import org.euc.portal.admin.service.DelistingPreview;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The approved-country list: approving and delisting chosen countries, cutting the list down to
 * the countries to keep, and each country's history and profile. Delisting always shows first
 * exactly what it will suspend.
 */
@Named
@ViewScoped
public class CountriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CountryAdministration countries;

    @Inject
    CountryDelisting delisting;

    @Inject
    PageMessages messages;

    @Inject
    CountryNames countryNames;

    private String text;
    private boolean onlyApproved;
    private List<CountryRow> selection = new ArrayList<>();
    private final LazyDataModel<CountryRow> rows = new CountryRows();

    private LocalDate effectiveFrom;
    private String reason;
    private String keep;
    private DelistingPreview preview;

    private CountryRow shown;
    private List<CountryApproval> history = List.of();

    /** Opens the approval dialog for the chosen countries. */
    public void startApproval() {
        if (requireSelection()) {
            resetDecision();
            PrimeFaces.current().executeScript("PF('approveDialog').show()");
        }
    }

    public void approve() {
        try {
            countries.approve(selectedCodes(), effectiveFrom, reason);
            messages.info("countries.approved", selection.size());
            selection = new ArrayList<>();
            PrimeFaces.current().executeScript("PF('approveDialog').hide()");
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    /** Previews delisting the chosen countries. */
    public void previewDelisting() {
        if (requireSelection()) {
            resetDecision();
            showPreview(selectedCodes());
        }
    }

    /** Opens the dialog that cuts the list down to the countries to keep. */
    public void startCut() {
        keep = String.join(" ", countries.approvedToday());
        PrimeFaces.current().executeScript("PF('cutDialog').show()");
    }

    /** Previews delisting every approved country not in the list to keep: one reviewed operation. */
    public void previewCut() {
        Set<String> kept = codes(keep);
        List<String> approved = countries.approvedToday();
        List<String> unknown = kept.stream().filter(code -> !approved.contains(code)).toList();
        if (!unknown.isEmpty()) {
            messages.error("countries.cut.notApproved", String.join(", ", unknown));
            return;
        }
        List<String> cut = approved.stream().filter(code -> !kept.contains(code)).toList();
        if (cut.isEmpty()) {
            messages.warn("countries.cut.nothing");
            return;
        }
        resetDecision();
        PrimeFaces.current().executeScript("PF('cutDialog').hide()");
        showPreview(cut);
    }

    public void delist() {
        try {
            int suspended = delisting.delist(preview.countryCodes(), effectiveFrom, reason);
            messages.info("countries.delisted", preview.countryCodes().size(), suspended);
            preview = null;
            selection = new ArrayList<>();
            PrimeFaces.current().executeScript("PF('delistDialog').hide()");
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public void showHistory(CountryRow row) {
        shown = row;
        history = countries.history(row.code());
    }

    public void saveProfile() {
        countries.setJudicialOrderRequired(shown.code(), shown.judicialOrderRequired());
        messages.info("countries.profileSaved", new CountryName(shown.code(), shown.name()));
    }

    private void showPreview(List<String> codes) {
        preview = delisting.preview(codes);
        PrimeFaces.current().executeScript("PF('delistDialog').show()");
    }

    private boolean requireSelection() {
        if (selection == null || selection.isEmpty()) {
            messages.warn("countries.chooseFirst");
            return false;
        }
        return true;
    }

    private void resetDecision() {
        effectiveFrom = LocalDate.now(ZoneOffset.UTC);
        reason = null;
    }

    private List<String> selectedCodes() {
        return selection.stream().map(CountryRow::code).toList();
    }

    /** Codes typed or pasted in any form: "XA, XB", one per line, lower case. */
    static Set<String> codes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split("[\\s,;]+")).filter(code -> !code.isBlank())
                    .forEach(code -> codes.add(code.toUpperCase(Locale.ROOT)));
        }
        return codes;
    }

    private final class CountryRows extends LazyDataModel<CountryRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) countries.count(text, onlyApproved);
        }

        @Override
        public List<CountryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return countries.page(text, onlyApproved, first, pageSize);
        }

        @Override
        public String getRowKey(CountryRow row) {
            return row.code();
        }

        @Override
        public CountryRow getRowData(String rowKey) {
            return countries.row(rowKey);
        }
    }

    public LazyDataModel<CountryRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOnlyApproved() {
        return onlyApproved;
    }

    public void setOnlyApproved(boolean onlyApproved) {
        this.onlyApproved = onlyApproved;
    }

    public List<CountryRow> getSelection() {
        return selection;
    }

    public void setSelection(List<CountryRow> selection) {
        this.selection = selection;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getKeep() {
        return keep;
    }

    public void setKeep(String keep) {
        this.keep = keep;
    }

    public String getSelectedNames() {
        return selection == null ? "" : String.join(", ",
                selection.stream().map(row -> countryNames.of(row.code(), row.name())).toList());
    }

    public String getPreviewCountries() {
        return preview == null ? "" : String.join(", ", preview.countryCodes());
    }

    public DelistingPreview getPreview() {
        return preview;
    }

    public CountryRow getShown() {
        return shown;
    }

    public List<CountryApproval> getHistory() {
        return history;
    }

    public boolean isJudicialOrderRequired() {
        return shown != null && shown.judicialOrderRequired();
    }

    public void setJudicialOrderRequired(boolean required) {
        if (shown != null) {
            shown = new CountryRow(shown.code(), shown.name(), shown.approved(), shown.since(), shown.reason(), required,
                    shown.agencies());
        }
    }
}
