package org.euc.portal.common.persistence;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/** Puts {@link ReportsConcurrentChanges} on every bean that uses {@code @Transactional}. */
public class ConcurrentChangeExtension implements Extension {

    <T> void reportConcurrentChanges(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        type.configureAnnotatedType().add(ReportsConcurrentChanges.Literal.INSTANCE);
    }
}
