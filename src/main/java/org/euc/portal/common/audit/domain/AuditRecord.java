package org.euc.portal.common.audit.domain;

/**
 * What an audit event says, before it is sealed into the chain.
 *
 * @param actor user name, or "system" for scheduled and automatic work
 * @param actorRoles the actor's portal roles, comma separated
 * @param action what happened, e.g. LOGIN or CERTIFICATE_SUBMITTED
 * @param subjectType kind of thing acted on, e.g. CERTIFICATE; null for events about the actor
 * @param subjectId identifier of the thing acted on
 * @param details free text or key=value pairs a reader needs to understand the event
 * @param clientAddress address the request came from; null for work without a request
 */
public record AuditRecord(String actor, String actorRoles, String action, String subjectType, String subjectId,
        String details, String clientAddress) {
}
