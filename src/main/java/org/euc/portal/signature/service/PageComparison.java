package org.euc.portal.signature.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Compares what the pages of the generated PDF and of the signed revision show. The byte checks
 * prove our bytes were signed, but the signer's own incremental update is signed too and could
 * override a page while adding the signature. A heuristic on what a reader sees: same page count,
 * and per page the same content, resources, media box, crop box, rotation and annotations,
 * signature widgets aside. Signature widgets themselves may carry any appearance.
 *
 * <p>Streams are compared as stored, never decoded: a signer appends, so an unchanged stream is
 * the same bytes under the same filters, and nothing an upload holds (compressed data, images)
 * is ever unpacked here. A stream re-encoded to the same content counts as changed.
 */
final class PageComparison {

    /** Deep enough for fonts and images; a deliberately deeper nesting is not compared further. */
    private static final int MAX_DEPTH = 32;
    /** Page attributes that decide what is shown and where, besides the content streams themselves. */
    private static final List<COSName> DISPLAY_ATTRIBUTES =
            List.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);

    private final List<String> differences = new ArrayList<>();
    /** Pairs of objects already compared (or being compared): shared objects and cycles are walked once. */
    private final Map<COSBase, Set<COSBase>> comparedPairs = new IdentityHashMap<>();

    private PageComparison() {
    }

    /** What the signed revision changed besides adding signatures; empty when nothing. */
    static List<String> differences(PDDocument original, PDDocument signed) throws IOException {
        PageComparison comparison = new PageComparison();
        comparison.compare(original, signed);
        return comparison.differences;
    }

    private void compare(PDDocument original, PDDocument signed) throws IOException {
        if (original.getNumberOfPages() != signed.getNumberOfPages()) {
            differences.add("page count " + original.getNumberOfPages() + " became " + signed.getNumberOfPages());
            return;
        }
        for (int index = 0; index < original.getNumberOfPages(); index++) {
            comparePage(index + 1, original.getPage(index), signed.getPage(index));
        }
    }

    private void comparePage(int number, PDPage original, PDPage signed) throws IOException {
        if (!sameObject(original.getCOSObject().getItem(COSName.CONTENTS), signed.getCOSObject().getItem(COSName.CONTENTS),
                0)) {
            differences.add("page " + number + ": content changed");
        }
        for (COSName attribute : DISPLAY_ATTRIBUTES) {
            if (!sameInheritableAttribute(original, signed, attribute)) {
                differences.add("page " + number + ": " + attribute.getName() + " changed");
            }
        }
        List<COSDictionary> annotationsBefore = annotationsOtherThanSignatures(original);
        List<COSDictionary> annotationsAfter = annotationsOtherThanSignatures(signed);
        if (!sameObjects(annotationsBefore, annotationsAfter)) {
            differences.add("page " + number + ": annotations other than signatures changed ("
                    + annotationsBefore.size() + " before, " + annotationsAfter.size() + " after)");
        }
    }

    /** Looked up through the page tree, since a page inherits these from its ancestors. */
    private boolean sameInheritableAttribute(PDPage original, PDPage signed, COSName key) throws IOException {
        return sameObject(PDPageTree.getInheritableAttribute(original.getCOSObject(), key),
                PDPageTree.getInheritableAttribute(signed.getCOSObject(), key), 0);
    }

    private static List<COSDictionary> annotationsOtherThanSignatures(PDPage page) throws IOException {
        List<COSDictionary> annotations = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!isSignatureWidget(annotation.getCOSObject())) {
                annotations.add(annotation.getCOSObject());
            }
        }
        return annotations;
    }

    /** A widget of a signature field; the field is either merged into the widget or its /Parent. */
    private static boolean isSignatureWidget(COSDictionary annotation) {
        if (!COSName.WIDGET.equals(annotation.getCOSName(COSName.SUBTYPE))) {
            return false;
        }
        COSDictionary parent = annotation.getCOSDictionary(COSName.PARENT);
        return COSName.SIG.equals(annotation.getCOSName(COSName.FT))
                || parent != null && COSName.SIG.equals(parent.getCOSName(COSName.FT));
    }

    private boolean sameObjects(List<COSDictionary> before, List<COSDictionary> after) throws IOException {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!sameObject(before.get(i), after.get(i), 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Structural equality of two object graphs, streams compared as stored. Back-references (/Parent,
     * an annotation's page /P) are skipped: they lead to objects that legitimately change.
     */
    private boolean sameObject(COSBase before, COSBase after, int depth) throws IOException {
        before = dereference(before);
        after = dereference(after);
        if (before == null || after == null) {
            return before == after;
        }
        if (before.getClass() != after.getClass()) {
            return false;
        }
        if (depth > MAX_DEPTH || alreadyCompared(before, after)) {
            return true;
        }
        if (before instanceof COSStream streamBefore) {
            try (InputStream storedBefore = streamBefore.createRawInputStream();
                    InputStream storedAfter = ((COSStream) after).createRawInputStream()) {
                if (!sameBytes(storedBefore, storedAfter)) {
                    return false;
                }
            }
        }
        if (before instanceof COSDictionary dictionaryBefore) {
            COSDictionary dictionaryAfter = (COSDictionary) after;
            if (!dictionaryBefore.keySet().equals(dictionaryAfter.keySet())) {
                return false;
            }
            for (COSName key : dictionaryBefore.keySet()) {
                if (!COSName.PARENT.equals(key) && !COSName.P.equals(key)
                        && !sameObject(dictionaryBefore.getItem(key), dictionaryAfter.getItem(key), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (before instanceof COSArray arrayBefore) {
            COSArray arrayAfter = (COSArray) after;
            if (arrayBefore.size() != arrayAfter.size()) {
                return false;
            }
            for (int i = 0; i < arrayBefore.size(); i++) {
                if (!sameObject(arrayBefore.get(i), arrayAfter.get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return before.equals(after);
    }

    private boolean alreadyCompared(COSBase before, COSBase after) {
        return !comparedPairs.computeIfAbsent(before, key -> identitySet()).add(after);
    }

    private static COSBase dereference(COSBase object) {
        return object instanceof COSObject reference ? reference.getObject() : object;
    }

    /** Compares two streams chunk by chunk, stopping at the first difference. */
    private static boolean sameBytes(InputStream before, InputStream after) throws IOException {
        byte[] chunkBefore = new byte[8192];
        byte[] chunkAfter = new byte[8192];
        while (true) {
            int read = before.readNBytes(chunkBefore, 0, chunkBefore.length);
            int readAfter = after.readNBytes(chunkAfter, 0, read == 0 ? 1 : read);
            if (read == 0) {
                return readAfter == 0;
            }
            if (readAfter != read || !Arrays.equals(chunkBefore, 0, read, chunkAfter, 0, read)) {
                return false;
            }
        }
    }

    private static Set<COSBase> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
