package org.euc.portal.common.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.euc.portal.common.i18n.Phrase;

/**
 * One JSON-B instance for every answer and request body of the API. Without a resolver, RESTEasy
 * builds a new {@code Jsonb} for each message, which reads every class it writes by reflection
 * again: the profile of a JSON call showed most of its time there. {@code Jsonb} is thread-safe and
 * keeps what it learnt about a class, so one is made once and shared. Default settings (null
 * fields are left out), except that a {@link Phrase} is written as its English text: machine
 * clients read the same sentences as before phrases were stored.
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withAdapters(new PhraseAsEnglish()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }

    /** A phrase in the API: its English wording; one sent to the API is kept as the text it is. */
    public static class PhraseAsEnglish implements JsonbAdapter<Phrase, String> {

        @Override
        public String adaptToJson(Phrase phrase) {
            return phrase.toString();
        }

        @Override
        public Phrase adaptFromJson(String text) {
            return Phrase.verbatim(text);
        }
    }
}
