package org.euc.portal.admin.service;

/**
 * Fired inside the transaction in which an administrator's approval of a country takes effect
 * today; the review side observes it and tells the reviewers which certificates the country's
 * delisting suspended. An event, so that administration needs nothing from review.
 *
 * @param countryCode the country now on the approved list
 */
public record CountryApprovedAgain(String countryCode) {
}
