package org.euc.portal.common.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Declares a finished document PDF/A-2b (ISO 19005-2, level B: it looks the same in any reader,
 * decades on) by adding what the standard asks on top of the content: XMP metadata with the PDF/A
 * identification and an sRGB output intent for the device colours the pages use. The content must
 * conform by itself: fonts embedded (those of {@link PdfText} are), no transparency, no encryption.
 */
public final class PdfA2b {

    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA2b() {
    }

    /**
     * Call once the document information (title, creator, creation date) is final: PDF/A requires
     * the XMP metadata to repeat it exactly, so it is copied from there.
     */
    public static void declare(PDDocument document) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(document.getDocumentInformation(), catalog.getLanguage()));
        catalog.setMetadata(metadata);
        catalog.addOutputIntent(srgbOutputIntent(document));
    }

    private static byte[] xmp(PDDocumentInformation information, String language) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
        identification.setPart(2);
        try {
            identification.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox rejects PDF/A conformance level B", e);
        }

        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        if (information.getTitle() != null) {
            dublinCore.setTitle(information.getTitle());
        }
        if (language != null) {
            dublinCore.addLanguage(language);
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        if (information.getCreator() != null) {
            basic.setCreatorTool(information.getCreator());
        }
        // Read back from the information dictionary, so both hold the same whole seconds.
        if (information.getCreationDate() != null) {
            basic.setCreateDate(information.getCreationDate());
        }
        if (information.getProducer() != null) {
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(information.getProducer());
        }

        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        return serialized.toByteArray();
    }

    /** The JDK's own sRGB profile (a few kilobytes): what the grey and RGB colours on the pages mean. */
    private static PDOutputIntent srgbOutputIntent(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}
