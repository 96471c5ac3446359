package org.euc.portal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the real stack, started once per run by {@link TestStack};
 * the browsers of a failing test leave their last page behind ({@link BrowserArtifacts}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({TestStack.class, BrowserArtifacts.class})
public @interface IntegrationTest {
}
