package fr.passerelle.news.internal;

import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.MailTexts;
import fr.passerelle.events.Event;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.resources.PublishedResource;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The articles that announce what the network published, in French: an event of the agenda (its title, first day,
 * place, programme and page), a resource of the library and a working group started. The demonstration's articles and the drafts proposed on
 * publication are both written here, from their own sentences ({@code <keys>.title}, {@code .summary}, {@code .body}).
 */
@Component
record Announcements(MailTexts texts) {

    /**
     * An article announcing the event, dated that day (null: when it is published); its sentences read the title
     * ({0}), the first day ({1}), the place or "en ligne" ({2}), the programme ({3}) and the event's page ({4}).
     */
    ArticleDraft event(Event event, String keys, LocalDate day) {
        String where = event.place() == null ? texts.text("news.demo.event.online") : event.place();
        Object[] words = {
            event.title(),
            FrenchDates.day(event.firstDay()),
            where,
            Objects.toString(event.programme(), ""),
            texts.link("/agenda/" + event.id())
        };
        return new ArticleDraft(
                        texts.text(keys + ".title", words),
                        texts.text(keys + ".summary", words),
                        texts.text(keys + ".body", words),
                        day,
                        event.id(),
                        null)
                .fitted();
    }

    /** A draft announcing the resource: its title ({0}), its summary ({1}) and its page ({2}). */
    ArticleDraft resource(PublishedResource resource) {
        Object[] words = {
            resource.title(), Objects.toString(resource.summary(), ""), texts.link("/ressources/" + resource.id())
        };
        return new ArticleDraft(
                        texts.text("news.proposed.resource.title", words),
                        texts.text(
                                resource.summary() == null
                                        ? "news.proposed.resource.summary.none"
                                        : "news.proposed.resource.summary",
                                words),
                        texts.text("news.proposed.resource.body", words),
                        null,
                        null,
                        null,
                        resource.id())
                .fitted();
    }

    /**
     * A draft announcing a working group just started: its name ({0}), its theme ({1}), its objectives ({2}, or
     * nothing), its rhythm ({3}, or nothing) and its page ({4}), where one asks to join.
     */
    ArticleDraft group(WorkingGroup group) {
        Object[] words = {
            group.name(),
            group.theme(),
            Objects.toString(group.objectives(), ""),
            group.rhythm() == null ? "" : texts.text("news.proposed.group.rhythm", group.rhythm()),
            texts.link("/groupes/" + group.slug())
        };
        return new ArticleDraft(
                        texts.text("news.proposed.group.title", words),
                        texts.text("news.proposed.group.summary", words),
                        texts.text("news.proposed.group.body", words),
                        null,
                        null,
                        group.id())
                .fitted();
    }
}
