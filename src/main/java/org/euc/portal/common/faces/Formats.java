package org.euc.portal.common.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.common.security.Caller;

/**
 * How pages write dates and times: ISO dates, and times in UTC with the zone named, so that a
 * ministry reviewer and an agency in another time zone read the same moment the same way.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /**
     * Who did something: a person's user name as recorded, or the portal itself (its jobs record
     * the actor "system"), named in the reader's language.
     */
    public String actor(String actor) {
        return Caller.SYSTEM.equals(actor)
                ? MessageCatalog.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "actor.system")
                : actor;
    }

    /** A SHA-256 fingerprint in groups of four, so people can compare it by eye. */
    public String fingerprint(String hex) {
        if (hex == null) {
            return "";
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 4));
        }
        return grouped.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** File sizes as people read them. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
