package fr.passerelle.directory.internal;

import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeWindow;
import fr.passerelle.notifications.Alerts;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.MailingList;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.notifications.Subscription;
import fr.passerelle.territory.Area;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheme alerts, without an account, as Aides-territoires sends them: anyone leaves an address for a commune or a
 * whole département, a kind of project and, if they like, a sector; the address confirms by a link; then a weekly
 * digest lists the schemes published since the last one that cover the place and fit the project, and those whose
 * window closes within
 * {@value #CLOSING_DAYS} days. Each scheme and each closing date is said once per alert; nothing is sent when there is
 * nothing to say. Every digest carries the link that unsubscribes and the one-click List-Unsubscribe header. The job
 * runs each morning under a database lock, one instance at a time; a digest that could not go is tried again.
 */
@Service
public class SchemeAlerts extends Alerts<SchemeAlerts.Alert> {

    private static final Logger log = LoggerFactory.getLogger(SchemeAlerts.class);
    private static final long LOCK = 7_301_091L;
    private static final String JOB = "scheme-alerts";
    static final int CLOSING_DAYS = 15;
    static final Duration PERIOD = Duration.ofDays(7);
    private static final int PAGE = 100;

    /** An alert as its owner sees it from its link. */
    public record Alert(
            UUID id,
            String email,
            String communeCode,
            String departementCode,
            ProjectKind kind,
            Sector sector,
            String token,
            OffsetDateTime lastRunAt,
            boolean confirmed,
            boolean active)
            implements Subscription {}

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Territories territories;
    private final MailTexts texts;
    private final SingleRun single;

    SchemeAlerts(
            JdbcClient jdbc,
            Directory directory,
            Territories territories,
            Notifications notifications,
            MailTexts texts,
            SingleRun single) {
        super(new MailingList<>(
                jdbc,
                notifications,
                texts,
                new MailingList.Table<>("scheme_alert", "/annuaire/alertes", SchemeAlerts::row, true)));
        this.jdbc = jdbc;
        this.directory = directory;
        this.territories = territories;
        this.texts = texts;
        this.single = single;
    }

    /**
     * Records the alert and sends the confirmation link; asking again for the same alert sends the link again. It
     * follows the département when one is given (the commune is then left aside), else the commune.
     *
     * @throws EntryRejectedException on the address, the commune, the département or the kind of project when missing
     *     or not one
     */
    @Transactional
    public void subscribe(String email, String communeCode, String departementCode, ProjectKind kind, Sector sector) {
        if (!MailingList.address(email)) {
            throw new EntryRejectedException("email", "scheme.alert.email.invalid");
        }
        Place place = place(communeCode, departementCode);
        if (kind == null) {
            throw new EntryRejectedException("projectKind", "scheme.alert.kind.required");
        }
        String address = email.strip();
        String token = alerts.record(
                """
                insert into scheme_alert (email, commune_code, departement_code, project_kind, sector, token)
                values (:email, :commune, :departement, :kind, :sector, :token)
                on conflict (lower(email), coalesce(commune_code, ''), coalesce(departement_code, ''), project_kind,
                             coalesce(sector, ''))
                    where unsubscribed_at is null
                do update set email = excluded.email
                returning token
                """,
                place.criteria(address, kind, sector));
        alerts.send(
                address,
                token,
                texts.text("scheme.alert.mail.confirm.subject"),
                texts.text(
                        "scheme.alert.mail.confirm.body",
                        describe(place.commune(), place.departement(), kind, sector),
                        alerts.confirmLink(token),
                        alerts.unsubscribeLink(token)));
    }

    /** Where an alert looks: a commune's code, or a département's. */
    private record Place(String commune, String departement) {

        /** The alert's columns for the address, the kind of project and the sector (or none). */
        Map<String, Object> criteria(String email, ProjectKind kind, Sector sector) {
            Map<String, Object> criteria = new HashMap<>();
            criteria.put("email", email);
            criteria.put("commune", commune);
            criteria.put("departement", departement);
            criteria.put("kind", kind.code());
            criteria.put("sector", sector == null ? null : sector.code());
            return criteria;
        }
    }

    private Place place(String communeCode, String departementCode) {
        if (departementCode != null && !departementCode.isBlank()) {
            String code = departementCode.strip().toUpperCase(java.util.Locale.ROOT);
            return departement(code)
                    .map(d -> new Place(null, d.code()))
                    .orElseThrow(() -> new EntryRejectedException("departement", "scheme.alert.departement.unknown"));
        }
        return (communeCode == null ? Optional.<Commune>empty() : territories.commune(communeCode))
                .map(c -> new Place(c.code(), null))
                .orElseThrow(() -> new EntryRejectedException("commune", "scheme.alert.commune.unknown"));
    }

    private Optional<Area> departement(String code) {
        return territories.departements().stream()
                .filter(d -> d.code().equals(code))
                .findFirst();
    }

    /**
     * The demonstration's confirmed alert, once: its project holder follows the schemes of a commune for a kind of
     * project, so that the digests can be seen in the log from the first week.
     */
    void demonstrate(String email, String communeCode, ProjectKind kind) {
        jdbc.sql(
                        """
                        insert into scheme_alert (email, commune_code, project_kind, token, confirmed_at, last_run_at)
                        select :email, :commune, :kind, :token, now(), now()
                        where not exists (select 1 from scheme_alert where lower(email) = lower(:email))
                        """)
                .param("email", email)
                .param("commune", communeCode)
                .param("kind", kind.code())
                .param("token", MailingList.newToken())
                .update();
    }

    private static Alert row(ResultSet rs, int row) throws SQLException {
        return new Alert(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("commune_code"),
                rs.getString("departement_code"),
                Vocabulary.parse(ProjectKind.class, rs.getString("project_kind"))
                        .orElse(null),
                Vocabulary.parse(Sector.class, rs.getString("sector")).orElse(null),
                rs.getString("token"),
                rs.getObject("last_run_at", OffsetDateTime.class),
                rs.getObject("confirmed_at") != null,
                rs.getObject("unsubscribed_at") == null);
    }

    @Scheduled(cron = "${passerelle.jobs.scheme-alerts.cron:0 30 7 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        SingleRun.logHandled(log, "Sent {} scheme alert digests", run(OffsetDateTime.now()));
    }

    /** Sends the digests due at {@code now}; how many went out, or -1 when another instance is at it. */
    public int run(OffsetDateTime now) {
        return single.alone(
                JOB,
                LOCK,
                () -> alerts.sendDigests(
                        alerts.due(now, PERIOD, "true", Map.of()), now, alert -> digest(alert, Paris.today())));
    }

    /** What a digest announced, so that each new scheme and each closing date is said once to the alert. */
    private void announced(UUID alert, List<Scheme> fresh, List<Scheme> closing, LocalDate today) {
        fresh.forEach(s -> remember(alert, s.id(), null));
        closing.forEach(
                s -> remember(alert, s.id(), s.window(today).orElseThrow().closesOn()));
    }

    private void remember(UUID alert, UUID scheme, LocalDate closesOn) {
        jdbc.sql(
                        """
                        insert into scheme_alert_announced (alert_id, scheme_id, closes_on)
                        values (:alert, :scheme, coalesce(:closesOn, '-infinity'::date)) on conflict do nothing
                        """)
                .param("alert", alert)
                .param("scheme", scheme)
                .param("closesOn", closesOn)
                .update();
    }

    /** The alert's digest, when a scheme was published since its last one or one of its schemes closes soon. */
    Optional<MailingList.Digest> digest(Alert alert, LocalDate today) {
        if (alert.kind() == null) {
            return Optional.empty();
        }
        List<Scheme> schemes = matching(alert);
        List<UUID> ids = schemes.stream().map(Scheme::id).toList();
        Set<UUID> freshIds = Set.copyOf(fresh(alert, ids));
        List<Scheme> fresh =
                schemes.stream().filter(s -> freshIds.contains(s.id())).toList();
        // A new scheme's near deadline is said with it, and counts as said.
        List<Scheme> deadlines = schemes.stream()
                .filter(s -> closesSoon(s, today) && !announced(alert, s, today))
                .toList();
        List<Scheme> closing =
                deadlines.stream().filter(s -> !freshIds.contains(s.id())).toList();
        if (fresh.isEmpty() && closing.isEmpty()) {
            return Optional.empty();
        }
        String body = texts.text(
                "scheme.alert.mail.digest.body",
                describe(alert),
                fresh.isEmpty() ? "" : texts.text("scheme.alert.mail.fresh", list(fresh, today)),
                closing.isEmpty() ? "" : texts.text("scheme.alert.mail.closing", list(closing, today)),
                alerts.unsubscribeLink(alert.token()));
        Email email = alerts.mail(alert.email(), alert.token(), subject(fresh.size(), closing.size()), body);
        return Optional.of(new MailingList.Digest(email, () -> announced(alert.id(), fresh, deadlines, today)));
    }

    private String subject(int fresh, int closing) {
        List<String> parts = new ArrayList<>();
        if (fresh > 0) {
            parts.add(texts.text("scheme.alert.mail.subject.fresh", fresh));
        }
        if (closing > 0) {
            parts.add(texts.text("scheme.alert.mail.subject.closing", closing));
        }
        return String.join(" · ", parts);
    }

    /**
     * The published schemes covering the alert's commune, or its département or part of it, of its sector if it has
     * one, fit for its kind of project: the directory's search, as the alert's link shows it.
     */
    private List<Scheme> matching(Alert alert) {
        return search(query(alert)).stream()
                .filter(s -> s.projectKinds().isEmpty() || s.projectKinds().contains(alert.kind()))
                .toList();
    }

    /** The directory search of the alert's place and sector. */
    private static DirectoryQuery query(Alert alert) {
        DirectoryQuery query = alert.departementCode() != null
                ? DirectoryQuery.all().withCoverageDepartement(alert.departementCode())
                : DirectoryQuery.all().withCommune(alert.communeCode());
        return alert.sector() == null ? query : query.withSectors(Set.of(alert.sector()));
    }

    private List<Scheme> search(DirectoryQuery query) {
        List<Scheme> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = directory.searchSchemes(query.withPage(page, PAGE), false);
            result.items().forEach(hit -> found.add(hit.entry()));
            if (result.items().size() < PAGE) {
                return found;
            }
        }
    }

    /** Among these schemes, those published or changed since the alert's last digest and never announced to it. */
    private List<UUID> fresh(Alert alert, List<UUID> ids) {
        return jdbc.sql(
                        """
                        select s.id from scheme s
                        where s.id = any(:ids) and s.updated_at > :since
                          and not exists (select 1 from scheme_alert_announced a
                                          where a.alert_id = :alert and a.scheme_id = s.id and a.closes_on = '-infinity')
                        """)
                .param("ids", ids.toArray(UUID[]::new))
                .param("since", alert.lastRunAt())
                .param("alert", alert.id())
                .query(UUID.class)
                .list();
    }

    private static boolean closesSoon(Scheme s, LocalDate today) {
        return s.window(today)
                .filter(w -> w.holds(today) && w.closesOn() != null)
                .map(SchemeWindow::closesOn)
                .filter(closes -> !closes.isAfter(today.plusDays(CLOSING_DAYS)))
                .isPresent();
    }

    private boolean announced(Alert alert, Scheme s, LocalDate today) {
        return jdbc.sql(
                        """
                        select exists (select 1 from scheme_alert_announced
                                       where alert_id = :alert and scheme_id = :scheme and closes_on = :closesOn)
                        """)
                .param("alert", alert.id())
                .param("scheme", s.id())
                .param("closesOn", s.window(today).orElseThrow().closesOn())
                .query(Boolean.class)
                .single();
    }

    private String list(List<Scheme> schemes, LocalDate today) {
        StringBuilder list = new StringBuilder();
        for (Scheme s : schemes) {
            list.append("- ")
                    .append(s.name())
                    .append(" (")
                    .append(s.organisationName())
                    .append(')');
            s.window(today).filter(w -> w.closesOn() != null).ifPresent(w -> list.append(" — ")
                    .append(texts.text(
                            "scheme.alert.mail.closesOn", fr.passerelle.common.FrenchDates.DAY.format(w.closesOn()))));
            list.append("\n  ")
                    .append(texts.link("/annuaire/dispositifs/" + s.id()))
                    .append("\n\n");
        }
        return list.toString();
    }

    /** The alert in words: the commune and its département, or the département; the kind of project, the sector. */
    public String describe(Alert alert) {
        return describe(alert.communeCode(), alert.departementCode(), alert.kind(), alert.sector());
    }

    private String describe(String communeCode, String departementCode, ProjectKind kind, Sector sector) {
        List<String> parts = new ArrayList<>();
        if (departementCode != null) {
            parts.add(departement(departementCode)
                    .map(d -> texts.text("scheme.alert.departement.described", d.name(), d.code()))
                    .orElse(departementCode));
        } else {
            parts.add(territories
                    .commune(communeCode)
                    .map(c -> c.name() + " (" + c.departement().code() + ")")
                    .orElse(communeCode));
        }
        if (kind != null) {
            parts.add(texts.text(kind.messageKey()));
        }
        if (sector != null) {
            parts.add(texts.text(sector.messageKey()));
        }
        return String.join(" · ", parts);
    }
}
