package org.euc.portal.common.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import org.euc.portal.common.domain.RuleViolationException;
import org.hibernate.StaleStateException;

/**
 * When two people change the same record at once, the loser's transaction fails on the version
 * check, either while the method flushes or at commit. Either way the caller gets the same
 * {@link RuleViolationException#concurrentChange()}: a clear message, nothing half-saved. Runs
 * outside the transaction interceptor so that it also sees failures at commit.
 */
@ReportsConcurrentChanges
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class ConcurrentChangeInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    Object reportConcurrentChanges(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (isLostUpdate(e)) {
                throw RuleViolationException.concurrentChange();
            }
            throw e;
        }
    }

    private static boolean isLostUpdate(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
