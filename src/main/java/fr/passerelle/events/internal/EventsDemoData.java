package fr.passerelle.events.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.DemoFiles;
import fr.passerelle.common.DemoPerson;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.Stands;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
 * The demonstration agenda: the resource centre's events of 2016, 2017 and 2021 named in the seeds, and upcoming
 * sessions dated from today so that the agenda is alive. An event whose title exists is left as it is.
 */
@Component
@ConditionalOnDemoData
@Order(40)
@RequiredArgsConstructor
class EventsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EventsDemoData.class);

    private final Events events;
    private final JdbcClient jdbc;
    private final Stands stands;
    private final fr.passerelle.directory.Directory directory;
    private final DemoFiles files;

    /** An event of {@code events/demo/events-demo.json}; no commune, no questions where none is written. */
    record DemoEvent(
            EventKind kind,
            String title,
            String programme,
            String audience,
            List<EventAudience> audiences,
            EventMode mode,
            String place,
            String commune,
            Integer capacity,
            List<DemoSlot> slots,
            List<Event.Question> questions) {

        /** The event as recorded: the seeds' theme, a made-up video link when it is held online. */
        EventDraft draft(LocalDate today) {
            return new EventDraft(
                    kind,
                    title,
                    programme,
                    audience,
                    audiences,
                    null,
                    null,
                    null,
                    "Coopérations et mobilités ville-campagne",
                    mode,
                    place,
                    commune,
                    mode.online() ? "https://visio.example/passerelle-" + Math.abs(title.hashCode()) : null,
                    capacity,
                    null,
                    null,
                    false,
                    List.of(),
                    slots.stream().map(slot -> slot.on(today)).toList(),
                    questions == null ? List.of() : questions);
        }
    }

    /**
     * A slot on a day of the seeds' years, or so many days from today so that the agenda stays alive; with its own
     * places when it has some.
     */
    record DemoSlot(LocalDate day, Integer inDays, String from, String to, Integer capacity) {

        Event.Slot on(LocalDate today) {
            LocalDate on = day != null ? day : today.plusDays(inDays);
            return new Event.Slot(at(on, from), at(on, to), null, capacity);
        }
    }

    private static OffsetDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(Paris.ZONE).toOffsetDateTime();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(Paris.ZONE);
        List<EventDraft> drafts = files.list("events/demo/events-demo.json", DemoEvent[].class).stream()
                .map(event -> event.draft(today))
                .toList();
        int added = 0;
        for (EventDraft draft : drafts) {
            boolean exists = jdbc.sql("select exists (select 1 from event where title = :title)")
                    .param("title", draft.title())
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                events.record(draft);
                added++;
            }
        }
        if (added > 0) {
            log.info("Demonstration agenda: {} events added", added);
        }
        stand();
        session2016();
        talk2016();
        dayOfSessions();
    }

    /**
     * The conference held inside the 2016 fair, on the stand's first afternoon: 34 registered, 28 of them present (the
     * stand's programme action counts it as its talk).
     */
    private void talk2016() {
        UUID talk = unregistered(
                        "select id from event where kind = 'atelier' and title like 'S’installer à la campagne : témoignages%'")
                .orElse(null);
        if (talk == null) {
            return;
        }
        for (int n = 0; n < 34; n++) {
            jdbc.sql(
                            """
                            insert into registration (event_id, name, email, consent, status, token, created_at,
                                                      status_at)
                            values (:event, :name, :email, true, :status, md5(random()::text),
                                    timestamptz '2016-06-01 10:00+02' + make_interval(hours => :n),
                                    timestamptz '2016-06-15 15:00+02')
                            """)
                    .param("event", talk)
                    .param("name", "Participant·e " + (n + 1))
                    .param("email", "conference" + n + "-2016@exemple.invalid")
                    .param("status", n < 28 ? "attended" : "no_show")
                    .param("n", n)
                    .update();
        }
    }

    /**
     * The day of sessions at Crest, today: fourteen people registered, the morning (12 places) full with two on its
     * waitlist, eight in the afternoon (10 places); seven were checked in at the door this morning.
     */
    private void dayOfSessions() {
        Event day = unregistered("select id from event where title like 'Journée installation à Crest%'")
                .flatMap(events::event)
                .orElse(null);
        if (day == null || day.slots().size() != 2) {
            return;
        }
        String[] people = {
            "Aurélie Vasseur", "Benoît Charrier", "Chloé Mounier", "Damien Roux", "Estelle Blanc", "François Giraud",
            "Gisèle Perrin", "Hélène Bonnet", "Ibrahim Diallo", "Jeanne Faure", "Kevin Lambert", "Lucie Morel",
            "Mathieu Garnier", "Noémie Chevalier"
        };
        String morning = day.slots().get(0).uid();
        String afternoon = day.slots().get(1).uid();
        for (int n = 0; n < people.length; n++) {
            boolean seated = n < 12;
            UUID registration = jdbc.sql(
                            """
                            insert into registration (event_id, name, email, consent, status, token, checkin_hash,
                                                      created_at)
                            values (:event, :name, :email, true, :status, md5(random()::text), :hash,
                                    now() - make_interval(days => 20 - :n))
                            returning id
                            """)
                    .param("event", day.id())
                    .param("name", people[n])
                    .param("email", "crest" + n + "@exemple.invalid")
                    .param("status", n < 7 ? "attended" : seated ? "confirmed" : "waitlisted")
                    .param("hash", fr.passerelle.common.SecretTokens.hash(fr.passerelle.common.SecretTokens.random(8)))
                    .param("n", n)
                    .query(UUID.class)
                    .single();
            session(registration, morning, seated ? "seated" : "waitlisted");
            if (n < 8) {
                session(registration, afternoon, "seated");
            }
            if (n < 7) {
                jdbc.sql(
                                """
                                insert into registration_checkin (registration_id, slot_uid, checked_in_at)
                                values (:registration, :session, :at)
                                """)
                        .param("registration", registration)
                        .param("session", morning)
                        .param("at", day.slots().get(0).startsAt().plusMinutes(5L + n))
                        .update();
            }
        }
    }

    private void session(UUID registration, String uid, String state) {
        jdbc.sql("insert into registration_session (registration_id, slot_uid, state) values (:r, :s, :state)")
                .param("r", registration)
                .param("s", uid)
                .param("state", state)
                .update();
    }

    /**
     * The information session of 19 May 2016: about 25 participants, 6 of them partners (the city's support and
     * employment structures), all present; 18 answered the survey.
     */
    private void session2016() {
        UUID session = unregistered(
                        "select id from event where title like 'Vivre et travailler à la campagne : session d’information%'")
                .orElse(null);
        if (session == null) {
            return;
        }
        String[] people = {
            "Amandine R.", "Bastien L.", "Céline M.", "David P.", "Élodie G.", "Fabien T.", "Gaëlle B.", "Hugo N.",
            "Inès K.", "Julien F.", "Karima S.", "Laurent D.", "Manon C.", "Nicolas V.", "Océane H.", "Pierre A.",
            "Rachid E.", "Sophie J.", "Thomas W."
        };
        String[][] partners = {
            {"Claire B.", "Maison de l’Emploi et de la Formation de Lyon"},
            {"Marc D.", "Pôle emploi Lyon 7e"},
            {"Nadia O.", "Mission locale de Lyon"},
            {"Yves T.", "BGE Rhône"},
            {"Sarah L.", "Ronalpia"},
            {"Paul M.", "Chambre de métiers et de l’artisanat du Rhône"}
        };
        int n = 0;
        for (String person : people) {
            attended(session, person, null, n++);
        }
        for (String[] partner : partners) {
            attended(session, partner[0], partner[1], n++);
        }
        // Eighteen of them answered the satisfaction survey.
        int[] marks = {5, 5, 4, 5, 4, 3, 5, 4, 5, 5, 4, 4, 5, 3, 4, 5, 4, 5};
        String[] useful = {
            "Découvrir des territoires qui cherchent vraiment des porteurs de projet.",
            "Les contacts des agents de développement pour orienter nos publics.",
            "Les exemples d’installations réussies, concrets."
        };
        List<UUID> registrations = jdbc.sql(
                        "select id from registration where event_id = :e order by created_at, id limit :n")
                .param("e", session)
                .param("n", marks.length)
                .query(UUID.class)
                .list();
        for (int i = 0; i < registrations.size(); i++) {
            jdbc.sql(
                            """
                            insert into survey_answer (registration_id, event_id, satisfaction, useful, answered_at)
                            values (:registration, :event, :mark, :useful, timestamptz '2016-05-20 18:00+02')
                            """)
                    .param("registration", registrations.get(i))
                    .param("event", session)
                    .param("mark", marks[i])
                    .param("useful", i < useful.length ? useful[i] : null)
                    .update();
        }
        jdbc.sql("update event set survey_sent_at = timestamptz '2016-05-20 09:00+02' where id = :e")
                .param("e", session)
                .update();
    }

    private void attended(UUID event, String name, String organisation, int n) {
        jdbc.sql(
                        """
                        insert into registration (event_id, name, email, organisation, role, consent, status, token,
                                                  created_at, status_at)
                        values (:event, :name, :email, :organisation, :role, true, 'attended', md5(random()::text),
                                timestamptz '2016-05-01 10:00+02' + make_interval(hours => :n),
                                timestamptz '2016-05-19 12:30+02')
                        """)
                .param("event", event)
                .param("name", name)
                .param(
                        "email",
                        name.equals("Céline M.") ? DemoPerson.EMAIL : "participant" + n + "-2016@exemple.invalid")
                .param("organisation", organisation)
                .param("role", organisation == null ? null : "Conseiller·e")
                .param("n", n)
                .update();
    }

    /** The demonstration event the query finds, unless someone registered to it already (its data is there). */
    private Optional<UUID> unregistered(String eventQuery) {
        return jdbc.sql(eventQuery).query(UUID.class).optional().filter(event -> !registered(event));
    }

    private boolean registered(UUID event) {
        return jdbc.sql("select exists (select 1 from registration where event_id = :e)")
                .param("e", event)
                .query(Boolean.class)
                .single();
    }

    /** The nine territories of the 2016 stand, and its tallies: 94 project holders advised, 41 partners. */
    private void stand() {
        UUID stand = jdbc.sql(
                        "select id from event where kind = 'stand' and title like 'Stand commun des territoires%'")
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (stand == null || !stands.territories(stand).isEmpty()) {
            return;
        }
        List<UUID> territories = List.of(
                        "Site de proximité du Roannais",
                        "Communauté de communes du Pilat Rhodanien",
                        "Communauté de communes des Monts du Pilat",
                        "Site de proximité Centre Ardèche",
                        "Pays Beaujolais",
                        "Ville d’Oyonnax",
                        "Communauté de communes de la Région de Condrieu",
                        "Communauté de communes du Pays de Saint-Félicien",
                        "Communauté de communes du Diois")
                .stream()
                .map(directory::organisationIdByName)
                .flatMap(java.util.Optional::stream)
                .toList();
        stands.record(stand, territories);
        stands.recordTaps(stand, Stands.Tally.PORTEUR_CONSEILLE, 94, at(LocalDate.of(2016, 6, 15), "09:30"));
        stands.recordTaps(stand, Stands.Tally.PARTENAIRE, 41, at(LocalDate.of(2016, 6, 16), "09:30"));
        // The demonstration person, met at the May session, left her contact at the stand.
        jdbc.sql(
                        """
                        insert into stand_lead (event_id, name, email, consent, interests, areas, created_at)
                        values (:event, :name, :email, true, 'Reprendre un commerce de village', 'Drôme',
                                timestamptz '2016-06-15 11:20+02')
                        """)
                .param("event", stand)
                .param("name", DemoPerson.NAME)
                .param("email", DemoPerson.EMAIL)
                .update();
    }
}
