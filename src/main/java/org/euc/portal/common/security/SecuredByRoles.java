package org.euc.portal.common.security;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link RolesAllowedInterceptor}. Never written by hand: {@link RolesAllowedExtension} adds
 * it to every bean that uses {@code @RolesAllowed}, so forgetting it is impossible.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SecuredByRoles {

    final class Literal extends AnnotationLiteral<SecuredByRoles> implements SecuredByRoles {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
