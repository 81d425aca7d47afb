package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.WorkItem;
import fr.passerelle.accounts.WorkItems;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.events.Stands;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** On a professional's page of work: the stand leads their territory has to handle, the events they run this week. */
@Component
record EventWork(Events events, Stands stands) implements WorkItems {

    static final int WEEK_NAMED = 5;
    private static final int WEEK_MOST = 200;

    @Override
    public List<WorkItem> items(AccountUser user) {
        return List.of(
                new WorkItem(30, "work.leads.toHandle", stands.leadsToHandle(user), "/stands/pistes"), week(user));
    }

    /**
     * The published events of today and the six days after that the user runs (those they may change: every one for
     * coordinators, their own and their territory's for agents), the first few named.
     */
    private WorkItem week(AccountUser user) {
        LocalDate today = LocalDate.now(Paris.ZONE);
        LocalDate end = today.plusDays(7);
        List<Event> week = events
                .agendaBetween(
                        today.atStartOfDay(Paris.ZONE).toOffsetDateTime(),
                        end.atStartOfDay(Paris.ZONE).toOffsetDateTime(),
                        null,
                        WEEK_MOST)
                .stream()
                .filter(event -> events.edits(user, event))
                .toList();
        return new WorkItem(
                50,
                "work.events.thisWeek",
                week.size(),
                "/agenda?from=" + today + "&to=" + end,
                week.stream()
                        .limit(WEEK_NAMED)
                        .map(event -> new WorkItem.Entry(event.title(), event.startsAt(), "/agenda/" + event.id()))
                        .toList());
    }
}
