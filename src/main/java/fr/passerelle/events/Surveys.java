package fr.passerelle.events;

import fr.passerelle.common.database.SingleRun;
import fr.passerelle.events.EventRejectedException.Breach;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys. The day after an event ends, the people marked present (or still confirmed when no one marked
 * attendance) receive a link to a three-question survey; their answers give each event its results, which feed the
 * reports. The e-mails go once per event, by an hourly job under a lock.
 */
@Service
@Transactional(readOnly = true)
public class Surveys {

    private static final Logger log = LoggerFactory.getLogger(Surveys.class);
    private static final long LOCK = 7_301_007L;

    /** An event's results. */
    public record Results(
            int answers, Double averageSatisfaction, int[] marks, List<String> useful, List<String> willApply) {}

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final SingleRun single;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    Surveys(
            JdbcClient jdbc,
            EventRepository events,
            SingleRun single,
            Notifications notifications,
            MessageSource messages,
            @Value("${passerelle.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.events = events;
        this.single = single;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "0 45 * * * *", zone = "Europe/Paris")
    void everyHour() {
        int sent = send(OffsetDateTime.now());
        if (sent > 0) {
            log.info("Sent the satisfaction surveys of {} events", sent);
        }
    }

    /** Sends the surveys of the events that ended at least a day before {@code now}; how many events. */
    @Transactional
    public int send(OffsetDateTime now) {
        return single.alone(LOCK, () -> {
            List<UUID> due = jdbc.sql(
                            """
                            select e.id from event e
                            where e.status = 'published' and e.survey_sent_at is null and e.kind <> 'stand'
                              and e.starts_at > :now - interval '30 days'
                              and (select max(s.ends_at) from event_slot s where s.event_id = e.id) <= :now - interval '1 day'
                            for update skip locked
                            """)
                    .param("now", now)
                    .query(UUID.class)
                    .list();
            for (UUID id : due) {
                Event event = events.find(id).orElseThrow();
                boolean marked = jdbc.sql(
                                "select exists (select 1 from registration where event_id = :e and status = 'attended')")
                        .param("e", id)
                        .query(Boolean.class)
                        .single();
                jdbc.sql(
                                "select name, email, token from registration where event_id = :e and status = any(:statuses::text[])")
                        .param("e", id)
                        .param("statuses", marked ? new String[] {"attended"} : new String[] {"confirmed", "attended"})
                        .query(rs -> {
                            notifications.send(new Email(
                                    rs.getString("email"),
                                    text("survey.mail.subject", event.title()),
                                    text(
                                            "survey.mail.body",
                                            rs.getString("name"),
                                            event.title(),
                                            baseUrl + "/agenda/inscriptions/" + rs.getString("token") + "/avis")));
                        });
                jdbc.sql("update event set survey_sent_at = :now where id = :id")
                        .param("now", now)
                        .param("id", id)
                        .update();
            }
            return due.size();
        });
    }

    /**
     * Records the answer of the registration of that link; answering again replaces it.
     *
     * @throws EventRejectedException when the mark is not 1 to 5 or a text is too long
     * @throws EventNotFoundException when the link is unknown or the person was not there
     */
    @Transactional
    public void answer(String token, Integer satisfaction, String useful, String willApply) {
        var registration = jdbc.sql("select id, event_id, status from registration where token = :token")
                .param("token", token == null ? "" : token)
                .query((rs, row) -> new Object[] {
                    rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("status")
                })
                .optional()
                .filter(row -> List.of("attended", "confirmed").contains((String) row[2]))
                .orElseThrow(() -> new EventNotFoundException("survey"));
        List<Breach> breaches = new ArrayList<>();
        if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
            breaches.add(new Breach("satisfaction", "survey.satisfaction.required"));
        }
        if ((useful != null && useful.length() > 2000) || (willApply != null && willApply.length() > 2000)) {
            breaches.add(new Breach("useful", "survey.text.length"));
        }
        if (!breaches.isEmpty()) {
            throw new EventRejectedException(breaches);
        }
        jdbc.sql(
                        """
                        insert into survey_answer (registration_id, event_id, satisfaction, useful, will_apply)
                        values (:registration, :event, :satisfaction, :useful, :apply)
                        on conflict (registration_id) do update set satisfaction = excluded.satisfaction,
                            useful = excluded.useful, will_apply = excluded.will_apply, answered_at = now()
                        """)
                .param("registration", registration[0])
                .param("event", registration[1])
                .param("satisfaction", satisfaction)
                .param("useful", blankToNull(useful))
                .param("apply", blankToNull(willApply))
                .update();
    }

    /** The event's results: how many answered, the average mark, each mark's count, the texts. */
    public Results results(UUID eventId) {
        int[] marks = new int[5];
        List<String> useful = new ArrayList<>();
        List<String> apply = new ArrayList<>();
        jdbc.sql("select satisfaction, useful, will_apply from survey_answer where event_id = :e order by answered_at")
                .param("e", eventId)
                .query(rs -> {
                    marks[rs.getInt("satisfaction") - 1]++;
                    Optional.ofNullable(rs.getString("useful")).ifPresent(useful::add);
                    Optional.ofNullable(rs.getString("will_apply")).ifPresent(apply::add);
                });
        int answers = java.util.Arrays.stream(marks).sum();
        Double average = answers == 0
                ? null
                : Math.round(10.0
                                * java.util.stream.IntStream.range(0, 5)
                                        .map(i -> (i + 1) * marks[i])
                                        .sum()
                                / answers)
                        / 10.0;
        return new Results(answers, average, marks, useful, apply);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
