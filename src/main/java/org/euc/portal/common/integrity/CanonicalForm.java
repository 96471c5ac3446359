package org.euc.portal.common.integrity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The exact text a chain hash is computed over. Every field is written as its length, a colon and
 * its value, so no two different records can produce the same text ("ab"+"c" vs "a"+"bc"), and an
 * absent value is distinguishable from an empty one.
 */
public final class CanonicalForm {

    private final StringBuilder text = new StringBuilder(256);

    public CanonicalForm add(String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
        return this;
    }

    public CanonicalForm add(String name, long value) {
        return add(name, Long.toString(value));
    }

    public CanonicalForm add(String name, Integer value) {
        return add(name, value == null ? null : value.toString());
    }

    public CanonicalForm add(String name, Boolean value) {
        return add(name, value == null ? null : value.toString());
    }

    /** Instants are hashed at microsecond precision: what PostgreSQL keeps. */
    public CanonicalForm add(String name, Instant value) {
        return add(name, value == null ? null : Timestamps.toMicros(value).toString());
    }

    public CanonicalForm add(String name, LocalDate value) {
        return add(name, value == null ? null : value.toString());
    }

    public CanonicalForm add(String name, Enum<?> value) {
        return add(name, value == null ? null : value.name());
    }

    byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
