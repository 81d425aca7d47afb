package fr.passerelle.events.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.common.pdf.ReportFonts;
import fr.passerelle.common.pdf.ReportFonts.Style;
import fr.passerelle.common.pdf.TaggedPdf;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.Event;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance certificates (attestations de présence), as tagged PDFs: for each person marked present at an event, the
 * sessions they were checked in at (every session they held a place on when they were marked present by hand), their
 * hours, and who organised it. Organisers download one or all (a zip); the person gets theirs from their link.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AttendanceCertificates {

    private static final Color GREEN = new Color(0x2f, 0x5d, 0x4a);
    private static final Style TITLE = new Style(20, true, GREEN);
    private static final Style HEADING = new Style(13, true, GREEN);
    private static final Style BODY = new Style(11, false, Color.BLACK);
    private static final Style SMALL = new Style(8, false, Color.DARK_GRAY);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    /** A person present, as the certificate names them. */
    public record Present(UUID id, String name, String organisation) {}

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final Participants participants;
    private final Registrations registrations;
    private final CheckIns checkIns;
    private final Directory directory;
    private final MailTexts texts;

    /** The people present, by name, for the organisers. */
    public List<Present> present(AccountUser user, UUID eventId) {
        requireOrganiser(user, eventId);
        return jdbc.sql(
                        """
                        select id, name, organisation from registration r
                        where event_id = :event
                          and (status = 'attended'
                               or status in ('confirmed', 'no_show')
                                  and exists (select 1 from registration_checkin c where c.registration_id = r.id))
                        order by lower(name), id
                        """)
                .param("event", eventId)
                .query((rs, row) ->
                        new Present(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation")))
                .list();
    }

    /** A present person's certificate, for the organisers; empty when that person was not present. */
    public Optional<byte[]> of(AccountUser user, UUID eventId, UUID registrationId) {
        Event event = requireOrganiser(user, eventId);
        return present(user, eventId).stream()
                .filter(present -> present.id().equals(registrationId))
                .findFirst()
                .map(present -> pdf(event, present));
    }

    /** Every present person's certificate in one zip file, named after them. */
    public byte[] zip(AccountUser user, UUID eventId) {
        Event event = requireOrganiser(user, eventId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Present present : present(user, eventId)) {
                zip.putNextEntry(new ZipEntry(fileName(present)));
                zip.write(pdf(event, present));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The certificate of the registration of that link; empty while its person was not marked present. */
    public Optional<byte[]> forLink(String token) {
        return registrations.byToken(token).flatMap(registration -> jdbc.sql(
                        """
                        select id, name, organisation from registration r
                        where id = :id and (status = 'attended' or status in ('confirmed', 'no_show')
                              and exists (select 1 from registration_checkin c where c.registration_id = r.id))
                        """)
                .param("id", registration.id())
                .query((rs, row) ->
                        new Present(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation")))
                .optional()
                .map(present -> pdf(events.find(registration.eventId()).orElseThrow(), present)));
    }

    /** The file name of a certificate, attestation-jeanne-martin.pdf: the person's name in letters, digits and dashes. */
    public static String fileName(Present present) {
        String plain = java.text.Normalizer.normalize(present.name(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "attestation-" + (plain.isEmpty() ? present.id() : plain) + ".pdf";
    }

    /** The sessions the person attended: those checked in at, else every session they held a place on. */
    List<Event.Slot> attended(Event event, UUID registrationId) {
        List<String> checked = checkIns.sessionsAttended(registrationId);
        List<String> uids = checked.isEmpty() ? registrations.seatedSessions(registrationId, event) : checked;
        return event.onSessions(uids).slots();
    }

    private byte[] pdf(Event event, Present present) {
        List<Event.Slot> sessions = attended(event, present.id());
        String organiser = event.organiserId() == null
                ? texts.text("certificate.organiser.network")
                : directory.organisationName(event.organiserId()).orElse(texts.text("certificate.organiser.network"));
        String today = DAY.format(LocalDate.now(Paris.ZONE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdf pdf = new TaggedPdf(
                out,
                texts.text("certificate.title.of", present.name(), event.title()),
                phrase(texts.text("certificate.footer", today), SMALL),
                texts.text("certificate.page"),
                SMALL);
        pdf.heading(1, phrase(texts.text("certificate.title"), TITLE), 0, 0);
        String who = present.organisation() == null
                ? present.name()
                : texts.text("certificate.nameAt", present.name(), present.organisation());
        pdf.paragraph(phrase(texts.text("certificate.statement", organiser, who, event.title()), BODY), 0, 10);
        if (event.place() != null) {
            pdf.paragraph(phrase(texts.text("certificate.place", event.place()), BODY), 0, 10);
        }
        pdf.heading(2, phrase(texts.text("certificate.sessions"), HEADING), 8, 40);
        pdf.table(
                new float[] {3, 1},
                List.of(
                        new TaggedPdf.Cell(phrase(texts.text("certificate.session"), BODY), Element.ALIGN_LEFT),
                        new TaggedPdf.Cell(phrase(texts.text("certificate.duration"), BODY), Element.ALIGN_RIGHT)),
                sessions.stream()
                        .map(slot -> List.of(
                                new TaggedPdf.Cell(phrase(when(slot), BODY), Element.ALIGN_LEFT),
                                new TaggedPdf.Cell(phrase(hours(slot.minutes()), BODY), Element.ALIGN_RIGHT)))
                        .toList(),
                false);
        long minutes = sessions.stream().mapToLong(Event.Slot::minutes).sum();
        pdf.paragraph(phrase(texts.text("certificate.total", hours(minutes)), BODY), 0, 14);
        pdf.paragraph(phrase(texts.text("certificate.signed", today, organiser), BODY), 0, 0);
        pdf.close();
        return out.toByteArray();
    }

    private static String when(Event.Slot slot) {
        return DAY.format(slot.startsAt().atZoneSameInstant(Paris.ZONE)) + ", "
                + HOUR.format(slot.startsAt().atZoneSameInstant(Paris.ZONE)) + " – "
                + HOUR.format(slot.endsAt().atZoneSameInstant(Paris.ZONE));
    }

    /** Minutes as hours written in French: 3 h 30, or 7 h. */
    static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + String.format("%02d", minutes % 60);
    }

    private static Phrase phrase(String text, Style style) {
        return ReportFonts.FONTS.phrase(text, style);
    }

    private Event requireOrganiser(AccountUser user, UUID eventId) {
        if (!participants.organises(user, eventId)) {
            throw new EventNotFoundException(eventId);
        }
        return events.find(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
    }
}
