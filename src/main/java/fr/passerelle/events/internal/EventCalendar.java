package fr.passerelle.events.internal;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.events.Event;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Events as iCalendar (RFC 5545, RFC 5546): one VEVENT per session with the session's own UID, the event's revision
 * as SEQUENCE, the network as ORGANIZER, times in Europe/Paris with its VTIMEZONE, texts escaped and long lines
 * folded. A calendar is published (the feed, an event's file, a registrant's invitation) or cancels sessions (a
 * removed session, a cancelled event). The online link is written only for a registrant's own invitation.
 */
@Component
public class EventCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Pattern NAMED = Pattern.compile("\\s*\"?([^\"<]*?)\"?\\s*<([^>\\s]+)>\\s*");

    /** Europe/Paris since 1996: summer time from the last Sunday of March to the last Sunday of October. */
    private static final List<String> PARIS = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Paris",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private final String baseUrl;
    private final String organizer;

    EventCalendar(SiteAddress site, @Value("${passerelle.mail.from}") String from) {
        this.baseUrl = site.url();
        this.organizer = organizer(from);
    }

    /** The agenda or one event as a calendar; with the online links when {@code forRegistrant}. */
    public String calendar(String name, List<Event> events, boolean forRegistrant) {
        StringBuilder ics = begin("PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape(name));
        line(ics, "X-WR-TIMEZONE:Europe/Paris");
        PARIS.forEach(line -> line(ics, line));
        // The file's creation time, to the five minutes that readers keep it (Cache-Control): the same agenda gives
        // the same file, and so the same ETag, for that long, and a conditional GET can answer 304.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String stamp = UTC.format(now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() / 5 * 5));
        for (Event event : events) {
            String status = "cancelled".equals(event.status()) ? "CANCELLED" : "CONFIRMED";
            for (Event.Slot slot : event.slots()) {
                session(ics, event, slot, stamp, slot.cancelled() ? "CANCELLED" : status);
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
                line(ics, "END:VEVENT");
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * A calendar that takes these sessions of the event out of the calendars holding them (iTIP CANCEL): same UIDs,
     * the event's current revision as SEQUENCE, higher than that of the file the registrant received.
     */
    public String cancel(Event event, List<Event.Slot> sessions) {
        StringBuilder ics = begin("CANCEL");
        PARIS.forEach(line -> line(ics, line));
        String stamp = stamp();
        for (Event.Slot slot : sessions) {
            session(ics, event, slot, stamp, "CANCELLED");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private StringBuilder begin(String method) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Passerelle//Agenda//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method);
        return ics;
    }

    /** A session's VEVENT up to its description: what both kinds of calendar write. */
    private void session(StringBuilder ics, Event event, Event.Slot slot, String stamp, String status) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + slot.uid());
        line(ics, "DTSTAMP:" + stamp);
        // A calendar replaces the copy it holds when the organisers changed the event.
        line(ics, "SEQUENCE:" + event.revision());
        line(ics, "DTSTART;TZID=Europe/Paris:" + paris(slot.startsAt()));
        line(ics, "DTEND;TZID=Europe/Paris:" + paris(slot.endsAt()));
        line(ics, "SUMMARY:" + escape(event.title()));
        line(ics, organizer);
        line(ics, "URL:" + baseUrl + "/agenda/" + event.id());
        line(ics, "STATUS:" + status);
    }

    private static String stamp() {
        return UTC.format(OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static String paris(OffsetDateTime moment) {
        return LOCAL.format(moment.atZoneSameInstant(fr.passerelle.common.Paris.ZONE));
    }

    /**
     * The ORGANIZER line from the sender setting ({@code Name <address>} or an address): the name as a quoted CN, as
     * RFC 5545 asks of a value holding a comma, a colon or a semicolon (a double quote cannot be written in it).
     */
    static String organizer(String from) {
        Matcher named = NAMED.matcher(from);
        if (named.matches()) {
            String name = named.group(1).replace("\"", "").strip();
            return "ORGANIZER" + (name.isEmpty() ? "" : ";CN=\"" + name + "\"") + ":mailto:" + named.group(2);
        }
        return "ORGANIZER:mailto:" + from.strip();
    }

    /**
     * A text value as RFC 5545 writes it: a backslash, a semicolon and a comma escaped, every line break (CR LF, a
     * lone CR or LF) a backslash and an n. One pass over the text: the feed escapes three texts per session of up to
     * 200 events, and a regular expression compiled for each took a fifth of the feed's time.
     */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * A content line, folded at 75 octets as RFC 5545 asks, without cutting a character: each character's size in
     * UTF-8 counted as it is written (a lone surrogate, which the encoding would replace, counted as three).
     */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
