package org.euc.portal.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/** Builds authorization requests for the ledger API: a clean one by default, varied per test. */
public final class Authorizations {

    private final JsonObjectBuilder json = Json.createObjectBuilder();

    private Authorizations() {
    }

    /** A judicial order issued yesterday, valid for a month, used today, on a declared terrorist act, one target. */
    public static Authorizations clean(String act) {
        LocalDate today = LocalDate.now();
        Authorizations a = new Authorizations();
        a.json.add("orderReference", "ORD-" + System.nanoTime())
                .add("issuingAuthority", "Arcadia High Court")
                .add("kind", "JUDICIAL_ORDER")
                .add("issuedOn", today.minusDays(1).toString())
                .add("validFrom", today.minusDays(1).toString())
                .add("validUntil", today.plusDays(30).toString())
                .add("usedFrom", today.toString())
                .add("usedUntil", today.toString())
                .add("terroristAct", act)
                .add("targets", 1)
                .add("operationReference", "OP-7");
        return a;
    }

    public Authorizations with(String field, String value) {
        json.add(field, value);
        return this;
    }

    public Authorizations with(String field, int value) {
        json.add(field, value);
        return this;
    }

    public Authorizations without(String field) {
        json.addNull(field);
        return this;
    }

    public String toJson() {
        return json.build().toString();
    }
}
