package fr.passerelle.events.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.Stands;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
class EventsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EventsDemoData.class);

    private final Events events;
    private final JdbcClient jdbc;
    private final Stands stands;
    private final fr.passerelle.directory.Directory directory;

    EventsDemoData(Events events, JdbcClient jdbc, Stands stands, fr.passerelle.directory.Directory directory) {
        this.events = events;
        this.jdbc = jdbc;
        this.stands = stands;
        this.directory = directory;
    }

    private static OffsetDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(Paris.ZONE).toOffsetDateTime();
    }

    private static Event.Slot slot(LocalDate day, String from, String to) {
        return new Event.Slot(at(day, from), at(day, to));
    }

    private static EventDraft draft(
            EventKind kind,
            String title,
            String programme,
            String audience,
            List<EventAudience> audiences,
            EventMode mode,
            String place,
            Integer capacity,
            List<Event.Slot> slots,
            List<Event.Question> questions) {
        return draft(kind, title, programme, audience, audiences, mode, place, null, capacity, slots, questions);
    }

    private static EventDraft draft(
            EventKind kind,
            String title,
            String programme,
            String audience,
            List<EventAudience> audiences,
            EventMode mode,
            String place,
            String commune,
            Integer capacity,
            List<Event.Slot> slots,
            List<Event.Question> questions) {
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
                slots,
                questions);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(Paris.ZONE);
        List<EventDraft> drafts = new ArrayList<>();
        drafts.add(draft(
                EventKind.SESSION_INFORMATION,
                "Vivre et travailler à la campagne : session d’information avec la Maison de l’Emploi et de la Formation de Lyon",
                "Présenter aux conseillers emploi et création de Lyon les territoires ruraux qui accueillent, leurs offres et la façon de leur adresser des porteurs de projet.",
                "Les conseillers des structures d’accompagnement urbaines et les personnes qui envisagent de s’installer à la campagne.",
                List.of(EventAudience.STRUCTURES_ACCOMPAGNEMENT, EventAudience.CANDIDATS_INSTALLATION),
                EventMode.SUR_PLACE,
                "Maison de l’Emploi et de la Formation de Lyon",
                30,
                List.of(slot(LocalDate.of(2016, 5, 19), "09:30", "12:30")),
                List.of()));
        drafts.add(draft(
                EventKind.STAND,
                "Stand commun des territoires ruraux au Salon des entrepreneurs de Lyon",
                "Neuf territoires ruraux accueillent ensemble les porteurs de projet sur un stand commun : premiers conseils, offres d’activité, contacts.",
                "Porteurs de projet et partenaires de la création d’activité.",
                List.of(EventAudience.PORTEURS_PROJET, EventAudience.PARTENAIRES),
                EventMode.SUR_PLACE,
                "Centre de congrès de Lyon",
                null,
                List.of(
                        slot(LocalDate.of(2016, 6, 15), "09:00", "19:00"),
                        slot(LocalDate.of(2016, 6, 16), "09:00", "18:00")),
                List.of()));
        drafts.add(draft(
                EventKind.FORMATION,
                "Mettre en valeur son territoire pour des candidats à l’installation",
                "Comprendre ce que cherchent les candidats, construire une offre d’accueil lisible, présenter son territoire et ses offres.",
                "Agents de développement des territoires ruraux.",
                List.of(EventAudience.AGENTS_DEVELOPPEMENT),
                EventMode.SUR_PLACE,
                "Vienne",
                20,
                List.of(slot(LocalDate.of(2016, 3, 3), "09:30", "17:00")),
                List.of()));
        drafts.add(draft(
                EventKind.ATELIER,
                "Mobiliser autrement avant et lors d’un événement",
                "Atelier d’échanges sur les façons de faire venir des porteurs de projet sur un stand ou une session : réseaux, partenaires, communication.",
                "Agents de développement et chargés de communication des territoires.",
                List.of(EventAudience.AGENTS_DEVELOPPEMENT),
                EventMode.SUR_PLACE,
                "Lyon",
                15,
                List.of(slot(LocalDate.of(2016, 9, 26), "14:00", "17:00")),
                List.of()));
        drafts.add(draft(
                EventKind.FORMATION,
                "Formation – Faire émerger des porteurs de projets",
                "Repérer les envies d’entreprendre, animer des temps collectifs d’émergence, accompagner jusqu’aux premières étapes.",
                "Agents de développement, animateurs de tiers-lieux, chargés de mission économie.",
                List.of(EventAudience.AGENTS_DEVELOPPEMENT, EventAudience.STRUCTURES_ACCOMPAGNEMENT),
                EventMode.SUR_PLACE,
                "Lyon",
                16,
                List.of(slot(LocalDate.of(2017, 6, 20), "09:30", "17:00")),
                List.of()));
        drafts.add(draft(
                EventKind.EXPLORATION,
                "Organiser l’accueil de porteurs de projets sur son territoire",
                "Une exploration en webconférence : les étapes de l’accueil, les rôles de chacun, des exemples de territoires.",
                "Élus et agents des territoires ruraux.",
                List.of(EventAudience.ELUS, EventAudience.AGENTS_DEVELOPPEMENT),
                EventMode.EN_LIGNE,
                null,
                40,
                List.of(slot(LocalDate.of(2017, 11, 13), "10:00", "12:00")),
                List.of()));
        drafts.add(draft(
                EventKind.FORMATION,
                "Adapter son accompagnement aux porteurs de projets collectifs",
                "Deux jours pour comprendre les dynamiques des projets collectifs (associations, coopératives, collectifs citoyens) et adapter ses outils.",
                "Accompagnateurs de la création d’activité et de l’ESS.",
                List.of(EventAudience.STRUCTURES_ACCOMPAGNEMENT),
                EventMode.SUR_PLACE,
                "Lyon",
                16,
                List.of(
                        slot(LocalDate.of(2017, 11, 27), "09:30", "17:00"),
                        slot(LocalDate.of(2017, 11, 28), "09:00", "16:30")),
                List.of()));
        drafts.add(draft(
                EventKind.EXPLORATION,
                "Collectifs citoyens et développement local",
                "Une journée en ligne pour comprendre comment les collectifs citoyens font vivre les territoires et comment les collectivités peuvent les accompagner.",
                "Élus, agents de collectivités et accompagnateurs.",
                List.of(
                        EventAudience.ELUS,
                        EventAudience.AGENTS_DEVELOPPEMENT,
                        EventAudience.STRUCTURES_ACCOMPAGNEMENT),
                EventMode.EN_LIGNE,
                null,
                12,
                List.of(
                        slot(LocalDate.of(2021, 5, 4), "09:00", "12:00"),
                        slot(LocalDate.of(2021, 5, 4), "13:30", "16:30")),
                List.of()));
        drafts.add(draft(
                EventKind.SESSION_INFORMATION,
                "Vivre et travailler à la campagne : les territoires qui accueillent",
                "Une matinée pour découvrir des territoires ruraux de la région, leurs offres d’activité et la façon dont ils accueillent les nouveaux habitants.",
                "Les personnes qui pensent s’installer à la campagne, seules ou en famille.",
                List.of(EventAudience.CANDIDATS_INSTALLATION, EventAudience.PORTEURS_PROJET),
                EventMode.HYBRIDE,
                "Maison de l’Emploi et de la Formation de Lyon",
                25,
                List.of(slot(today.plusDays(12), "09:30", "12:30")),
                List.of(new Event.Question(1, "Quel territoire ou quel type de projet vous intéresse ?", false))));
        drafts.add(draft(
                EventKind.FORMATION,
                "Formation – Accueillir un porteur de projet : le premier entretien",
                "Mener un premier entretien d’écoute, repérer les besoins du projet et du foyer, orienter vers les bons acteurs.",
                "Agents d’accueil des territoires et des structures d’accompagnement.",
                List.of(EventAudience.AGENTS_DEVELOPPEMENT, EventAudience.STRUCTURES_ACCOMPAGNEMENT),
                EventMode.SUR_PLACE,
                "Die",
                "26113",
                12,
                List.of(slot(today.plusDays(26), "09:00", "12:00"), slot(today.plusDays(26), "13:30", "16:30")),
                List.of(new Event.Question(1, "Votre structure et votre rôle dans l’accueil", true))));
        drafts.add(draft(
                EventKind.EXPLORATION,
                "Webconférence – Les offres d’activité qualifiées",
                "Ce qui fait une offre qualifiée : appui local, lieu, logement, contact. Témoignages de territoires.",
                "Agents de développement des territoires ruraux.",
                List.of(EventAudience.AGENTS_DEVELOPPEMENT),
                EventMode.EN_LIGNE,
                null,
                null,
                List.of(slot(today.plusDays(40), "10:00", "11:30")),
                List.of()));
        // The 2021 working group on collective entrepreneurship and local authorities: three to four meetings a year.
        String[][] meetings = {
            {"2021-04-27", "1re réunion : lancement, attentes et programme de travail"},
            {"2021-06-29", "2e réunion : des collectivités qui accompagnent des projets collectifs"},
            {"2021-10-12", "3e réunion : outils et ressources à partager"}
        };
        for (String[] meeting : meetings) {
            drafts.add(draft(
                    EventKind.REUNION_GROUPE,
                    "Groupe de travail entrepreneuriat collectif et collectivités – " + meeting[1],
                    "Réunion du groupe de travail (réservée à ses membres).",
                    "Les membres du groupe de travail : élus, agents de collectivités, accompagnateurs.",
                    List.of(EventAudience.ELUS, EventAudience.AGENTS_DEVELOPPEMENT),
                    EventMode.EN_LIGNE,
                    null,
                    25,
                    List.of(slot(LocalDate.parse(meeting[0]), "09:30", "12:00")),
                    List.of()));
        }
        drafts.add(draft(
                EventKind.REUNION_GROUPE,
                "Groupe de travail entrepreneuriat collectif et collectivités – réunion de rentrée",
                "Réunion du groupe de travail (réservée à ses membres).",
                "Les membres du groupe de travail : élus, agents de collectivités, accompagnateurs.",
                List.of(EventAudience.ELUS, EventAudience.AGENTS_DEVELOPPEMENT),
                EventMode.EN_LIGNE,
                null,
                25,
                List.of(slot(today.plusDays(33), "09:30", "12:00")),
                List.of()));
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
    }

    /**
     * The information session of 19 May 2016: about 25 participants, 6 of them partners (the city's support and
     * employment structures), all present; 18 answered the survey.
     */
    private void session2016() {
        UUID session = jdbc.sql(
                        "select id from event where title like 'Vivre et travailler à la campagne : session d’information%'")
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (session == null
                || jdbc.sql("select exists (select 1 from registration where event_id = :e)")
                        .param("e", session)
                        .query(Boolean.class)
                        .single()) {
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
                .param("email", "participant" + n + "-2016@exemple.invalid")
                .param("organisation", organisation)
                .param("role", organisation == null ? null : "Conseiller·e")
                .param("n", n)
                .update();
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
    }
}
