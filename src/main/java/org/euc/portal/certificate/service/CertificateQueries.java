package org.euc.portal.certificate.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.euc.portal.certificate.domain.CaseNote;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateRevision;
import org.euc.portal.certificate.domain.NoteVisibility;
import org.euc.portal.certificate.service.CertificateDetail.DocumentInfo;
import org.euc.portal.certificate.service.CertificateDetail.HistoryEntry;
import org.euc.portal.certificate.service.CertificateDetail.RevisionView;
import org.euc.portal.common.persistence.CappedCount;
import org.euc.portal.common.persistence.LikePattern;
import org.euc.portal.common.security.Roles;
import org.euc.portal.reference.domain.Agency;

/** An agency's certificates for its importers: a list paged in the database, and one certificate in full. */
@ApplicationScoped
@Transactional
public class CertificateQueries {

    private static final String SUMMARY = "SELECT new org.euc.portal.certificate.service.CertificateSummary("
            + "c.reference, c.status, c.currentRevisionNumber, r.details.systemName, r.details.exporterCompany, "
            + "a.code, a.country.code, c.createdAt, c.lastSubmittedAt, c.statusChangedAt) ";
    /**
     * The agency by its id, not its code: the planner then knows how many certificates the agency has
     * and reads them from (agency_id, updated_at, id) in order (V16) instead of sorting them all.
     */
    private static final String FROM = "FROM Certificate c JOIN c.agency a JOIN c.revisions r "
            + "WHERE r.number = c.currentRevisionNumber AND c.agency = :agency";
    /** The same certificates when neither the filter nor the sort looks at the revision. */
    private static final String CERTIFICATES_ONLY = "FROM Certificate c WHERE c.agency = :agency";

    @PersistenceContext
    EntityManager em;

    @Inject
    ImporterScope scope;

    @RolesAllowed(Roles.IMPORTER)
    public List<CertificateSummary> agencyCertificates(CertificateFilter filter, CertificateSort sort, boolean ascending,
            int first, int pageSize) {
        Agency agency = scope.callerAgency();
        String order = " ORDER BY " + sort.expression() + (ascending ? " ASC" : " DESC") + ", c.id DESC";
        // the page's certificates first, narrow rows (an index walk for the default order), then their
        // summaries: a late page no longer joins and sorts every certificate of the agency, on disk
        TypedQuery<Long> page = em.createQuery("SELECT c.id " + from(filter, sort) + conditions(filter) + order, Long.class);
        bind(page, agency, filter);
        List<Long> ids = page.setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SUMMARY + FROM + " AND c.id IN :ids" + order, CertificateSummary.class)
                .setParameter("agency", agency).setParameter("ids", ids).getResultList();
    }

    /** How many of the agency's certificates match, counted as {@link CappedCount} does (200,000 took 100 ms each view). */
    @RolesAllowed(Roles.IMPORTER)
    public long cappedAgencyCertificates(CertificateFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT c.id " + from(filter, null) + conditions(filter), Long.class);
        bind(query, scope.callerAgency(), filter);
        return CappedCount.of(query);
    }

    /** Every certificate has its current revision: it is joined only when the text filter or the sort needs it. */
    private static String from(CertificateFilter filter, CertificateSort sort) {
        return hasText(filter) || sort == CertificateSort.SYSTEM ? FROM : CERTIFICATES_ONLY;
    }

    private static boolean hasText(CertificateFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    /** One of the caller's agency's certificates, with every revision and its history. */
    @RolesAllowed(Roles.IMPORTER)
    public CertificateDetail agencyCertificate(String reference) {
        return detailOf(scope.ownCertificate(reference));
    }

    /** The ministry's side of one of the caller's agency's certificates. */
    @RolesAllowed(Roles.IMPORTER)
    public AgencyCertificateExtras agencyCertificateExtras(String reference) {
        Certificate certificate = scope.ownCertificate(reference);
        List<AgencyCertificateExtras.Message> messages = em.createQuery("SELECT n FROM CaseNote n WHERE n.certificate = "
                        + ":certificate AND n.visibility = :toAgency "
                        + "ORDER BY n.writtenAt, n.id", CaseNote.class)
                .setParameter("certificate", certificate)
                .setParameter("toAgency", NoteVisibility.TO_AGENCY)
                .getResultStream()
                .map(note -> new AgencyCertificateExtras.Message(note.getAuthor(), note.getWrittenAt(), note.getText()))
                .toList();
        return new AgencyCertificateExtras(certificate.getApprovedFrom(), certificate.getApprovedUntil(),
                certificate.getConditions(), documentInfo(certificate.getIssuedDocument()), messages);
    }

    /** Everything pages show about a certificate; documents without their bytes, in one query for all revisions. */
    public CertificateDetail detailOf(Certificate certificate) {
        List<CertificateRevision> revisions = certificate.getRevisions();
        Map<Long, DocumentInfo> documents = documentInfosOf(revisions);
        List<RevisionView> views = new ArrayList<>();
        for (CertificateRevision revision : revisions) {
            views.add(RevisionView.of(revision, documents.get(idOf(revision.getGeneratedDocument())),
                    documents.get(idOf(revision.getSignedDocument()))));
        }
        return new CertificateDetail(certificate.getReference(), certificate.getStatus(), certificate.getVersion(),
                certificate.getAgency().getCode(), certificate.getAgency().getName(),
                certificate.getAgency().getCountry().getCode(), certificate.getAgency().getCountry().getName(),
                certificate.getCreatedAt(), certificate.getFirstSubmittedAt(), certificate.getStatusChangedAt(),
                certificate.isEditableByImporter(), views,
                certificate.getHistory().stream().map(HistoryEntry::of).toList());
    }

    private Map<Long, DocumentInfo> documentInfosOf(List<CertificateRevision> revisions) {
        return documentInfos(revisions.stream()
                .flatMap(revision -> java.util.stream.Stream.of(revision.getGeneratedDocument(), revision.getSignedDocument()))
                .map(CertificateQueries::idOf)
                .filter(java.util.Objects::nonNull)
                .toList());
    }

    private Map<Long, DocumentInfo> documentInfos(List<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("SELECT new org.euc.portal.certificate.service.CertificateDetail$DocumentInfo("
                        + "d.id, d.fileName, d.sizeBytes, d.sha256, d.createdAt) FROM StoredDocument d WHERE d.id IN :ids",
                        DocumentInfo.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity()));
    }

    /** A stored document's description without its bytes; null for no document. */
    public DocumentInfo documentInfo(org.euc.portal.common.document.StoredDocument document) {
        Long id = idOf(document);
        return id == null ? null : documentInfos(List.of(id)).get(id);
    }

    /** The id of a lazily referenced document without loading its bytes. */
    private static Long idOf(org.euc.portal.common.document.StoredDocument document) {
        return document == null ? null : document.getId();
    }

    private static String conditions(CertificateFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.status() != null) {
            where.append(" AND c.status = :status");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (lower(c.reference) LIKE :text ESCAPE '\\' OR lower(r.details.systemName) LIKE :text ESCAPE '\\'"
                    + " OR lower(r.details.exporterCompany) LIKE :text ESCAPE '\\')");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Agency agency, CertificateFilter filter) {
        query.setParameter("agency", agency);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", LikePattern.containing(filter.text().trim().toLowerCase(Locale.ROOT)));
        }
    }
}
