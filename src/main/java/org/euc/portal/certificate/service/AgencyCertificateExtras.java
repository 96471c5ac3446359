package org.euc.portal.certificate.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the ministry decided about an agency's certificate and wrote to the agency, for its
 * importers: the approved validity and conditions, the issued PDF, messages from reviewers.
 */
public record AgencyCertificateExtras(LocalDate approvedFrom, LocalDate approvedUntil, String conditions,
        CertificateDetail.DocumentInfo issuedDocument, List<Message> messages) implements Serializable {

    /** A message a reviewer wrote to the agency. */
    public record Message(String author, Instant writtenAt, String text) implements Serializable {
    }
}
