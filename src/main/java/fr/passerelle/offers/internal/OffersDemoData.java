package fr.passerelle.offers.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.DemoFiles;
import fr.passerelle.common.DemoPerson;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Directory;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.TerritoryPageDraft;
import fr.passerelle.territory.TerritoryPages;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demonstration offers and territory pages: those of the territories of the 2016 shared stand at the Salon des
 * entrepreneurs de Lyon and of the Beaujolais Vert, the offers published some days ago. Added once, after the directory made their territories; an
 * offer whose title exists is left as it is.
 */
@Component
@ConditionalOnDemoData
@Order(30)
@RequiredArgsConstructor
class OffersDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OffersDemoData.class);

    record DemoOffer(
            String territory,
            String kind,
            String commune,
            List<String> sectors,
            String title,
            String description,
            OfferDraft.Support support,
            OfferDraft.Contact contact,
            Integer endsInDays,
            int publishedDaysAgo) {}

    private final OfferRepository offers;
    private final Directory directory;
    private final Territories territories;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final DemoFiles files;
    private final TerritoryPages pages;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID author = accounts.findByEmail("territoire@passerelle.example")
                .map(account -> account.id())
                .orElse(new UUID(0, 0));
        int added = 0;
        for (DemoOffer demo : files.list("offers/demo/offers-demo.json", DemoOffer[].class)) {
            boolean exists = jdbc.sql("select exists (select 1 from offer where title = :title)")
                    .param("title", demo.title())
                    .query(Boolean.class)
                    .single();
            UUID organisation = directory.organisationIdByName(demo.territory()).orElse(null);
            if (exists || organisation == null) {
                continue;
            }
            OfferDraft draft = new OfferDraft(
                    organisation,
                    Vocabulary.parse(OfferKind.class, demo.kind()).orElseThrow(),
                    demo.title(),
                    demo.description(),
                    demo.commune(),
                    demo.sectors().stream()
                            .map(code -> Vocabulary.parse(Sector.class, code).orElseThrow())
                            .toList(),
                    demo.support(),
                    demo.contact(),
                    null,
                    demo.endsInDays() == null ? null : Offers.today().plusDays(demo.endsInDays()),
                    null);
            UUID id = offers.insert(draft, territories.commune(demo.commune()).orElseThrow(), author);
            jdbc.sql(
                            """
                            update offer set status = 'published',
                                   published_at = now() - make_interval(days => :days),
                                   created_at = now() - make_interval(days => :days + 2),
                                   updated_at = now() - make_interval(days => :days)
                            where id = :id
                            """)
                    .param("id", id)
                    .param("days", demo.publishedDaysAgo())
                    .update();
            added++;
        }
        if (added > 0) {
            log.info("Demonstration offers: {} added", added);
        }
        pages();
        demoPersonsAlert();
    }

    /** The demonstration person follows the Drôme's offers each week (her weekly digest counts from now on). */
    private void demoPersonsAlert() {
        jdbc.sql(
                        """
                        insert into offer_alert (email, query, frequency, token, created_at, confirmed_at, last_run_at)
                        select :email, 'departement=26', 'weekly', md5(random()::text), now() - interval '5 days',
                               now() - interval '5 days', now()
                        where not exists (select 1 from offer_alert where lower(email) = lower(:email))
                        """)
                .param("email", DemoPerson.EMAIL)
                .update();
    }

    /** A territory page as the demonstration file holds it, with the name of the territory that runs it. */
    record DemoPage(String territory, TerritoryPageDraft page) {}

    /**
     * Each demonstration territory's page, on the perimeter its organisation covers (one covering several is given a
     * perimeter of its own made of them); a territory that has a page keeps it.
     */
    private void pages() {
        for (DemoPage page : files.list("offers/demo/territory-pages.json", DemoPage[].class)) {
            var organisation = directory.organisationIdByName(page.territory()).flatMap(directory::organisation);
            if (organisation.isEmpty() || organisation.get().coverage().isEmpty()) {
                continue;
            }
            if (pages.ofOrganisations(List.of(organisation.get().id())).isEmpty()) {
                pages.createForCoverage(
                        organisation.get().coverage(), organisation.get().id(), page.page());
            }
        }
    }
}
