package fr.passerelle.programmes.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration programme: "Coopérations et mobilités ville-campagne", its 2016 actions (the events of the
 * demonstration agenda) and its 2017–2018 plan, in our own words. Left as it is when it exists.
 */
@Component
@ConditionalOnDemoData
@Order(50)
public record ProgrammesDemoData(
        Programmes programmes,
        ProgrammeRepository repository,
        Directory directory,
        Events events,
        ActionPartners partners,
        TransactionTemplate transactions)
        implements ApplicationRunner {

    public static final String NAME = "Coopérations et mobilités ville-campagne";
    private static final Logger log = LoggerFactory.getLogger(ProgrammesDemoData.class);

    /** The whole demonstration set, or nothing of it. */
    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seed());
        transactions.executeWithoutResult(status -> repository
                .idByName(NAME)
                .ifPresent(programme -> repository.actions(programme).forEach(this::partnersAndTalk)));
    }

    /**
     * The 2016 stand's partners, speakers, own objectives and assessment, and the conference held at the fair; the
     * 2016 session's host. Once: left as they are when the action has partners.
     */
    private void partnersAndTalk(ProgrammeAction action) {
        if (action.eventId() == null || !partners.of(List.of(action.id())).isEmpty()) {
            return;
        }
        if (action.kind() == ActionKind.SESSION && action.title().startsWith("Vivre et travailler à la campagne")) {
            partners.record(
                    action.id(),
                    new PartnerDraft("Maison de l’Emploi et de la Formation de Lyon", PartnerRole.ACCUEIL, null, null));
            partners.record(
                    action.id(),
                    new PartnerDraft(
                            "Maison de l’Emploi et de la Formation de Lyon", PartnerRole.CO_ORGANISATEUR, null, null));
        }
        if (action.kind() != ActionKind.STAND) {
            return;
        }
        partners.record(action.id(), new PartnerDraft("Cap Rural", PartnerRole.CO_ORGANISATEUR, null, null));
        partners.record(
                action.id(),
                new PartnerDraft("CCI Lyon Métropole Saint-Étienne Roanne", PartnerRole.ACCUEIL, null, null));
        partners.record(
                action.id(),
                new PartnerDraft(
                        "Collectif Ville Campagne",
                        PartnerRole.INTERVENANT,
                        "Hélène Marchand",
                        "chargée de mission accueil de nouvelles populations"));
        partners.record(
                action.id(),
                new PartnerDraft(
                        "Maison de l’Emploi et de la Formation de Lyon",
                        PartnerRole.INTERVENANT,
                        "Karim Benali",
                        "conseiller création d’activité"));
        partners.record(
                action.id(), new PartnerDraft("Réseau rural Auvergne-Rhône-Alpes", PartnerRole.RELAIS, null, null));
        if (action.objectives() == null) {
            repository.writeAction(
                    action.id(),
                    action.description(),
                    "Faire rencontrer aux porteurs de projet du salon neuf territoires ruraux qui les accueillent.\n"
                            + "Recueillir, pour chaque territoire, les contacts des porteurs de projet intéressés.\n"
                            + "Présenter l’accueil d’actifs en milieu rural aux partenaires de la création.",
                    "Un stand très fréquenté pendant les deux jours ; la conférence du premier après-midi a fait"
                            + " salle comble et amené des porteurs de projet au stand. Les territoires souhaitent"
                            + " renouveler l’expérience en 2018 avec un suivi plus rapide des contacts.");
        }
        events
                .agendaBetween(
                        LocalDate.of(action.year(), 1, 1)
                                .atStartOfDay(Paris.ZONE)
                                .toOffsetDateTime(),
                        LocalDate.of(action.year() + 1, 1, 1)
                                .atStartOfDay(Paris.ZONE)
                                .toOffsetDateTime(),
                        null,
                        200)
                .stream()
                .filter(event -> event.title().startsWith("S’installer à la campagne : témoignages"))
                .findFirst()
                .ifPresent(talk -> partners.recordTalk(action.id(), talk.id()));
    }

    private void seed() {
        if (repository.idByName(NAME).isPresent()) {
            return;
        }
        UUID programme = programmes.record(new ProgrammeDraft(
                NAME,
                2016,
                2018,
                directory.organisationIdByName("Cap Rural").orElse(null),
                new ProgrammeDraft.Presentation(
                        "Deux chargées de mission du centre de ressources, appuyées par un groupe de territoires volontaires.",
                        "La Région, les services de l’État, les têtes de réseau de l’accompagnement à la création et des"
                                + " représentants des territoires ruraux ; deux réunions par an.",
                        "Maison de l’Emploi et de la Formation de Lyon, réseaux d’accompagnement à la création, territoires"
                                + " ruraux de la région.",
                        List.of(
                                "Faire connaître aux citadins et aux structures urbaines les territoires ruraux qui accueillent"
                                        + " des actifs, et leurs offres.",
                                "Outiller les structures d’accompagnement, en ville comme à la campagne, pour passer le relais"
                                        + " aux porteurs de projet sans perdre le fil.",
                                "Installer des coopérations durables entre ville et campagne autour de l’accueil de nouveaux"
                                        + " actifs."),
                        "Une démarche régionale pour que les personnes qui envisagent de vivre et travailler à la campagne"
                                + " trouvent, depuis la ville, les territoires qui les attendent et quelqu’un pour les"
                                + " accompagner."),
                ProgrammeDraft.Funders.named(
                        List.of("Région Auvergne-Rhône-Alpes", "État – FNADT", "Union européenne – FEADER"))));
        action(
                programme,
                ActionKind.SESSION,
                "Vivre et travailler à la campagne : session d’information",
                2016,
                "Présenter aux conseillers de la Maison de l’Emploi et de la Formation de Lyon les territoires qui"
                        + " accueillent et la manière de leur adresser des porteurs de projet.");
        action(
                programme,
                ActionKind.STAND,
                "Stand commun des territoires ruraux",
                2016,
                "Neuf territoires ruraux ensemble sur un stand du Salon des entrepreneurs de Lyon, deux jours.");
        action(
                programme,
                ActionKind.SESSION,
                "Mettre en valeur son territoire pour des candidats",
                2016,
                "Aider les territoires à présenter leur offre d’accueil à des candidats à l’installation.");
        action(
                programme,
                ActionKind.EVENEMENT,
                "Mobiliser autrement avant et lors d’un événement",
                2016,
                "Partager les façons de faire venir des porteurs de projet sur un stand ou une session.");
        action(programme, ActionKind.SESSION, "Formation – Faire émerger des porteurs de projets", 2017, null);
        action(
                programme,
                ActionKind.SESSION,
                "Organiser l’accueil de porteurs de projets sur son territoire",
                2017,
                null);
        action(
                programme,
                ActionKind.SESSION,
                "Adapter son accompagnement aux porteurs de projets collectifs",
                2017,
                null);
        programmes.recordAction(
                programme,
                new ActionDraft(
                        ActionKind.STAND,
                        "Stand commun au Salon des entrepreneurs de Lyon 2018",
                        2018,
                        null,
                        null,
                        null,
                        true,
                        "Renouveler le stand commun avec les territoires volontaires.",
                        "Plus de territoires, et un suivi des pistes par chacun.",
                        null));
        programmes.recordAction(
                programme,
                new ActionDraft(
                        ActionKind.CAMPAGNE_OFFRES,
                        "Campagne de collecte d’offres d’activité 2018",
                        2018,
                        null,
                        null,
                        null,
                        true,
                        "Aider les territoires à qualifier et publier leurs offres d’activité.",
                        null,
                        null));
        log.info("Demonstration programme added: {}", NAME);
    }

    /** Adds the demonstration agenda's event whose title starts so as an action, when it is there. */
    private void action(UUID programme, ActionKind kind, String titleStart, int year, String description) {
        Optional<Event> event = events
                .agendaBetween(
                        LocalDate.of(year, 1, 1).atStartOfDay(Paris.ZONE).toOffsetDateTime(),
                        LocalDate.of(year + 1, 1, 1).atStartOfDay(Paris.ZONE).toOffsetDateTime(),
                        null,
                        200)
                .stream()
                .filter(found -> found.title().startsWith(titleStart))
                .findFirst();
        event.ifPresent(found -> programmes.recordAction(
                programme,
                new ActionDraft(kind, found.title(), year, found.id(), null, null, false, description, null, null)));
    }
}
