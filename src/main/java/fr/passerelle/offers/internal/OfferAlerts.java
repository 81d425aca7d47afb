package fr.passerelle.offers.internal;

import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.notifications.Alerts;
import fr.passerelle.notifications.MailingList;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.notifications.Subscription;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
public class OfferAlerts extends Alerts<OfferAlerts.Alert> {

    private static final Logger log = LoggerFactory.getLogger(OfferAlerts.class);
    private static final long LOCK = 7_301_005L;
    private static final String JOB = "offer-alerts";
    static final int DIGEST_SIZE = 20;

    /** An alert as its owner sees it from its link. */
    public record Alert(
            UUID id,
            String email,
            String query,
            AlertFrequency frequency,
            String token,
            OffsetDateTime lastRunAt,
            boolean confirmed,
            boolean active)
            implements Subscription {}

    private final Offers offers;
    private final MailTexts texts;
    private final SingleRun single;

    OfferAlerts(JdbcClient jdbc, Offers offers, Notifications notifications, MailTexts texts, SingleRun single) {
        super(new MailingList<>(
                jdbc,
                notifications,
                texts,
                new MailingList.Table<>("offer_alert", "/offres/alertes", OfferAlerts::row, true)));
        this.offers = offers;
        this.texts = texts;
        this.single = single;
    }

    private static Alert row(ResultSet rs, int row) throws SQLException {
        return new Alert(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("query"),
                Vocabulary.parse(AlertFrequency.class, rs.getString("frequency"))
                        .orElseThrow(),
                rs.getString("token"),
                rs.getObject("last_run_at", OffsetDateTime.class),
                rs.getObject("confirmed_at") != null,
                rs.getObject("unsubscribed_at") == null);
    }

    /**
     * Records an alert for the search and sends the confirmation link. Asking again for the same search and address
     * sends the link again.
     *
     * @throws OfferRejectedException on "email" when the address is not one, on "frequency" when none is chosen
     */
    @Transactional
    public void subscribe(String email, OfferSearchParams search, AlertFrequency frequency) {
        if (!MailingList.address(email)) {
            throw new OfferRejectedException("email", "offer.alert.email.invalid");
        }
        if (frequency == null) {
            throw new OfferRejectedException("frequency", "offer.alert.frequency.required");
        }
        String address = email.strip();
        String token = alerts.record(
                """
                insert into offer_alert (email, query, frequency, token) values (:email, :query, :frequency, :token)
                on conflict (lower(email), query) where unsubscribed_at is null
                do update set frequency = excluded.frequency
                returning token
                """,
                Map.of("email", address, "query", search.queryString(), "frequency", frequency.code()));
        alerts.send(
                address,
                token,
                texts.text("offer.alert.mail.confirm.subject"),
                texts.text(
                        "offer.alert.mail.confirm.body",
                        describe(search),
                        texts.text(frequency.messageKey()),
                        alerts.confirmLink(token),
                        alerts.unsubscribeLink(token)));
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
                List<Alert> due = alerts.due(
                        now, frequency.period(), "frequency = :frequency", Map.of("frequency", frequency.code()));
                count += alerts.sendDigests(due, now, this::digest);
            }
            return count;
        });
    }

    /** The alert's digest, when offers were published since its last one. */
    private Optional<MailingList.Digest> digest(Alert alert) {
        OfferSearchParams search = OfferSearchParams.fromQueryString(alert.query());
        OfferPage page;
        try {
            page = offers.search(
                    search.toQuery(DIGEST_SIZE, new java.util.ArrayList<>()).publishedAfter(alert.lastRunAt()));
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
        return Optional.of(MailingList.Digest.of(alerts.mail(
                alert.email(),
                alert.token(),
                texts.text("offer.alert.mail.digest.subject", page.total()),
                texts.text(
                        "offer.alert.mail.digest.body",
                        describe(search),
                        FrenchDates.DAY.format(alert.lastRunAt().atZoneSameInstant(Paris.ZONE)),
                        list(page),
                        more,
                        alerts.unsubscribeLink(alert.token())))));
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
        search.kind().forEach(code -> Vocabulary.parse(OfferKind.class, code)
                .ifPresent(kind -> parts.add(texts.text(kind.messageKey()))));
        search.sector().forEach(code -> Vocabulary.parse(fr.passerelle.common.Sector.class, code)
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
}
