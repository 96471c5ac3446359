package org.euc.portal.common.persistence;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link ConcurrentChangeInterceptor}; {@link ConcurrentChangeExtension} adds it to every
 * transactional bean, so nobody has to remember it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReportsConcurrentChanges {

    final class Literal extends AnnotationLiteral<ReportsConcurrentChanges> implements ReportsConcurrentChanges {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
