package org.euc.portal.ledger.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.ledger.domain.AuthorizationInput;
import org.euc.portal.ledger.domain.AuthorizationKind;

/** The "record an authorization" form's fields; the service validates what it makes of them. */
public class AuthorizationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which kind of legal basis the user picked: one of the nine acts, or a catalogued offence. */
    public enum BasisType {
        TERRORIST_ACT,
        OFFENCE
    }

    private String orderReference;
    private String issuingAuthority;
    private AuthorizationKind kind = AuthorizationKind.JUDICIAL_ORDER;
    private String otherCitation;
    private LocalDate issuedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private LocalDate usedFrom;
    private LocalDate usedUntil;
    private BasisType basisType = BasisType.TERRORIST_ACT;
    private TerroristAct terroristAct;
    private String offenceCode;
    private Integer targets = 1;
    private String operationReference;

    public AuthorizationInput toInput() {
        boolean act = basisType == BasisType.TERRORIST_ACT;
        return new AuthorizationInput(orderReference, issuingAuthority, kind,
                kind == AuthorizationKind.OTHER_AUTHORIZATION ? otherCitation : null, issuedOn, validFrom, validUntil,
                usedFrom, usedUntil, act ? terroristAct : null, act ? null : offenceCode, targets, operationReference);
    }

    public String getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(String orderReference) {
        this.orderReference = orderReference;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public void setIssuingAuthority(String issuingAuthority) {
        this.issuingAuthority = issuingAuthority;
    }

    public AuthorizationKind getKind() {
        return kind;
    }

    public void setKind(AuthorizationKind kind) {
        this.kind = kind;
    }

    public String getOtherCitation() {
        return otherCitation;
    }

    public void setOtherCitation(String otherCitation) {
        this.otherCitation = otherCitation;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
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

    public LocalDate getUsedFrom() {
        return usedFrom;
    }

    public void setUsedFrom(LocalDate usedFrom) {
        this.usedFrom = usedFrom;
    }

    public LocalDate getUsedUntil() {
        return usedUntil;
    }

    public void setUsedUntil(LocalDate usedUntil) {
        this.usedUntil = usedUntil;
    }

    public BasisType getBasisType() {
        return basisType;
    }

    public void setBasisType(BasisType basisType) {
        this.basisType = basisType;
    }

    public TerroristAct getTerroristAct() {
        return terroristAct;
    }

    public void setTerroristAct(TerroristAct terroristAct) {
        this.terroristAct = terroristAct;
    }

    public String getOffenceCode() {
        return offenceCode;
    }

    public void setOffenceCode(String offenceCode) {
        this.offenceCode = offenceCode;
    }

    public Integer getTargets() {
        return targets;
    }

    public void setTargets(Integer targets) {
        this.targets = targets;
    }

    public String getOperationReference() {
        return operationReference;
    }

    public void setOperationReference(String operationReference) {
        this.operationReference = operationReference;
    }
}
