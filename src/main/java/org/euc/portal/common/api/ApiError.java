package org.euc.portal.common.api;

/** The body of every API error: a stable code for programs and a sentence for people. */
public record ApiError(String error, String message) {
}
