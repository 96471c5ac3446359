package org.euc.portal.testsupport.incontainer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests run inside the test stack's WildFly (Arquillian, remote container):
 * the stack is started first, outside the server, then the class's {@code @Deployment} — a copy of
 * the portal with the test classes, from {@link PortalCopy} — is deployed next to the portal and the
 * test methods run in it with real injection, real JTA and the real PostgreSQL.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({StackOutsideTheServer.class, ArquillianExtension.class})
public @interface InContainerTest {
}
