package org.euc.portal.common.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.euc.portal.common.faces.ErrorReference;
import org.euc.portal.common.logging.ErrorLog;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.AccessDeniedException;

/**
 * Turns a refused or unknown-record exception from a full page request into a 403 or 404 with
 * the friendly error page, and anything else into a 500 with its reference, logged once through
 * {@link ErrorLog} rather than by every layer it passes (Undertow would log each request's full
 * trace again). Ajax requests are answered by OmniFaces' FullAjaxExceptionHandler using the same
 * error pages from web.xml.
 */
@WebFilter(filterName = "ErrorStatusFilter", asyncSupported = true)
public class ErrorStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ErrorLog errorLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || causedBy(e, ViewExpiredException.class)) {
                throw e; // web.xml answers an expired view with its own page
            }
            int status = statusFor(e);
            if (status == 0) {
                request.setAttribute(ErrorReference.ATTRIBUTE, errorLog.unexpected(request.getMethod() + " "
                        + request.getRequestURI(), e));
                status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            }
            response.sendError(status);
        }
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static int statusFor(Throwable exception) {
        if (causedBy(exception, AccessDeniedException.class)) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return causedBy(exception, NoSuchRecordException.class) ? HttpServletResponse.SC_NOT_FOUND : 0;
    }
}
