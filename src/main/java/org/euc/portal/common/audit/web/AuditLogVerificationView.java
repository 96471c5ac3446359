package org.euc.portal.common.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.euc.portal.common.audit.service.AuditLogVerifier;
import org.euc.portal.common.integrity.ChainVerification;

/** The "verify the audit log" panel of the auditor's and administrator's home pages. */
@Named
@ViewScoped
public class AuditLogVerificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogVerifier verifier;

    private ChainVerification result;

    public void verify() {
        result = verifier.verifyWholeLog();
    }

    public ChainVerification getResult() {
        return result;
    }
}
