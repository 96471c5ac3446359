package org.euc.portal.common.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives an unexpected error a short reference the user can quote, and writes the full error with
 * that reference to the server log. The user never sees a stack trace.
 */
@Named
@RequestScoped
public class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

    private String reference;

    @PostConstruct
    void logError() {
        reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Object error = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof Throwable throwable) {
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, throwable);
        } else {
            LOG.severe("Unexpected error, reference " + reference + " (no exception attached)");
        }
    }

    public String getReference() {
        return reference;
    }
}
