package fr.passerelle.offers.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.Offers;
import fr.passerelle.territory.GeographyChanged;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;
    private final Territories territories;
    private final SiteAddress site;

    OfferLifecycle(
            OfferRepository offers,
            SingleRun single,
            ApplicationEventPublisher events,
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            Territories territories,
            SiteAddress site) {
        this.offers = offers;
        this.single = single;
        this.events = events;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.territories = territories;
        this.site = site;
    }

    @Scheduled(cron = "${passerelle.jobs.offer-expiry.cron:0 5 * * * *}", zone = "Europe/Paris")
    void everyHour() {
        int handled = run(Offers.today());
        if (handled > 0) {
            log.info("Told or expired {} offers", handled);
        }
    }

    /** Sends the notices and expires the offers due on {@code day}; how many, or -1 when another instance is at it. */
    int run(LocalDate day) {
        return single.alone(JOB, LOCK, () -> {
            int count = 0;
            for (Offer offer : offers.endedBy(day)) {
                offers.move(offer.id(), java.util.List.of(OfferStatus.PUBLISHED), OfferStatus.EXPIRED);
                events.publishEvent(new OfferEnding(offer.id(), true));
                count++;
            }
            for (Offer offer : offers.endingWithoutNotice(day, NOTICE_DAYS)) {
                offers.noticeSent(offer.id());
                events.publishEvent(new OfferEnding(offer.id(), false));
                count++;
            }
            return count;
        });
    }

    @ApplicationModuleListener
    void on(OfferEnding ending) {
        Offer offer = offers.find(ending.offerId()).orElse(null);
        if (offer == null) {
            return;
        }
        String key = ending.expired() ? "offer.mail.expired" : "offer.mail.ending";
        String link = site.url() + "/offres/" + offer.id() + "/modifier";
        String endsOn = FrenchDates.day(offer.endsOn());
        for (UserAccount agent : accounts.activeMembers(Set.of(offer.organisationId()))) {
            if (!agent.roles().contains(Role.TERRITORY_AGENT)) {
                continue;
            }
            notifications.send(new Email(
                    agent.email(),
                    text(key + ".subject", offer.title()),
                    text(key + ".body", agent.displayName(), offer.title(), endsOn, link)));
        }
    }

    @ApplicationModuleListener
    void on(GeographyChanged change) {
        for (String code : offers.communes()) {
            territories.commune(code).ifPresent(offers::relocate);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
