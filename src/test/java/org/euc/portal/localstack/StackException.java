package org.euc.portal.localstack;

/**
 * A problem starting the local stack, told in one sentence that says what is wrong and how to fix
 * it. The launcher prints the message, never a stack trace.
 */
public class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
