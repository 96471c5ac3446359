package org.euc.portal.common.i18n;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence the portal writes itself about a record (a flag's detail, the reason of an automatic
 * decision), kept as a message key and its arguments and worded in the reader's language when it
 * is read: store facts, render words. A French reviewer reads French for a flag raised while an
 * English one was working.
 *
 * <p>An argument is data, shown as stored (a date, a number, a name, a code, as text), a
 * {@link CountryName}, or another phrase, worded in turn; an enum's label is a phrase without
 * arguments. Text stored before the portal kept phrases is a {@link #verbatim} phrase.
 *
 * @param key the message key, or null for verbatim text
 * @param arguments String, CountryName or Phrase values
 */
public record Phrase(String key, List<Object> arguments) implements Serializable {

    public Phrase {
        arguments = List.copyOf(arguments);
    }

    /** Labelled values become their label's phrase; other data is kept as its text. */
    public static Phrase of(String key, Object... arguments) {
        List<Object> kept = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            kept.add(kept(argument));
        }
        return new Phrase(key, kept);
    }

    /** Text that is not a message: shown as it is, in every language. */
    public static Phrase verbatim(String text) {
        return new Phrase(null, List.of(text == null ? "" : text));
    }

    /** Phrases in a row, separated as the language separates the items of a list. */
    public static Phrase list(List<Phrase> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an empty list has no wording");
        }
        Phrase joined = items.get(0);
        for (Phrase next : items.subList(1, items.size())) {
            joined = of("phrase.list", joined, next);
        }
        return joined;
    }

    public boolean isVerbatim() {
        return key == null;
    }

    public String in(Locale locale) {
        if (isVerbatim()) {
            return (String) arguments.get(0);
        }
        return MessageCatalog.text(locale, key, arguments.toArray());
    }

    /** Without a reader (logs, exception messages, the API): English. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    // ----- stored as JSON: {"key": "...", "arguments": ["text", {"key": ...}, {"country": "FR", "name": "France"}]}

    public String toJson() {
        return json().toString();
    }

    public static Phrase fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        }
    }

    private JsonObject json() {
        JsonArrayBuilder stored = Json.createArrayBuilder();
        for (Object argument : arguments) {
            if (argument instanceof Phrase phrase) {
                stored.add(phrase.json());
            } else if (argument instanceof CountryName country) {
                stored.add(Json.createObjectBuilder().add("country", country.code()).add("name", country.englishName()));
            } else {
                stored.add((String) argument);
            }
        }
        var object = Json.createObjectBuilder();
        if (key != null) {
            object.add("key", key);
        }
        return object.add("arguments", stored).build();
    }

    private static Phrase fromJson(JsonObject object) {
        JsonArray stored = object.getJsonArray("arguments");
        List<Object> arguments = new ArrayList<>(stored.size());
        for (JsonValue value : stored) {
            arguments.add(switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case OBJECT -> {
                    JsonObject argument = value.asJsonObject();
                    yield argument.containsKey("country")
                            ? new CountryName(argument.getString("country"), argument.getString("name"))
                            : fromJson(argument);
                }
                default -> throw new IllegalArgumentException("not a phrase argument: " + value);
            });
        }
        return new Phrase(object.getString("key", null), arguments);
    }

    private static Object kept(Object argument) {
        if (argument instanceof Phrase || argument instanceof CountryName) {
            return argument;
        }
        if (argument instanceof Labelled labelled) {
            return new Phrase(labelled.labelKey(), List.of());
        }
        return argument == null ? "" : argument.toString();
    }
}
