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
import org.euc.portal.admin.service.AgencyAdministration;
import org.euc.portal.admin.service.AgencyRow;
import org.euc.portal.admin.service.SignatoryAdministration;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.reference.domain.Signatory;
import org.euc.portal.reference.domain.SignatoryCertificate;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/** One agency's signatories: registering a certificate, revoking a signatory. Opened with ?code=ARC-NPA. */
@Named
@ViewScoped
public class SignatoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyAdministration agencies;

    @Inject
    SignatoryAdministration signatories;

    @Inject
    PageMessages messages;

    private String code;
    private AgencyRow agency;
    private List<Signatory> list = List.of();

    private String name;
    private String title;
    private byte[] certificate;
    private String certificateName;

    private Signatory revoking;
    private LocalDate effectiveFrom;
    private String reason;

    /** Called by the page's view action; an unknown code gives the not-found page. */
    public void load() {
        agency = agencies.agency(code);
        list = signatories.signatoriesOf(code);
    }

    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > SignatoryCertificate.MAX_BYTES) {
            messages.error("signatoryCertificate.NOT_A_CERTIFICATE");
            return;
        }
        try (InputStream in = event.getFile().getInputStream()) {
            certificate = in.readAllBytes();
            certificateName = event.getFile().getFileName();
        } catch (IOException e) {
            messages.error("signature.uploadFailed");
        }
    }

    public void register() {
        if (certificate == null) {
            messages.error("signatories.chooseCertificate");
            return;
        }
        try {
            String fingerprint = signatories.register(code, name, title, certificate);
            messages.info("signatories.registered", name, fingerprint);
            name = null;
            title = null;
            certificate = null;
            certificateName = null;
            load();
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public void startRevocation(Signatory signatory) {
        revoking = signatory;
        effectiveFrom = LocalDate.now(ZoneOffset.UTC);
        reason = null;
        PrimeFaces.current().executeScript("PF('revokeDialog').show()");
    }

    public void revoke() {
        try {
            signatories.revoke(revoking.getFingerprint(), effectiveFrom, reason, revoking.getVersion());
            messages.info("signatories.revoked", revoking.getName());
            PrimeFaces.current().executeScript("PF('revokeDialog').hide()");
            load();
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public AgencyRow getAgency() {
        return agency;
    }

    public List<Signatory> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCertificateName() {
        return certificateName;
    }

    public Signatory getRevoking() {
        return revoking;
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
}
