package org.euc.portal.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What an importer states about the export in one revision: who exports what, how much, for how long. */
@Embeddable
public class RevisionDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    @Column(name = "exporter_company", nullable = false, length = 200)
    private String exporterCompany;

    @NotBlank
    @Size(max = 100)
    @Column(name = "export_licence_reference", nullable = false, length = 100)
    private String exportLicenceReference;

    @NotBlank
    @Size(max = 200)
    @Column(name = "system_name", nullable = false, length = 200)
    private String systemName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "system_category", nullable = false, length = 30)
    private SystemCategory systemCategory;

    @NotNull
    @Min(1)
    @Max(10_000)
    @Column(nullable = false)
    private Integer installations;

    @NotNull
    @Min(1)
    @Max(10_000)
    @Column(nullable = false)
    private Integer sites;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @NotNull
    @Future
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    public RevisionDetails() {
        // an empty form
    }

    public RevisionDetails(String exporterCompany, String exportLicenceReference, String systemName,
            SystemCategory systemCategory, int installations, int sites, LocalDate validFrom, LocalDate validUntil) {
        this.exporterCompany = exporterCompany;
        this.exportLicenceReference = exportLicenceReference;
        this.systemName = systemName;
        this.systemCategory = systemCategory;
        this.installations = installations;
        this.sites = sites;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public RevisionDetails copy() {
        return new RevisionDetails(exporterCompany, exportLicenceReference, systemName, systemCategory, installations,
                sites, validFrom, validUntil);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RevisionDetails that
                && java.util.Objects.equals(exporterCompany, that.exporterCompany)
                && java.util.Objects.equals(exportLicenceReference, that.exportLicenceReference)
                && java.util.Objects.equals(systemName, that.systemName)
                && systemCategory == that.systemCategory
                && java.util.Objects.equals(installations, that.installations)
                && java.util.Objects.equals(sites, that.sites)
                && java.util.Objects.equals(validFrom, that.validFrom)
                && java.util.Objects.equals(validUntil, that.validUntil);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(exporterCompany, exportLicenceReference, systemName, systemCategory,
                installations, sites, validFrom, validUntil);
    }

    public String getExporterCompany() {
        return exporterCompany;
    }

    public void setExporterCompany(String exporterCompany) {
        this.exporterCompany = exporterCompany;
    }

    public String getExportLicenceReference() {
        return exportLicenceReference;
    }

    public void setExportLicenceReference(String exportLicenceReference) {
        this.exportLicenceReference = exportLicenceReference;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = systemName;
    }

    public SystemCategory getSystemCategory() {
        return systemCategory;
    }

    public void setSystemCategory(SystemCategory systemCategory) {
        this.systemCategory = systemCategory;
    }

    public Integer getInstallations() {
        return installations;
    }

    public void setInstallations(Integer installations) {
        this.installations = installations;
    }

    public Integer getSites() {
        return sites;
    }

    public void setSites(Integer sites) {
        this.sites = sites;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
