package fr.passerelle.events;

import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The registrants' e-mails, once the registration is committed: a confirmed place comes with the event as a calendar
 * file (with the online link, for registrants only) and the link to cancel; a waitlisted or pending registration
 * says so; a promoted person hears they have a place; when the organisers change the dates, the place, the mode or
 * the link, everyone still registered hears it (with the updated calendar file for those who hold a place).
 */
@Component
class RegistrationMails {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private final Registrations registrations;
    private final EventRepository events;
    private final EventCalendar calendar;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    RegistrationMails(
            Registrations registrations,
            EventRepository events,
            EventCalendar calendar,
            Notifications notifications,
            MessageSource messages,
            @Value("${passerelle.base-url}") String baseUrl) {
        this.registrations = registrations;
        this.events = events;
        this.calendar = calendar;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(Registrations.RegistrationRecorded recorded) {
        send(recorded.registrationId(), false);
    }

    @ApplicationModuleListener
    void on(Registrations.RegistrationPromoted promoted) {
        send(promoted.registrationId(), true);
    }

    /** The dates, the place, the mode or the link changed: the registrant hears it, as the event is now. */
    @ApplicationModuleListener
    void on(Events.RegistrantToTell change) {
        Registrations.Registration registration =
                registrations.byId(change.registrationId()).orElse(null);
        if (registration == null || registration.status() == RegistrationStatus.CANCELLED) {
            return;
        }
        Event event = events.find(registration.eventId()).orElseThrow();
        String state =
                switch (registration.status()) {
                    case CONFIRMED -> "registration.mail.changed.confirmed";
                    case WAITLISTED -> "registration.mail.changed.waitlisted";
                    default -> "registration.mail.changed.pending";
                };
        notifications.send(new Email(
                registration.email(),
                text("registration.mail.changed.subject", event.title()),
                text(
                        "registration.mail.changed.body",
                        registration.name(),
                        event.title(),
                        when(event),
                        where(event),
                        baseUrl + "/agenda/inscriptions/" + registrations.tokenOf(registration.id()),
                        text(state)),
                attachments(event, registration)));
    }

    private void send(java.util.UUID id, boolean promoted) {
        Registrations.Registration registration = registrations.byId(id).orElse(null);
        if (registration == null) {
            return;
        }
        Event event = events.find(registration.eventId()).orElseThrow();
        String cancel = baseUrl + "/agenda/inscriptions/" + registrations.tokenOf(id);
        String when = when(event);
        String where = where(event);
        String key =
                switch (registration.status()) {
                    case CONFIRMED -> promoted ? "registration.mail.promoted" : "registration.mail.confirmed";
                    case WAITLISTED -> "registration.mail.waitlisted";
                    case PENDING_APPROVAL -> "registration.mail.pending";
                    default -> null;
                };
        if (key == null) {
            return;
        }
        List<Email.Attachment> attachments = attachments(event, registration);
        notifications.send(new Email(
                registration.email(),
                text(key + ".subject", event.title()),
                text(key + ".body", registration.name(), event.title(), when, where, cancel),
                attachments));
    }

    private static String when(Event event) {
        return event.slots().stream()
                .map(slot -> "- " + WHEN.format(slot.startsAt().atZoneSameInstant(PARIS)) + " – "
                        + UNTIL.format(slot.endsAt().atZoneSameInstant(PARIS)))
                .collect(Collectors.joining("\n"));
    }

    private String where(Event event) {
        return event.mode().online() && event.onlineLink() != null
                ? (event.place() == null ? "" : event.place() + "\n")
                        + text("registration.mail.link", event.onlineLink())
                : event.place() == null ? "" : event.place();
    }

    /** The event as a calendar file, with its online link, for those who hold a place. */
    private List<Email.Attachment> attachments(Event event, Registrations.Registration registration) {
        return registration.status() == RegistrationStatus.CONFIRMED
                ? List.of(new Email.Attachment(
                        "evenement.ics",
                        "text/calendar; charset=UTF-8; method=PUBLISH",
                        calendar.calendar(event.title(), List.of(event), true).getBytes(StandardCharsets.UTF_8)))
                : List.of();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
