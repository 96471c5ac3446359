package org.euc.portal.testsupport.incontainer;

import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the test stack for an in-container test class on the test side only: inside the server
 * the same class runs again, one method at a time, and must not start anything.
 */
public final class StackOutsideTheServer implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!insideTheServer()) {
            new TestStack().beforeAll(context);
        }
    }

    /** True in WildFly's JVM, which always sets its base directory. */
    public static boolean insideTheServer() {
        return System.getProperty("jboss.server.base.dir") != null;
    }
}
