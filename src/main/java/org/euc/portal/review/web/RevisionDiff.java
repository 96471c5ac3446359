package org.euc.portal.review.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.euc.portal.certificate.service.CertificateDetail.RevisionView;
import org.euc.portal.common.i18n.MessageCatalog;

/**
 * What changed between two revisions, field by field, for the side-by-side view. Values are
 * already words (labels resolved by the caller) so the page only lays them out.
 */
public final class RevisionDiff implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One compared field: its label key, the value before and after, and whether it changed. */
    public record Row(String labelKey, String before, String after) implements Serializable {

        public boolean isChanged() {
            return !Objects.equals(before, after);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    private RevisionDiff() {
    }

    /**
     * @param describe turns a revision's purposes into words (acts with their text, offences with statute and penalty)
     * @param locale the reader's language, for labels among the values (the system category)
     */
    public static RevisionDiff between(RevisionView before, RevisionView after, Function<RevisionView, List<String>> describe,
            Locale locale) {
        RevisionDiff diff = new RevisionDiff();
        diff.add("draft.exporter", before, after, r -> r.details().getExporterCompany());
        diff.add("draft.exportLicence", before, after, r -> r.details().getExportLicenceReference());
        diff.add("draft.system", before, after, r -> r.details().getSystemName());
        diff.add("draft.systemCategory", before, after, r -> MessageCatalog.text(locale, r.details().getSystemCategory().labelKey()));
        diff.add("draft.installations", before, after, r -> String.valueOf(r.details().getInstallations()));
        diff.add("draft.sites", before, after, r -> String.valueOf(r.details().getSites()));
        diff.add("pdf.validity", before, after, r -> r.details().getValidFrom() + " – " + r.details().getValidUntil());
        diff.add("draft.signatory", before, after, r -> r.signatoryName() + ", " + r.signatoryTitle());
        diff.add("pdf.section.purposes", before, after, r -> String.join("\n", describe.apply(r)));
        diff.add("certificate.signerFingerprint", before, after, RevisionView::signerFingerprint);
        return diff;
    }

    private void add(String labelKey, RevisionView before, RevisionView after, Function<RevisionView, String> value) {
        rows.add(new Row(labelKey, value.apply(before), value.apply(after)));
    }

    public List<Row> getRows() {
        return List.copyOf(rows);
    }

    public String summary() {
        return rows.stream().filter(Row::isChanged).map(Row::labelKey).collect(Collectors.joining(", "));
    }
}
