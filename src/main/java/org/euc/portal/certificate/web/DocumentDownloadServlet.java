package org.euc.portal.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.euc.portal.certificate.service.CertificateDocuments;
import org.euc.portal.common.document.StoredDocument;

/**
 * {@code GET /documents/EUC-2026-000123/1/generated.pdf} (or {@code signed.pdf}): a revision's PDF
 * as a download; {@code /documents/EUC-2026-000123/issued.pdf}: the ministry's issued certificate. Who may read it is decided by {@link CertificateDocuments}.
 */
@WebServlet(name = "DocumentDownloadServlet", urlPatterns = "/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern REVISION_PDF = Pattern.compile("^/([A-Z0-9-]{1,20})/(\\d{1,4})/(generated|signed)\\.pdf$");
    private static final Pattern ISSUED_PDF = Pattern.compile("^/([A-Z0-9-]{1,20})/issued\\.pdf$");

    @Inject
    transient CertificateDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher revision = REVISION_PDF.matcher(pathInfo);
        Matcher issued = ISSUED_PDF.matcher(pathInfo);
        StoredDocument document;
        if (revision.matches()) {
            document = documents.read(revision.group(1), Integer.parseInt(revision.group(2)),
                    CertificateDocuments.Kind.valueOf(revision.group(3).toUpperCase(java.util.Locale.ROOT)));
        } else if (issued.matches()) {
            document = documents.read(issued.group(1), 0, CertificateDocuments.Kind.ISSUED);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = document.getContent();
        response.setContentType(document.getMediaType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.getFileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-SHA256", document.getSha256());
        response.getOutputStream().write(content);
    }
}
