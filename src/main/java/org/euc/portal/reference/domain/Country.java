package org.euc.portal.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country of end users, by ISO 3166-1 alpha-2 code. Its approval lives in {@link CountryApproval}. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    /** Country profile: national law requires a judicial order for every use, not another authorization. */
    @Column(name = "judicial_order_required", nullable = false)
    private boolean judicialOrderRequired;

    protected Country() {
        // for JPA
    }

    public Country(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isJudicialOrderRequired() {
        return judicialOrderRequired;
    }

    public void setJudicialOrderRequired(boolean judicialOrderRequired) {
        this.judicialOrderRequired = judicialOrderRequired;
    }
}
