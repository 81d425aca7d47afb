package fr.passerelle.web;

import fr.passerelle.common.Paris;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import org.springframework.stereotype.Component;

/**
 * Moments as the network reads them: the database hands instants over in UTC, pages show them on French time.
 * Templates wrap what they format: {@code #temporals.format(@dates.paris(r.sentAt()), 'dd/MM/yyyy HH:mm')}.
 */
@Component("dates")
public class Dates {

    /** An instant on French time; a date, or a time already zoned there, as it is. */
    public Temporal paris(Temporal temporal) {
        if (temporal instanceof OffsetDateTime instant) {
            return instant.atZoneSameInstant(Paris.ZONE);
        }
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(Paris.ZONE);
        }
        return temporal;
    }
}
