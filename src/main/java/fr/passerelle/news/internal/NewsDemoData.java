package fr.passerelle.news.internal;

import fr.passerelle.accounts.Network;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.resources.PublishedResource;
import fr.passerelle.resources.ResourceLibrary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
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
        ResourceLibrary library,
        Announcements announcements,
        MailTexts texts,
        TransactionTemplate transactions)
        implements ApplicationRunner {

    static final String AUTHOR = "Cap Rural";

    /** The title of the guide's summary in the demonstration library ({@code resources/demo/resources-demo.json}). */
    static final String GUIDE = "ESS & Ruralités : le guide en bref";

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
                null,
                guide().orElse(null)));
        subscriptions.record("lettre.elus@mairie-die.example", Network.DEFAULT);
        subscriptions.record("veille@pays-voironnais.example", Network.DEFAULT);
    }

    private void announce(Event event) {
        LocalDate day = event.firstDay().minusWeeks(3);
        add(announcements.event(event, "news.demo.event", day.isAfter(Paris.today()) ? Paris.today() : day));
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

    /** The library's summary of the ESS & Ruralités guide, which the demonstration's resource article links. */
    private Optional<UUID> guide() {
        return library.latest(100).stream()
                .filter(resource -> resource.title().equals(GUIDE))
                .map(PublishedResource::id)
                .findFirst();
    }

    private void add(ArticleDraft draft) {
        ArticleDraft fitted = draft.fitted();
        if (!articles.exists(fitted.title())) {
            articles.record(fitted, AUTHOR);
        }
    }
}
