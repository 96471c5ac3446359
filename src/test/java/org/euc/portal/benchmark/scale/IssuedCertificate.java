package org.euc.portal.benchmark.scale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.euc.portal.benchmark.scale.ScaleReferenceData.AgencyProfile;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.ledger.domain.LedgerFacts;

/**
 * What the ledger generator needs to know of a certificate the ministry issued: what it declared,
 * what its approval covers, and the stretch of time in which its agency recorded authorizations.
 *
 * @param declaredOffences the approved revision's offences, code to id
 * @param recordingFrom the certificate was issued (approval confirmed): no entry before
 * @param recordingUntil the last moment an entry is recorded: now, or just before it stopped being approved
 * @param lastDayOfUse the last day a use may cover and still be within the approval
 * @param statusPeriods the certificate's status over time, for the portal's ledger rules
 */
record IssuedCertificate(long id, String reference, AgencyProfile agency, int revisionNumber,
        Set<TerroristAct> declaredActs, Map<String, Long> declaredOffences, LocalDate approvedFrom, LocalDate approvedUntil,
        Instant recordingFrom, Instant recordingUntil, LocalDate lastDayOfUse, List<LedgerFacts.StatusPeriod> statusPeriods) {

    /** Whether the agency had time to record anything at all (an approval can end the day it begins). */
    boolean hasRecordingWindow() {
        return recordingUntil.isAfter(recordingFrom) && !approvedFrom.isAfter(lastDayOfUse);
    }
}
