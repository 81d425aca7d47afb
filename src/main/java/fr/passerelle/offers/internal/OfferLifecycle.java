package fr.passerelle.offers.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.Offers;
import fr.passerelle.territory.GeographyChanged;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Published offers end by themselves: a week before their end date the territory's agents are told (they can move
 * the date or close the offer), and the day after it the offer expires. Runs every hour on every instance, one at a
 * time under a database lock; what is due is read from the offers' state, so a run after a stop catches up. Also
 * keeps where offers lie up to date when the geography changes (a new density grid makes communes rural).
 */
@Component
@RequiredArgsConstructor
public class OfferLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OfferLifecycle.class);
    private static final long LOCK = 7_301_003L;
    private static final String JOB = "offer-expiry";
    static final int NOTICE_DAYS = 7;

    private final OfferRepository offers;
    private final SingleRun single;
    private final ApplicationEventPublisher events;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MailTexts texts;
    private final Territories territories;

    @Scheduled(cron = "${passerelle.jobs.offer-expiry.cron:0 5 * * * *}", zone = "Europe/Paris")
    void everyHour() {
        SingleRun.logHandled(log, "Told or expired {} offers", run(Offers.today()));
    }

    /** Sends the notices and expires the offers due on {@code day}; how many, or -1 when another instance is at it. */
    int run(LocalDate day) {
        return single.alone(JOB, LOCK, () -> {
            List<Offer> ended = offers.endedBy(day);
            ended.forEach(offer -> {
                offers.move(offer.id(), List.of(OfferStatus.PUBLISHED), OfferStatus.EXPIRED);
                events.publishEvent(new OfferEnding(offer.id(), true));
            });
            List<Offer> ending = offers.endingWithoutNotice(day, NOTICE_DAYS);
            ending.forEach(offer -> {
                offers.noticeSent(offer.id());
                events.publishEvent(new OfferEnding(offer.id(), false));
            });
            return ended.size() + ending.size();
        });
    }

    @ApplicationModuleListener
    void on(OfferEnding ending) {
        Offer offer = offers.find(ending.offerId()).orElse(null);
        if (offer == null) {
            return;
        }
        String key = ending.expired() ? "offer.mail.expired" : "offer.mail.ending";
        String link = texts.link("/offres/" + offer.id() + "/modifier");
        String endsOn = FrenchDates.day(offer.endsOn());
        for (UserAccount agent : accounts.activeMembers(Set.of(offer.organisationId()))) {
            if (!agent.roles().contains(Role.TERRITORY_AGENT)) {
                continue;
            }
            notifications.send(new Email(
                    agent.email(),
                    texts.text(key + ".subject", offer.title()),
                    texts.text(key + ".body", agent.displayName(), offer.title(), endsOn, link)));
        }
    }

    @ApplicationModuleListener
    void on(GeographyChanged change) {
        for (String code : offers.communes()) {
            territories.commune(code).ifPresent(offers::relocate);
        }
    }
}
