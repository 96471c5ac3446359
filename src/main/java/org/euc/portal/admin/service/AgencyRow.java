package org.euc.portal.admin.service;

import java.io.Serializable;
import org.euc.portal.reference.domain.AgencyKind;

/**
 * An agency in the administrator's list.
 *
 * @param signatoriesAbleToSign registered signatories whose certificate is valid and not revoked now
 */
public record AgencyRow(String code, String name, AgencyKind kind, String countryCode, String countryName,
        boolean active, long signatoriesAbleToSign, long version) implements Serializable {
}
