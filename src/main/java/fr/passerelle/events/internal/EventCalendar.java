package fr.passerelle.events.internal;

import fr.passerelle.events.Event;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Events as iCalendar (RFC 5545): one VEVENT per slot, times in UTC, texts escaped and long lines folded, so that
 * every calendar reads them. The online link is written only for a registrant's own invitation.
 */
@Component
public class EventCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final String baseUrl;

    EventCalendar(@Value("${passerelle.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The agenda or one event as a calendar; with the online links when {@code forRegistrant}. */
    public String calendar(String name, List<Event> events, boolean forRegistrant) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Passerelle//Agenda//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape(name));
        String stamp = UTC.format(OffsetDateTime.now(ZoneOffset.UTC));
        for (Event event : events) {
            int position = 1;
            for (Event.Slot slot : event.slots()) {
                line(ics, "BEGIN:VEVENT");
                line(ics, "UID:" + event.id() + "-" + position++ + "@passerelle");
                line(ics, "DTSTAMP:" + stamp);
                // A calendar replaces the copy it holds when the organisers changed the event.
                line(ics, "SEQUENCE:" + event.revision());
                line(ics, "DTSTART:" + UTC.format(slot.startsAt().withOffsetSameInstant(ZoneOffset.UTC)));
                line(ics, "DTEND:" + UTC.format(slot.endsAt().withOffsetSameInstant(ZoneOffset.UTC)));
                line(ics, "SUMMARY:" + escape(event.title()));
                String description = (event.programme() == null ? "" : event.programme())
                        + (forRegistrant && event.onlineLink() != null ? "\n\nLien : " + event.onlineLink() : "");
                if (!description.isBlank()) {
                    line(ics, "DESCRIPTION:" + escape(description.strip()));
                }
                String location = event.mode().online() && forRegistrant && event.onlineLink() != null
                        ? (event.place() == null ? event.onlineLink() : event.place() + " / " + event.onlineLink())
                        : event.place();
                if (location != null) {
                    line(ics, "LOCATION:" + escape(location));
                }
                line(ics, "URL:" + baseUrl + "/agenda/" + event.id());
                line(ics, "STATUS:" + ("cancelled".equals(event.status()) ? "CANCELLED" : "CONFIRMED"));
                line(ics, "END:VEVENT");
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A text value as RFC 5545 writes it: every line break (CR LF, a lone CR or LF) becomes a backslash and an n. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replaceAll("\r\n|\r|\n", "\\\\n");
    }

    /** A content line, folded at 75 octets as RFC 5545 asks, without cutting a character. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        StringBuilder current = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                octets = 0;
                limit = 74;
            }
            current.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(current).append("\r\n");
    }
}
