package fr.passerelle.news.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration news: each event of the demonstration agenda announced three weeks before it (or today, when that
 * is still to come), the collective entrepreneurship working group started, the ESS & Ruralités guide's summary
 * released, and two confirmed subscribers of the newsletter. An article whose title exists is left as it is.
 */
@Component
@ConditionalOnDemoData
@Order(70)
public record NewsDemoData(
        Articles articles,
        Subscriptions subscriptions,
        Events events,
        Groups groups,
        MailTexts texts,
        TransactionTemplate transactions)
        implements ApplicationRunner {

    static final String AUTHOR = "Cap Rural";

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seed());
    }

    private void seed() {
        OffsetDateTime from = LocalDate.of(2000, 1, 1).atStartOfDay(Paris.ZONE).toOffsetDateTime();
        for (Event event : events.agendaBetween(from, from.plusYears(100), null, 200)) {
            announce(event);
        }
        groups.all().stream()
                .filter(group -> group.slug().equals("entrepreneuriat-collectif-collectivites"))
                .findFirst()
                .ifPresent(this::started);
        add(new ArticleDraft(
                texts.text("news.demo.resource.title"),
                texts.text("news.demo.resource.summary"),
                texts.text("news.demo.resource.body"),
                LocalDate.of(2019, 3, 4),
                null,
                null));
        subscriptions.record("lettre.elus@mairie-die.example");
        subscriptions.record("veille@pays-voironnais.example");
    }

    private void announce(Event event) {
        LocalDate day = event.firstDay().minusWeeks(3);
        String where = event.place() == null ? texts.text("news.demo.event.online") : event.place();
        add(new ArticleDraft(
                texts.text("news.demo.event.title", event.title()),
                texts.text("news.demo.event.summary", FrenchDates.day(event.firstDay()), where),
                texts.text(
                        "news.demo.event.body",
                        event.title(),
                        FrenchDates.day(event.firstDay()),
                        where,
                        event.programme() == null ? "" : event.programme()),
                day.isAfter(Paris.today()) ? Paris.today() : day,
                event.id(),
                null));
    }

    private void started(WorkingGroup group) {
        add(new ArticleDraft(
                texts.text("news.demo.group.title", group.name()),
                texts.text("news.demo.group.summary", java.util.Objects.toString(group.theme(), "")),
                texts.text(
                        "news.demo.group.body",
                        group.name(),
                        java.util.Objects.toString(group.objectives(), ""),
                        java.util.Objects.toString(group.rhythm(), "")),
                LocalDate.of(2021, 3, 22),
                null,
                group.id()));
    }

    private void add(ArticleDraft draft) {
        String title = draft.title().length() > Articles.TITLE_MAX
                ? draft.title().substring(0, Articles.TITLE_MAX - 1).strip() + "…"
                : draft.title();
        ArticleDraft fitted = new ArticleDraft(
                title, draft.summary(), draft.body(), draft.publishedOn(), draft.eventId(), draft.groupId());
        if (!articles.exists(fitted.title())) {
            articles.record(fitted, AUTHOR);
        }
    }
}
