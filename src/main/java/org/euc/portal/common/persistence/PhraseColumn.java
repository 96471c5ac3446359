package org.euc.portal.common.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.euc.portal.common.i18n.Phrase;

/** Every {@link Phrase} attribute is stored as its JSON in a text column. */
@Converter(autoApply = true)
public class PhraseColumn implements AttributeConverter<Phrase, String> {

    @Override
    public String convertToDatabaseColumn(Phrase phrase) {
        return phrase == null ? null : phrase.toJson();
    }

    @Override
    public Phrase convertToEntityAttribute(String json) {
        return json == null ? null : Phrase.fromJson(json);
    }
}
