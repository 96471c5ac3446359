package org.euc.portal.common.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.euc.portal.common.logging.ErrorLog;

/**
 * The reference of the unexpected error the 500 page shows, for the user to quote. The error was
 * logged under it when it was caught ({@link org.euc.portal.common.web.ErrorStatusFilter}), or is
 * logged now when it reached the error page another way. The user never sees a stack trace.
 */
@Named
@RequestScoped
public class ErrorReference {

    /** The request attribute holding the reference an error was logged under already. */
    public static final String ATTRIBUTE = "org.euc.portal.errorReference";

    @Inject
    ErrorLog errorLog;

    private String reference;

    @PostConstruct
    void findOrLogError() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (request.get(ATTRIBUTE) instanceof String logged) {
            reference = logged;
            return;
        }
        Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
        String where = String.valueOf(request.get(RequestDispatcher.ERROR_REQUEST_URI));
        reference = errorLog.unexpected(where, error instanceof Throwable throwable ? throwable
                : new IllegalStateException("an error page was shown without an exception"));
    }

    public String getReference() {
        return reference;
    }
}
