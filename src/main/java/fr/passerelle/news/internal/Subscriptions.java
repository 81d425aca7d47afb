package fr.passerelle.news.internal;

import fr.passerelle.accounts.Networks;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.links.EmailedLink;
import fr.passerelle.common.links.EmailedLinks;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.MailingList;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.notifications.Subscription;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscribers of each network's letter, without an account, by double opt-in: an address left on the site gets a link to
 * confirm it (an emailed link, valid a week); nothing else goes to it until it is confirmed. Leaving the same address
 * again is no error and tells the page nothing: the address itself hears what it needs (the link again, or that it
 * already receives the letter). Each letter carries the link that stops it.
 */
@Service
public class Subscriptions {

    static final String PURPOSE = "news-subscription";
    static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

    /** A subscription as its links show it. */
    public record Subscriber(UUID id, String email, String token, boolean confirmed, boolean active)
            implements Subscription {}

    private final JdbcClient jdbc;
    private final MailingList<Subscriber> subscribers;
    private final EmailedLinks links;
    private final Notifications notifications;
    private final MailTexts texts;
    private final Networks networks;

    Subscriptions(
            JdbcClient jdbc, EmailedLinks links, Notifications notifications, MailTexts texts, Networks networks) {
        this.jdbc = jdbc;
        this.networks = networks;
        this.subscribers = new MailingList<>(
                jdbc,
                notifications,
                texts,
                new MailingList.Table<>("news_subscriber", "/actualites/lettre", Subscriptions::row, false));
        this.links = links;
        this.notifications = notifications;
        this.texts = texts;
    }

    private static Subscriber row(ResultSet rs, int row) throws SQLException {
        return new Subscriber(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("token"),
                rs.getObject("confirmed_at") != null,
                rs.getObject("unsubscribed_at") == null);
    }

    /** Whether that is an e-mail address the letter can go to. */
    public static boolean address(String email) {
        return MailingList.address(email);
    }

    /**
     * Takes the address and e-mails it: the confirmation link when it is new or not yet confirmed, a word that it
     * already receives the letter otherwise.
     *
     * @throws NewsRejectedException on "email" when the address is not one, on "network" when no network has that id
     */
    @Transactional
    public void subscribe(String email, UUID network) {
        if (!address(email)) {
            throw new NewsRejectedException("email", "news.subscribe.email.invalid");
        }
        if (network == null || networks.find(network).isEmpty()) {
            throw new NewsRejectedException("network", "news.subscribe.network.unknown");
        }
        String address = email.strip();
        jdbc.sql(
                        """
                        insert into news_subscriber (network_id, email, token) values (:network, :email, :token)
                        on conflict (network_id, lower(email)) where unsubscribed_at is null do nothing
                        """)
                .param("network", network)
                .param("email", address)
                .param("token", MailingList.newToken())
                .update();
        Subscriber subscriber = active(address, network).orElseThrow();
        if (subscriber.confirmed()) {
            subscribers.send(
                    address,
                    subscriber.token(),
                    texts.text("news.mail.already.subject"),
                    texts.text("news.mail.already.body", unsubscribeLink(subscriber.token())));
            return;
        }
        String token = links.issue(PURPOSE, subscriber.id(), address, address, CONFIRMATION_VALIDITY);
        notifications.send(new Email(
                address,
                texts.text("news.mail.confirm.subject"),
                texts.text(
                        "news.mail.confirm.body",
                        texts.link("/actualites/lettre/confirmer?jeton=" + token),
                        CONFIRMATION_VALIDITY.toDays())));
    }

    /** The subscription a confirmation link stands for, while the link is valid. */
    public Optional<Subscriber> confirmation(String token) {
        return links.find(PURPOSE, token)
                .filter(link -> !link.expired(OffsetDateTime.now()))
                .flatMap(link -> subscribers.byId(link.subjectId()));
    }

    /** Confirms the subscription of that link; false when the link is unknown, expired or its subscription ended. */
    @Transactional
    public boolean confirm(String token) {
        Optional<EmailedLink> link = links.use(PURPOSE, token);
        return link.isPresent() && subscribers.confirm(link.get().subjectId());
    }

    /** The subscription an unsubscribe link stands for. */
    public Optional<Subscriber> byToken(String token) {
        return subscribers.byToken(token);
    }

    /** Ends the subscription; true when the link was one. */
    @Transactional
    public boolean unsubscribe(String token) {
        return subscribers.unsubscribe(token);
    }

    /** How many addresses receive the network's letter. */
    public int confirmedCount(UUID network) {
        return jdbc.sql(
                        """
                        select count(*) from news_subscriber
                        where network_id = :network and confirmed_at is not null and unsubscribed_at is null
                        """)
                .param("network", network)
                .query(Integer.class)
                .single();
    }

    /** Records a confirmed subscriber, as the demonstration has them; nothing when the address is there. */
    @Transactional
    public void record(String email, UUID network) {
        jdbc.sql(
                        """
                        insert into news_subscriber (network_id, email, token, confirmed_at)
                        values (:network, :email, :token, now())
                        on conflict (network_id, lower(email)) where unsubscribed_at is null do nothing
                        """)
                .param("network", network)
                .param("email", email)
                .param("token", MailingList.newToken())
                .update();
    }

    /** The address that stops the letter: a page asking to confirm, or a one-click POST from the mail provider. */
    String unsubscribeLink(String token) {
        return subscribers.unsubscribeLink(token);
    }

    private Optional<Subscriber> active(String email, UUID network) {
        return jdbc.sql(
                        """
                        select * from news_subscriber
                        where network_id = :network and lower(email) = lower(:email) and unsubscribed_at is null
                        """)
                .param("network", network)
                .param("email", email)
                .query(Subscriptions::row)
                .optional();
    }
}
