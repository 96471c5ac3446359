package org.euc.portal.common.persistence;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.euc.portal.common.i18n.Phrase;

/**
 * A sentence on a record that either a person wrote (a reviewer's rationale, kept word for word as
 * text) or the portal wrote (kept as a {@link Phrase}, worded when read). Two columns, at most one
 * filled; an entity names them with {@code @AttributeOverride}s on {@code text} and {@code phrase}.
 * Rows written before phrases have their text only, and read as {@linkplain Phrase#verbatim verbatim}.
 */
@Embeddable
public class StoredPhrase implements Serializable {

    private String text;

    private Phrase phrase;

    protected StoredPhrase() {
        // for JPA
    }

    private StoredPhrase(String text, Phrase phrase) {
        this.text = text;
        this.phrase = phrase;
    }

    /** Null for no sentence; a person's words as text, the portal's as a phrase. */
    public static StoredPhrase of(Phrase sentence) {
        if (sentence == null) {
            return null;
        }
        return sentence.isVerbatim() ? new StoredPhrase(sentence.in(null), null) : new StoredPhrase(null, sentence);
    }

    /** What is stored, as a phrase; null when neither column is filled. */
    public static Phrase read(StoredPhrase stored) {
        if (stored == null || (stored.phrase == null && stored.text == null)) {
            return null;
        }
        return stored.phrase != null ? stored.phrase : Phrase.verbatim(stored.text);
    }
}
