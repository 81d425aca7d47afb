package fr.passerelle.events.internal;

import fr.passerelle.common.MailTexts;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.events.Event;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The day after an event ends, the people marked present (or still confirmed when no one marked attendance) receive
 * the link to their satisfaction survey. Hourly, one instance at a time in the lock's transaction; each event's
 * e-mails go once, except that an event none of whose e-mails could go (the mail server down) is tried again.
 */
@Component
public record SurveyInvitations(JdbcClient jdbc, EventMailRounds rounds, Notifications notifications, MailTexts texts) {

    private static final Logger log = LoggerFactory.getLogger(SurveyInvitations.class);
    /** The events of the past 30 days, stands aside, that ended at least a day ago and were not surveyed yet. */
    private static final EventMailRounds.Round SURVEYS = new EventMailRounds.Round(
            "event-surveys",
            7_301_007L,
            """
            select e.id from event e
            where e.status = 'published' and e.survey_sent_at is null and e.kind <> 'stand'
              and e.starts_at > :now - interval '30 days'
              and (select max(s.ends_at) from event_slot s where s.event_id = e.id) <= :now - interval '1 day'
            for update skip locked
            """,
            "survey_sent_at");

    private record Invitee(String name, String email, String token) {}

    @Scheduled(cron = "${passerelle.jobs.event-surveys.cron:0 45 * * * *}", zone = "Europe/Paris")
    void everyHour() {
        SingleRun.logHandled(
                log,
                "Sent the satisfaction surveys of {} events",
                rounds.run(SURVEYS, OffsetDateTime.now(), this::invite));
    }

    /** Mails the survey to the event's participants; false when not one e-mail could go. */
    private boolean invite(Event event) {
        return notifications.sendEach(invitees(event.id()).stream()
                .map(invitee -> new Email(
                        invitee.email(),
                        texts.text("survey.mail.subject", event.title()),
                        texts.text(
                                "survey.mail.body",
                                invitee.name(),
                                event.title(),
                                texts.link("/agenda/inscriptions/" + invitee.token() + "/avis"))))
                .toList());
    }

    /** Those marked present; when no one was marked, those still confirmed. */
    private List<Invitee> invitees(UUID eventId) {
        return jdbc.sql(
                        """
                        select name, email, token from registration
                        where event_id = :e and (status = 'attended' or status = 'confirmed' and not exists
                            (select 1 from registration marked where marked.event_id = :e and marked.status = 'attended'))
                        order by created_at
                        """)
                .param("e", eventId)
                .query((rs, row) -> new Invitee(rs.getString("name"), rs.getString("email"), rs.getString("token")))
                .list();
    }
}
