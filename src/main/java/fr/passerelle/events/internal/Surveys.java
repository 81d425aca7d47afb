package fr.passerelle.events.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Breach;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys: the answers to the three-question survey that the participants receive the day after an event
 * ({@link SurveyInvitations}) give each event its results, which feed the reports.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Surveys {

    /** An event's results. */
    public record Results(
            int answers, Double averageSatisfaction, int[] marks, List<String> useful, List<String> willApply) {}

    private final JdbcClient jdbc;

    /**
     * Records the answer of the registration of that link; answering again replaces it.
     *
     * @throws EventRejectedException before the event has ended, or when the mark is not 1 to 5 or a text is too long
     * @throws EventNotFoundException when the link is unknown or the person was not there
     */
    @Transactional
    public void answer(String token, Integer satisfaction, String useful, String willApply) {
        var registration = jdbc.sql(
                        """
                        select r.id, r.event_id, r.status,
                               (select max(s.ends_at) from event_slot s where s.event_id = r.event_id) <= now() as ended
                        from registration r where r.token = :token
                        """)
                .param("token", token == null ? "" : token)
                .query((rs, row) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getObject("event_id", UUID.class),
                    rs.getString("status"),
                    rs.getBoolean("ended")
                })
                .optional()
                .filter(row -> List.of("attended", "confirmed").contains((String) row[2]))
                .orElseThrow(() -> new EventNotFoundException("survey"));
        if (!(Boolean) registration[3]) {
            throw new EventRejectedException(List.of(new Breach("satisfaction", "survey.tooEarly")));
        }
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
}
