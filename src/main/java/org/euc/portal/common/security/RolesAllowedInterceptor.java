package org.euc.portal.common.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.euc.portal.common.audit.service.AuditLog;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on CDI beans before any
 * transaction starts. A refusal is written to the audit log and ends in {@link AccessDeniedException}.
 */
@SecuredByRoles
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RolesAllowedInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @AroundInvoke
    Object checkRoles(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        String[] allowed = allowedRoles(method);
        if (allowed != null && Arrays.stream(allowed).noneMatch(caller::hasRole)) {
            String operation = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            auditLog.recordAccessDenied(operation, "requires one of " + String.join(", ", allowed));
            // the audit log names the operation; the caller is told only what would have allowed it
            throw new AccessDeniedException(allowed.length == 0 ? "Nobody may do this through the portal."
                    : "You are not allowed to do this: it needs the role " + String.join(" or ", allowed) + ".");
        }
        return invocation.proceed();
    }

    /** The roles that may call the method, or null when anybody may. */
    private static String[] allowedRoles(Method method) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return new String[0];
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Class<?> type = method.getDeclaringClass();
        if (type.isAnnotationPresent(DenyAll.class)) {
            return new String[0];
        }
        RolesAllowed onType = type.getAnnotation(RolesAllowed.class);
        return onType == null ? null : onType.value();
    }
}
