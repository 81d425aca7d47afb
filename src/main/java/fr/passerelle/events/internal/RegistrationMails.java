package fr.passerelle.events.internal;

import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The registrants' e-mails, once the registration is committed: a held seat, a waitlisted or a pending registration
 * comes with the link that confirms the address before the delay ends; a confirmed place comes with the event as a
 * calendar file and the online link (for confirmed registrants only) and the link to cancel; a promoted person hears
 * they have a place; when the organisers change the dates, the place, the mode or the link, everyone still registered
 * hears it (with the updated calendar file for those whose place is confirmed, and the CANCEL of the sessions
 * removed); when they cancel the event, everyone registered hears it (a confirmed place with the CANCEL of every
 * session); a refused person hears it.
 */
@Component
@RequiredArgsConstructor
class RegistrationMails {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private final Registrations registrations;
    private final EventRepository events;
    private final EventCalendar calendar;
    private final Notifications notifications;
    private final MailTexts texts;
    private final CheckIns checkIns;

    @ApplicationModuleListener
    void on(Registrations.RegistrationRecorded recorded) {
        send(recorded.registrationId(), false);
    }

    @ApplicationModuleListener
    void on(Registrations.RegistrationConfirmed confirmed) {
        send(confirmed.registrationId(), false);
    }

    @ApplicationModuleListener
    void on(Registrations.RegistrationPromoted promoted) {
        send(promoted.registrationId(), true);
    }

    /** The organisers refused the registration: the person hears it, with the organisers' reason when given. */
    @ApplicationModuleListener
    void on(Participants.RegistrationRefused refused) {
        Registrations.Registration registration =
                registrations.byId(refused.registrationId()).orElse(null);
        if (registration == null || registration.status() != RegistrationStatus.REFUSED) {
            return;
        }
        Event event = events.find(registration.eventId()).orElseThrow();
        String reason =
                refused.reason() == null ? "" : texts.text("registration.mail.refused.reason", refused.reason());
        notifications.send(new Email(
                registration.email(),
                texts.text("registration.mail.refused.subject", event.title()),
                texts.text(
                        "registration.mail.refused.body",
                        registration.name(),
                        event.title(),
                        reason,
                        texts.link("/agenda"))));
    }

    /** The dates, the place, the mode or the link changed: the registrant hears it, as the event is now. */
    @ApplicationModuleListener
    void on(Events.RegistrantToTell change) {
        tell(change.registrationId(), List.of());
    }

    /** Sessions were removed: the registrant hears it, and a confirmed place gets the CANCEL of those sessions. */
    @ApplicationModuleListener
    void on(SessionChanges.SessionsRemoved removed) {
        tell(removed.registrationId(), removed.sessions());
    }

    /** The event was cancelled: the registrant hears it, and a confirmed place gets the CANCEL of every session. */
    @ApplicationModuleListener
    void on(SessionChanges.EventCancelled cancelled) {
        Registrations.Registration registration =
                registrations.byId(cancelled.registrationId()).orElse(null);
        if (registration == null || key(registration.status(), false) == null) {
            return;
        }
        Event event = events.find(registration.eventId()).orElseThrow();
        String reason = cancelled.reason() == null
                ? ""
                : texts.text("registration.mail.cancelledEvent.reason", cancelled.reason());
        String calendarNote = confirmed(registration) ? texts.text("registration.mail.cancelledEvent.calendar") : "";
        notifications.send(new Email(
                registration.email(),
                texts.text("registration.mail.cancelledEvent.subject", event.title()),
                texts.text(
                        "registration.mail.cancelledEvent.body",
                        registration.name(),
                        event.title(),
                        when(event),
                        reason,
                        calendarNote,
                        texts.link("/agenda")),
                confirmed(registration) ? List.of(cancellation(event, event.slots())) : List.of()));
    }

    /** One session was cancelled: the registrant hears it and what they keep; a confirmed place gets its CANCEL. */
    @ApplicationModuleListener
    void on(SessionChanges.SessionCancelled cancelled) {
        Registrations.Registration registration =
                registrations.byId(cancelled.registrationId()).orElse(null);
        if (registration == null) {
            return;
        }
        Event event = events.find(registration.eventId()).orElseThrow();
        String reason = cancelled.reason() == null
                ? ""
                : texts.text("registration.mail.cancelledEvent.reason", cancelled.reason());
        String kept = registration.status() == RegistrationStatus.CANCELLED
                ? texts.text("registration.mail.cancelledSession.none")
                : texts.text("registration.mail.cancelledSession.kept", when(event, registration));
        notifications.send(new Email(
                registration.email(),
                texts.text("registration.mail.cancelledSession.subject", event.title()),
                texts.text(
                        "registration.mail.cancelledSession.body",
                        registration.name(),
                        event.title(),
                        sessions(List.of(cancelled.session())),
                        reason,
                        kept,
                        cancelled.calendar() ? texts.text("registration.mail.cancelledSession.calendar") : "",
                        texts.link("/agenda/" + event.id())),
                cancelled.calendar() ? List.of(cancellation(event, List.of(cancelled.session()))) : List.of()));
    }

