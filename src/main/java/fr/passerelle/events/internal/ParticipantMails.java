package fr.passerelle.events.internal;

import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.events.Event;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the participants receive from the organisers: their messages, and the reminder two days before the event
 * (hourly job, one instance at a time in the lock's transaction, each event reminded once, catching up after a stop;
 * an event none of whose reminders could go, the mail server down, is tried again at the next run).
 */
@Component
@RequiredArgsConstructor
public class ParticipantMails {

    private static final Logger log = LoggerFactory.getLogger(ParticipantMails.class);
    /** The events starting within two days that were not reminded yet. */
    private static final EventMailRounds.Round REMINDERS = new EventMailRounds.Round(
            "event-reminders",
            7_301_006L,
            """
            select id from event
            where status = 'published' and reminder_sent_at is null
              and starts_at > :now and starts_at <= :now + interval '2 days'
            order by starts_at
            for update skip locked
            """,
            "reminder_sent_at");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM à HH'h'mm", Locale.FRENCH);

    private final Participants participants;
    private final EventRepository events;
    private final EventMailRounds rounds;
    private final Notifications notifications;
    private final MailTexts texts;

    @ApplicationModuleListener
    void on(Participants.ParticipantsWritten written) {
        Event event = events.find(written.eventId()).orElse(null);
        if (event == null) {
            return;
        }
        for (String email : participants.confirmedEmails(event.id())) {
            notifications.send(new Email(
                    email,
                    texts.text("participants.mail.subject", event.title(), written.subject()),
                    texts.text("participants.mail.body", written.message(), written.from(), event.title())));
        }
    }

    @Scheduled(cron = "${passerelle.jobs.event-reminders.cron:0 15 * * * *}", zone = "Europe/Paris")
    void everyHour() {
        SingleRun.logHandled(
                log,
                "Reminded the participants of {} events",
                rounds.run(REMINDERS, OffsetDateTime.now(), this::remind));
    }

    /** Mails the reminder to the event's participants; false when not one e-mail could go. */
    private boolean remind(Event event) {
        String when = WHEN.format(event.startsAt().atZoneSameInstant(Paris.ZONE));
        String where = event.mode().online() && event.onlineLink() != null
                ? texts.text("registration.mail.link", event.onlineLink())
                : event.place() == null ? "" : event.place();
        return notifications.sendEach(participants.confirmedEmails(event.id()).stream()
                .map(email -> new Email(
                        email,
                        texts.text("participants.reminder.subject", event.title()),
                        texts.text(
                                "participants.reminder.body",
                                event.title(),
                                when,
                                where,
                                texts.link("/agenda/" + event.id()))))
                .toList());
    }
}
