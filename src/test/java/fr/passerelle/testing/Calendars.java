package fr.passerelle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationEntry;

/**
 * Calendar files as a strict consumer reads them: ical4j with every relaxing hint off parses the file, then its own
 * validators check it against RFC 5545 and, for the calendar's METHOD, against iTIP (RFC 5546). Any entry fails.
 */
public final class Calendars {

    private Calendars() {}

    /** The calendar, once ical4j has parsed it strictly and found nothing to say against it. */
    public static Calendar strictlyValid(String ics) throws Exception {
        strict();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<ValidationEntry> entries = new ArrayList<>(calendar.validate(true).getEntries());
        Method method = calendar.<Method>getProperty("METHOD").orElse(null);
        if (method != null) {
            for (CalendarComponent component : calendar.getComponents()) {
                if (!"VTIMEZONE".equals(component.getName())) {
                    entries.addAll(component.validate(method).getEntries());
                }
            }
        }
        assertThat(entries).as("ical4j's strict validation of%n%s", ics).isEmpty();
        return calendar;
    }

    private static void strict() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_VCARD_COMPATIBILITY, false);
    }
}
