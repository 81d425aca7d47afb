package fr.passerelle.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import org.springframework.stereotype.Component;

/**
 * Moments as the network reads them: the database hands instants over in UTC, pages show them on French time.
 * Templates wrap what they format: {@code #temporals.format(@dates.paris(r.sentAt()), 'dd/MM/yyyy HH:mm')}.
 */
@Component("dates")
public class Dates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** An instant on French time; a date, or a time already zoned there, as it is. */
    public Temporal paris(Temporal temporal) {
        if (temporal instanceof OffsetDateTime instant) {
            return instant.atZoneSameInstant(PARIS);
        }
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(PARIS);
        }
        return temporal;
    }
}
