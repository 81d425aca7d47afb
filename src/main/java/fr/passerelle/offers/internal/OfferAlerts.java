package fr.passerelle.offers.internal;

import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches as e-mail alerts, without an account. Anyone leaves an address for a search; the address confirms
 * by a link; then a daily or weekly digest lists the offers published since the last one (nothing is sent when there
 * is none), each with the link that unsubscribes and the one-click List-Unsubscribe header. The digests go out
 * hourly from 7 o'clock, one instance at a time under a database lock, catching up after a stop; a digest that could
 * not go is tried again.
 */
@Service
public class OfferAlerts {

    private static final Logger log = LoggerFactory.getLogger(OfferAlerts.class);
    private static final long LOCK = 7_301_005L;
    private static final String JOB = "offer-alerts";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int DIGEST_SIZE = 20;

    /** An alert as its owner sees it from its link. */
    public record Alert(
            UUID id, String email, String query, AlertFrequency frequency, boolean confirmed, boolean active) {}

    private final JdbcClient jdbc;
    private final Offers offers;
    private final Notifications notifications;
    private final MailTexts texts;
    private final SingleRun single;

    OfferAlerts(JdbcClient jdbc, Offers offers, Notifications notifications, MailTexts texts, SingleRun single) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.notifications = notifications;
        this.texts = texts;
        this.single = single;
    }

    /**
     * Records an alert for the search and sends the confirmation link. Asking again for the same search and address
     * sends the link again.
     *
     * @throws OfferRejectedException on "email" when the address is not one, on "frequency" when none is chosen
     */
    @Transactional
    public void subscribe(String email, OfferSearchParams search, AlertFrequency frequency) {
        String address = email == null ? "" : email.strip();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            throw new OfferRejectedException("email", "offer.alert.email.invalid");
        }
        if (frequency == null) {
            throw new OfferRejectedException("frequency", "offer.alert.frequency.required");
        }
        String query = search.queryString();
        String token = jdbc.sql(
                        """
                        insert into offer_alert (email, query, frequency, token) values (:email, :query, :frequency, :token)
                        on conflict (lower(email), query) where unsubscribed_at is null
                        do update set frequency = excluded.frequency
                        returning token
                        """)
                .param("email", address)
                .param("query", query)
                .param("frequency", frequency.code())
                .param("token", token())
                .query(String.class)
                .single();
        notifications.send(new Email(
                        address,
                        texts.text("offer.alert.mail.confirm.subject"),
                        texts.text(
                                "offer.alert.mail.confirm.body",
                                describe(search),
                                texts.text(frequency.messageKey()),
                                texts.link("/offres/alertes/" + token + "/confirmer"),
                                unsubscribeLink(token)))
                .unsubscribedAt(unsubscribeLink(token)));
    }

    public Optional<Alert> alert(String token) {
        return jdbc.sql("select * from offer_alert where token = :token")
                .param("token", token == null ? "" : token)
                .query((rs, row) -> new Alert(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getString("query"),
                        fr.passerelle.common.Vocabulary.parse(AlertFrequency.class, rs.getString("frequency"))
                                .orElseThrow(),
                        rs.getObject("confirmed_at") != null,
                        rs.getObject("unsubscribed_at") == null))
                .optional();
    }

    /** Confirms the address; the first digest holds the offers published from now on. */
    @Transactional
    public boolean confirm(String token) {
        return jdbc.sql(
                                """
                        update offer_alert set confirmed_at = coalesce(confirmed_at, now()),
                               last_run_at = coalesce(last_run_at, now())
                        where token = :token and unsubscribed_at is null
                        """)
                        .param("token", token == null ? "" : token)
                        .update()
                == 1;
    }

    /** Stops the alert; true when the link was one. */
    @Transactional
    public boolean unsubscribe(String token) {
        return jdbc.sql(
                                """
                        update offer_alert set unsubscribed_at = coalesce(unsubscribed_at, now())
                        where token = :token
                        """)
                        .param("token", token == null ? "" : token)
                        .update()
                == 1;
    }

    @Scheduled(cron = "${passerelle.jobs.offer-alerts.cron:0 0 7-22 * * *}", zone = "Europe/Paris")
    void everyHour() {
        SingleRun.logHandled(log, "Sent {} offer alert digests", run(OffsetDateTime.now()));
    }

    /** Sends the digests due at {@code now}; how many went out, or -1 when another instance is at it. */
    public int run(OffsetDateTime now) {
        return single.alone(JOB, LOCK, () -> {
            int count = 0;
            for (AlertFrequency frequency : AlertFrequency.values()) {
                for (DueAlert alert : due(frequency, now)) {
                    Optional<Email> digest = digest(alert);
                    boolean sent = digest.isPresent() && notifications.sendEach(List.of(digest.get()));
                    if (sent || digest.isEmpty()) {
                        ran(alert, now);
                    }
                    count += sent ? 1 : 0;
                }
            }
            return count;
        });
    }

    record DueAlert(UUID id, String email, String query, String token, OffsetDateTime since) {}

    private List<DueAlert> due(AlertFrequency frequency, OffsetDateTime now) {
        return jdbc.sql(
                        """
                        select id, email, query, token, last_run_at as since from offer_alert
                        where frequency = :frequency and confirmed_at is not null and unsubscribed_at is null
                          and last_run_at <= :now - make_interval(secs => :period)
                        order by last_run_at, id
                        for update skip locked
                        """)
                .param("frequency", frequency.code())
                .param("now", now)
                .param("period", frequency.period().toSeconds() - 3600)
                .query(DueAlert.class)
                .list();
    }

    /** The next digest counts from this run; a digest that could not go is tried again at the next one. */
    private void ran(DueAlert alert, OffsetDateTime now) {
        jdbc.sql("update offer_alert set last_run_at = :now where id = :id")
                .param("now", now)
                .param("id", alert.id())
                .update();
    }

    /** The alert's digest, when offers were published since its last one. */
    private Optional<Email> digest(DueAlert alert) {
        OfferSearchParams search = OfferSearchParams.fromQueryString(alert.query());
        OfferPage page;
        try {
            page = offers.search(
                    search.toQuery(DIGEST_SIZE, new java.util.ArrayList<>()).publishedAfter(alert.since()));
        } catch (OfferRejectedException unusable) {
            return Optional.empty();
        }
        if (page.hits().isEmpty()) {
            return Optional.empty();
        }
        String more = page.total() > page.hits().size()
                ? texts.text(
                        "offer.alert.mail.more",
                        page.total() - page.hits().size(),
                        texts.link("/offres?" + alert.query()))
                : "";
        return Optional.of(new Email(
                        alert.email(),
                        texts.text("offer.alert.mail.digest.subject", page.total()),
                        texts.text(
                                "offer.alert.mail.digest.body",
                                describe(search),
                                FrenchDates.DAY.format(alert.since().atZoneSameInstant(Paris.ZONE)),
                                list(page),
                                more,
                                unsubscribeLink(alert.token())))
                .unsubscribedAt(unsubscribeLink(alert.token())));
    }

    private String list(OfferPage page) {
        StringBuilder list = new StringBuilder();
        for (OfferHit hit : page.hits()) {
            Offer offer = hit.offer();
            list.append("- ")
                    .append(offer.title())
                    .append(offer.qualified() ? " (" + texts.text("offer.qualified") + ")" : "")
                    .append('\n')
                    .append("  ")
                    .append(texts.link("/offres/" + offer.id()))
                    .append("\n\n");
        }
        return list.toString();
    }

    /** The alert's search in words, for its pages. */
    public String describe(Alert alert) {
        return describe(OfferSearchParams.fromQueryString(alert.query()));
    }

    /** The search in words, for the e-mails ("boulangerie · Drôme · communes rurales"). */
    String describe(OfferSearchParams search) {
        List<String> parts = new java.util.ArrayList<>();
        if (search.q() != null) {
            parts.add("«\u00a0" + search.q() + "\u00a0»");
        }
        search.kind().forEach(code -> fr.passerelle.common.Vocabulary.parse(OfferKind.class, code)
                .ifPresent(kind -> parts.add(texts.text(kind.messageKey()))));
        search.sector().forEach(code -> fr.passerelle.common.Vocabulary.parse(fr.passerelle.common.Sector.class, code)
                .ifPresent(sector -> parts.add(texts.text(sector.messageKey()))));
        if (search.departement() != null) {
            parts.add(texts.text("offer.alert.departement", search.departement()));
        }
        if (search.rural()) {
            parts.add(texts.text("offer.filter.rural"));
        }
        if (search.nearLabel() != null || search.near() != null) {
            parts.add(texts.text(
                    "offer.alert.near",
                    search.nearLabel() != null ? search.nearLabel() : search.near(),
                    search.radiusKm() != null ? search.radiusKm() : OfferQuery.DEFAULT_RADIUS_KM));
        }
        return parts.isEmpty() ? texts.text("offer.alert.everything") : String.join(" · ", parts);
    }

    /** The address that stops the alert: a page asking to confirm, or a one-click POST from the mail provider. */
    private String unsubscribeLink(String token) {
        return texts.link("/offres/alertes/" + token + "/desinscription");
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
