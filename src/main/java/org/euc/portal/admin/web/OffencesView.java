package org.euc.portal.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.euc.portal.admin.service.CatalogueImport;
import org.euc.portal.admin.service.CountryAdministration;
import org.euc.portal.admin.service.OffenceAdministration;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.reference.domain.Country;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.reference.service.OffenceCatalogueCsv;
import org.euc.portal.reference.service.OffenceCatalogueCsv.OffenceLine;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One country's offence catalogue: browse with or without history, add, revise, import a CSV file. */
@Named
@ViewScoped
public class OffencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OffenceAdministration offences;

    @Inject
    CountryAdministration countries;

    @Inject
    PageMessages messages;

    private String countryCode;
    private String text;
    private boolean withHistory;
    private final LazyDataModel<Offence> rows = new OffenceRows();
    private List<Country> countryChoices;

    /** The version being revised, or null when adding a new code. */
    private Offence revising;
    private String offenceCode;
    private String statute;
    private String name;
    private Integer maxPenaltyYears;
    private boolean lifeImprisonment;
    private OffenceCategory category;
    private LocalDate effectiveFrom;

    private List<Offence> history = List.of();
    private List<String> importProblems = List.of();

    public void startCreate() {
        if (countryCode == null || countryCode.isBlank()) {
            messages.warn("offences.chooseCountry");
            return;
        }
        revising = null;
        offenceCode = countryCode + "-";
        statute = null;
        name = null;
        maxPenaltyYears = null;
        lifeImprisonment = false;
        category = null;
        effectiveFrom = LocalDate.now(ZoneOffset.UTC);
        PrimeFaces.current().executeScript("PF('offenceDialog').show()");
    }

    public void startRevision(Offence current) {
        revising = current;
        offenceCode = current.getOffenceCode();
        statute = current.getStatute();
        name = current.getName();
        maxPenaltyYears = current.getMaxPenaltyYears();
        lifeImprisonment = current.isLifeImprisonment();
        category = current.getCategory();
        effectiveFrom = LocalDate.now(ZoneOffset.UTC);
        PrimeFaces.current().executeScript("PF('offenceDialog').show()");
    }

    public void save() {
        OffenceLine line = new OffenceLine(offenceCode == null ? null : offenceCode.strip(), statute, name,
                maxPenaltyYears, lifeImprisonment, category, effectiveFrom);
        try {
            if (revising == null) {
                offences.create(countryCode, line);
                messages.info("offences.created", line.offenceCode());
            } else {
                offences.revise(revising.getId(), line);
                messages.info("offences.revised", line.offenceCode(), effectiveFrom);
            }
            PrimeFaces.current().executeScript("PF('offenceDialog').hide()");
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public void showHistory(Offence offence) {
        history = offences.history(offence.getCountryCode(), offence.getOffenceCode());
    }

    public void importCsv(FileUploadEvent event) {
        if (countryCode == null || countryCode.isBlank()) {
            messages.warn("offences.chooseCountry");
            return;
        }
        try (InputStream in = event.getFile().getInputStream()) {
            CatalogueImport result = offences.importCsv(countryCode, in);
            if (result.applied()) {
                importProblems = List.of();
                messages.info("offences.imported", result.created(), result.revised(), result.unchanged(), result.flagsRaised());
            } else {
                importProblems = result.problems().stream().map(messages::describe).toList();
                messages.error("offences.importRefused", result.problems().size());
            }
        } catch (RuleViolationException e) {
            messages.refused(e);
        } catch (IOException e) {
            messages.error("signature.uploadFailed");
        }
    }

    public boolean isCurrent(Offence offence) {
        return offence.getEffectiveUntil() == null;
    }

    private final class OffenceRows extends LazyDataModel<Offence> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return countryCode == null || countryCode.isBlank() ? 0 : (int) offences.count(countryCode, text, withHistory);
        }

        @Override
        public List<Offence> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return countryCode == null || countryCode.isBlank() ? List.of()
                    : offences.page(countryCode, text, withHistory, first, pageSize);
        }

        @Override
        public String getRowKey(Offence offence) {
            return offence.getId().toString();
        }
    }

    public String getCsvHeader() {
        return String.join(",", OffenceCatalogueCsv.COLUMNS);
    }

    public LazyDataModel<Offence> getRows() {
        return rows;
    }

    public List<Country> getCountryChoices() {
        if (countryChoices == null) {
            countryChoices = countries.all();
        }
        return countryChoices;
    }

    public OffenceCategory[] getCategories() {
        return OffenceCategory.values();
    }

    public boolean isCreating() {
        return revising == null;
    }

    public List<Offence> getHistory() {
        return history;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isWithHistory() {
        return withHistory;
    }

    public void setWithHistory(boolean withHistory) {
        this.withHistory = withHistory;
    }

    public String getOffenceCode() {
        return offenceCode;
    }

    public void setOffenceCode(String offenceCode) {
        this.offenceCode = offenceCode;
    }

    public String getStatute() {
        return statute;
    }

    public void setStatute(String statute) {
        this.statute = statute;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMaxPenaltyYears() {
        return maxPenaltyYears;
    }

    public void setMaxPenaltyYears(Integer maxPenaltyYears) {
        this.maxPenaltyYears = maxPenaltyYears;
    }

    public boolean isLifeImprisonment() {
        return lifeImprisonment;
    }

    public void setLifeImprisonment(boolean lifeImprisonment) {
        this.lifeImprisonment = lifeImprisonment;
    }

    public OffenceCategory getCategory() {
        return category;
    }

    public void setCategory(OffenceCategory category) {
        this.category = category;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
