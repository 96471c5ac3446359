package org.euc.portal.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.AccessDeniedException;

/**
 * Turns a refused or unknown-record exception from a full page request into a 403 or 404 with
 * the friendly error page. (Ajax requests are answered by OmniFaces' FullAjaxExceptionHandler
 * using the same error pages from web.xml.)
 */
@WebFilter(filterName = "ErrorStatusFilter", asyncSupported = true)
public class ErrorStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            int status = statusFor(e);
            if (status == 0 || response.isCommitted()) {
                throw e;
            }
            response.sendError(status);
        }
    }

    private static int statusFor(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (cause instanceof NoSuchRecordException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
        }
        return 0;
    }
}
