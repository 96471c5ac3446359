package org.euc.portal.common.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer and request body of the API. Without a resolver, RESTEasy
 * builds a new {@code Jsonb} for each message, which reads every class it writes by reflection
 * again: the profile of a JSON call showed most of its time there. {@code Jsonb} is thread-safe and
 * keeps what it learnt about a class, so one is made once and shared. Default settings, as before
 * (null fields are left out).
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
