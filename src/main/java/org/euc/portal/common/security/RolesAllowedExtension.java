package org.euc.portal.common.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * WildFly enforces {@code @RolesAllowed} on EJBs only; our services are CDI beans. This extension
 * puts {@link SecuredByRoles} on every class that uses {@code @RolesAllowed} on itself or a method,
 * so the annotation is enforced wherever it is written.
 */
public class RolesAllowedExtension implements Extension {

    <T> void enforceRolesAllowed(@Observes @WithAnnotations(RolesAllowed.class) ProcessAnnotatedType<T> type) {
        type.configureAnnotatedType().add(SecuredByRoles.Literal.INSTANCE);
    }
}
