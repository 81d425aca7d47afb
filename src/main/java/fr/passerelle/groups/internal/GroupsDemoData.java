package fr.passerelle.groups.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.groups.Groups;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration working groups: collective entrepreneurship and local authorities, from 2021, its meetings of the
 * demonstration agenda (the first one with its minutes) and a few members; and a group the demonstration coordinator
 * starts as anyone would through the page ({@link Groups#start}), so that the news proposes its draft article. In our
 * own words.
 */
@Component
@ConditionalOnDemoData
@Order(45)
public record GroupsDemoData(Groups groups, UserDetailsService users, TransactionTemplate transactions)
        implements ApplicationRunner {

    public static final String SLUG = "entrepreneuriat-collectif-collectivites";
    private static final String MEETINGS = "Groupe de travail entrepreneuriat collectif et collectivités";

    /** The group the demonstration coordinator starts, whose draft article waits in the news. */
    public static final String STARTED = "Tiers-lieux ruraux et accueil de nouveaux actifs";

    private static final String COORDINATOR = "coordination@passerelle.example";

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seed());
    }

    private void seed() {
        if (groups.all().stream().noneMatch(group -> group.slug().equals(SLUG))) {
            recordTheFirstGroup();
        }
        if (groups.all().stream().noneMatch(group -> group.name().equals(STARTED))) {
            startTheSecondGroup();
        }
    }

    /** Started by the demonstration coordinator, signed in as on the page; the news proposes its article. */
    private void startTheSecondGroup() {
        AccountUser coordinator = (AccountUser) users.loadUserByUsername(COORDINATOR);
        groups.start(
                coordinator,
                new GroupDraft(
                        STARTED,
                        "Comment les tiers-lieux des campagnes accueillent et accompagnent celles et ceux qui viennent y"
                                + " travailler",
                        "Recenser les services que les tiers-lieux offrent aux nouveaux actifs (bureau, atelier,"
                                + " premiers contacts, logement temporaire) ; partager les façons de les faire connaître"
                                + " aux villes ; écrire ensemble une fiche pour les territoires qui veulent en ouvrir.",
                        "Un groupe ouvert aux animateurs de tiers-lieux, aux agents de développement et aux"
                                + " structures d’accompagnement du réseau.",
                        "Une réunion en ligne par trimestre"));
    }

    private void recordTheFirstGroup() {
        UUID group = groups.record(
                SLUG,
                "Entrepreneuriat collectif et collectivités locales",
                "Comment les collectivités peuvent susciter et accompagner des projets collectifs d’activité",
                "Partager les expériences des territoires qui soutiennent des projets collectifs (coopératives,"
                        + " associations, collectifs citoyens) ; repérer ce qui marche et ce qui bloque ; produire des"
                        + " outils et les transmettre à d’autres acteurs.",
                "Un groupe ouvert aux élus, aux agents de collectivités et aux structures d’accompagnement, lancé en"
                        + " 2021. Il se réunit en ligne et garde trace de ses travaux pour les partager.",
                "Trois à quatre réunions par an");
        List<Event> meetings = groups
                .agendaMeetings(LocalDate.of(2021, 1, 1), Paris.today().plusYears(1))
                .stream()
                .filter(event -> event.title().startsWith(MEETINGS))
                .toList();
        for (Event meeting : meetings) {
            boolean first = meeting.startsAt()
                    .atZoneSameInstant(Paris.ZONE)
                    .toLocalDate()
                    .equals(LocalDate.of(2021, 4, 27));
            groups.recordMeeting(
                    group,
                    meeting.id(),
                    first
                            ? "Tour de table des douze participants : trois communautés de communes, deux parcs"
                                    + " naturels régionaux, des coopératives d’activité et des réseaux"
                                    + " d’accompagnement. Chacun a décrit un projet collectif suivi sur son"
                                    + " territoire et ce qu’il attend du groupe : des méthodes pour repérer les"
                                    + " dynamiques collectives, des exemples de soutien des collectivités, des"
                                    + " contacts."
                            : null,
                    first
                            ? "Trois réunions d’ici la fin de l’année ; une fiche par expérience partagée ; un"
                                    + " guide à transmettre aux autres territoires en fin de parcours."
                            : null);
        }
        groups.recordMember(
                group,
                "Claire Martin",
                "claire.martin@exemple.invalid",
                "Communauté de communes du Diois",
                "Chargée de développement");
        groups.recordMember(
                group,
                "Julien Roux",
                "julien.roux@exemple.invalid",
                "Parc naturel régional du Pilat",
                "Chargé de mission économie");
        groups.recordMember(
                group,
                "Nadia Benali",
                "nadia.benali@exemple.invalid",
                "Coopérative d’activité et d’emploi",
                "Accompagnatrice");
    }
}