    private void tell(UUID registrationId, List<Event.Slot> removed) {
        Registrations.Registration registration =
                registrations.byId(registrationId).orElse(null);
        if (registration == null || key(registration.status(), false) == null) {
            return;
        }
        Event event = events.find(registration.eventId()).orElseThrow();
        String state = texts.text(
                switch (registration.status()) {
                    case CONFIRMED -> "registration.mail.changed.confirmed";
                    case HELD -> "registration.mail.changed.held";
                    case WAITLISTED -> "registration.mail.changed.waitlisted";
                    default -> "registration.mail.changed.pending";
                });
        String code = code(registration);
        List<Email.Attachment> files = new ArrayList<>(attachments(event, registration, code));
        if (!removed.isEmpty()) {
            state = texts.text("registration.mail.changed.removed", sessions(removed)) + "\n\n" + state;
            if (confirmed(registration)) {
                files.add(cancellation(event, removed));
            }
        }
        notifications.send(new Email(
                registration.email(),
                texts.text("registration.mail.changed.subject", event.title()),
                texts.text("registration.mail.changed.body", arguments(event, registration, state, code)),
                files));
    }

    private void send(UUID id, boolean promoted) {
        Registrations.Registration registration = registrations.byId(id).orElse(null);
        String key = registration == null ? null : key(registration.status(), promoted);
        if (key == null) {
            return;
        }
        Event event = events.find(registration.eventId()).orElseThrow();
        String code = code(registration);
        notifications.send(new Email(
                registration.email(),
                texts.text(key + ".subject", event.title()),
                texts.text(key + ".body", arguments(event, registration, "", code)),
                attachments(event, registration, code)));
    }

    /** A new check-in code for a confirmed place (the one e-mailed before stops working), none otherwise. */
    private String code(Registrations.Registration registration) {
        return confirmed(registration) ? checkIns.issue(registration.id()) : null;
    }

    private static String key(RegistrationStatus status, boolean promoted) {
        return switch (status) {
            case CONFIRMED -> promoted ? "registration.mail.promoted" : "registration.mail.confirmed";
            case HELD -> promoted ? "registration.mail.promoted.held" : "registration.mail.held";
            case WAITLISTED -> "registration.mail.waitlisted";
            case PENDING_APPROVAL -> "registration.mail.pending";
            default -> null;
        };
    }

    /**
     * The mails' arguments: name, title, when, where (with the online link once confirmed), the personal link, the
     * state, and the paragraph asking to confirm the address when it awaits confirmation.
     */
    private Object[] arguments(Event event, Registrations.Registration registration, String state, String code) {
        String link = texts.link("/agenda/inscriptions/" + registrations.tokenOf(registration.id()));
        String confirmation = registration.confirmBy() == null
                ? ""
                : texts.text(
                        "registration.mail.confirm",
                        UNTIL.format(registration.confirmBy().atZoneSameInstant(Paris.ZONE)),
                        link + "/confirmer");
        String where = where(event, registration);
        if (code != null) {
            where = (where.isEmpty() ? "" : where + "\n\n") + texts.text("registration.mail.checkin", code);
        }
        return new Object[] {
            registration.name(), event.title(), when(event, registration), where, link, state, confirmation
        };
    }

    private static String when(Event event) {
        return sessions(event.slots());
    }

    /** The sessions of the registration: with a place, then those it waits for (marked so). */
    private String when(Event event, Registrations.Registration registration) {
        if (!event.sessionsChosen()) {
            return when(event);
        }
        List<String> seated = registrations.seatedSessions(registration.id(), event);
        List<String> waiting = registrations.waitlistedSessions(registration.id());
        String text = sessions(event.onSessions(seated).slots());
        if (!waiting.isEmpty()) {
            String waited = event.onSessions(waiting).slots().stream()
                    .map(slot -> sessions(List.of(slot)) + " " + texts.text("registration.mail.session.waitlisted"))
                    .collect(Collectors.joining("\n"));
            text = text.isEmpty() ? waited : text + "\n" + waited;
        }
        return text;
    }

    private static String sessions(List<Event.Slot> slots) {
        return slots.stream()
                .map(slot -> "- " + WHEN.format(slot.startsAt().atZoneSameInstant(Paris.ZONE)) + " – "
                        + UNTIL.format(slot.endsAt().atZoneSameInstant(Paris.ZONE)))
                .collect(Collectors.joining("\n"));
    }

    /** The place, and the online link for a confirmed place only. */
    private String where(Event event, Registrations.Registration registration) {
        String place = event.place() == null ? "" : event.place();
        if (!confirmed(registration) || !event.mode().online() || event.onlineLink() == null) {
            return place;
        }
        return (place.isEmpty() ? "" : place + "\n") + texts.text("registration.mail.link", event.onlineLink());
    }

    /**
     * For a confirmed place: the sessions it holds as a calendar file, with the online link, and the check-in code as
     * a QR image.
     */
    private List<Email.Attachment> attachments(Event event, Registrations.Registration registration, String code) {
        if (!confirmed(registration)) {
            return List.of();
        }
        Event theirs = event.onSessions(registrations.seatedSessions(registration.id(), event));
        List<Email.Attachment> files = new ArrayList<>();
        files.add(new Email.Attachment(
                "evenement.ics",
                "text/calendar; charset=UTF-8; method=PUBLISH",
                calendar.calendar(event.title(), List.of(theirs), true).getBytes(StandardCharsets.UTF_8)));
        files.add(new Email.Attachment("code-pointage.png", "image/png", CheckInImages.png(code)));
        return files;
    }

    /** The file that takes these sessions out of a registrant's calendar. */
    private Email.Attachment cancellation(Event event, List<Event.Slot> sessions) {
        return new Email.Attachment(
                "annulation.ics",
                "text/calendar; charset=UTF-8; method=CANCEL",
                calendar.cancel(event, sessions).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean confirmed(Registrations.Registration registration) {
        return registration.status() == RegistrationStatus.CONFIRMED;
    }
}
