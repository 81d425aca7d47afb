package fr.passerelle.events.internal;

import fr.passerelle.common.database.SingleRun;
import fr.passerelle.events.Event;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An hourly round of e-mails about events (the reminders, the surveys): each event due is mailed, then marked as done
 * unless not one of its e-mails could go (it is tried again next time); one instance at a time, in the lock's
 * transaction.
 */
@Component
public record EventMailRounds(JdbcClient jdbc, EventRepository events, SingleRun single) {

    /**
     * A kind of round.
     *
     * @param due the ids of the events due at {@code :now}, their rows locked ({@code for update skip locked})
     * @param sentColumn the event's column that keeps when the round mailed it
     */
    public record Round(String job, long lock, String due, String sentColumn) {}

    /** Mails the events due at {@code now}; {@code mail} says whether any e-mail went. How many events were mailed. */
    public int run(Round round, OffsetDateTime now, Predicate<Event> mail) {
        return single.alone(round.job(), round.lock(), () -> {
            int mailed = 0;
            for (UUID id :
                    jdbc.sql(round.due()).param("now", now).query(UUID.class).list()) {
                if (mail.test(events.find(id).orElseThrow())) {
                    jdbc.sql("update event set " + round.sentColumn() + " = :now where id = :id")
                            .param("now", now)
                            .param("id", id)
                            .update();
                    mailed++;
                }
            }
            return mailed;
        });
    }
}
