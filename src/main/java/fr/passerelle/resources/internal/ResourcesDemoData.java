package fr.passerelle.resources.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.Event;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration library: a summary of the ESS & Ruralités guide, the programmes of two 2017 sessions and the
 * notes of the working group's first meeting, as PDF documents written here, in our own words.
 */
@Component
@ConditionalOnDemoData
@Order(60)
public record ResourcesDemoData(
        Resources resources,
        Directory directory,
        ResourceEvents events,
        Groups groups,
        TransactionTemplate transactions)
        implements ApplicationRunner {

    /** The whole demonstration set, or nothing of it. */
    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seed());
    }

    private void seed() {
        UUID capRural = directory.organisationIdByName("Cap Rural").orElse(null);
        add(
                new ResourceDraft(
                        "ESS & Ruralités : le guide en bref",
                        ResourceKind.FICHE,
                        "L’essentiel du guide sur l’économie sociale et solidaire dans les territoires ruraux : ce qu’elle"
                                + " apporte, qui accompagne les projets, comment une collectivité peut les soutenir.",
                        List.of("ESS", "ruralité", "accompagnement"),
                        List.of("Économie sociale et solidaire", "Ruralité"),
                        "Élus, agents de développement, porteurs de projet",
                        capRural,
                        null,
                        LocalDate.of(2019, 3, 1),
                        false,
                        null,
                        List.of(),
                        List.of()),
                "ess-ruralites-guide-en-bref.pdf",
                "ESS & Ruralités : le guide en bref",
                "Dans les territoires ruraux, l’économie sociale et solidaire tient des services que personne d’autre"
                        + " n’assure : épiceries associatives, garages solidaires, tiers-lieux, coopératives d’habitants.",
                "Les porteurs de projet y trouvent des accompagnateurs spécialisés : coopératives d’activité et"
                        + " d’emploi, incubateurs, réseaux de l’insertion, fonds territoriaux. Le guide les présente"
                        + " par étape du projet, de l’émergence au financement.",
                "Une collectivité peut repérer les dynamiques collectives, prêter un local, entrer au capital d’une"
                        + " société coopérative d’intérêt collectif ou ouvrir ses marchés aux structures de"
                        + " l’insertion par l’activité économique.");
        add(
                new ResourceDraft(
                        "Programme de la formation « Faire émerger des porteurs de projets »",
                        ResourceKind.OUTIL,
                        "Le déroulé de la journée du 20 juin 2017 à Lyon, à reprendre pour animer un temps d’émergence.",
                        List.of("émergence", "animation", "formation"),
                        List.of("Accueil d’actifs"),
                        "Agents de développement, animateurs",
                        capRural,
                        null,
                        LocalDate.of(2017, 6, 1),
                        false,
                        null,
                        List.of(),
                        event("Formation – Faire émerger des porteurs de projets", 2017)),
                "programme-faire-emerger-20-juin-2017.pdf",
                "Faire émerger des porteurs de projets — 20 juin 2017, Lyon",
                "9 h 30 — Accueil et tour de table : les envies d’entreprendre que chacun repère sur son territoire.",
                "10 h 00 — Atelier photolangage : des images pour dire son projet avant de savoir l’écrire.",
                "11 h 30 — Les temps collectifs d’émergence : café-création, soirée des possibles, marché des idées.",
                "14 h 00 — Études de cas en petits groupes, puis mise en commun.",
                "16 h 30 — Ce que chacun emporte : un plan d’action pour l’automne.");
        add(
                new ResourceDraft(
                        "Programme de la formation « Adapter son accompagnement aux porteurs de projets collectifs »",
                        ResourceKind.OUTIL,
                        "Les deux jours des 27 et 28 novembre 2017 : dynamiques de groupe, statuts, gouvernance partagée.",
                        List.of("projets collectifs", "gouvernance", "coopératives"),
                        List.of("Entrepreneuriat collectif"),
                        "Accompagnateurs de la création d’activité et de l’ESS",
                        capRural,
                        null,
                        LocalDate.of(2017, 10, 15),
                        false,
                        null,
                        List.of(),
                        event("Adapter son accompagnement aux porteurs de projets collectifs", 2017)),
                "programme-projets-collectifs-novembre-2017.pdf",
                "Adapter son accompagnement aux porteurs de projets collectifs — 27 et 28 novembre 2017",
                "Jour 1 — Comprendre les dynamiques d’un collectif : rôles, conflits, décisions par consentement.",
                "Jour 2 — Choisir un statut (association, SCOP, SCIC) et partager la gouvernance ; outils pour"
                        + " l’accompagnateur.");
        WorkingGroup group = groups.all().stream()
                .filter(found -> found.slug().equals("entrepreneuriat-collectif-collectivites"))
                .findFirst()
                .orElse(null);
        if (group != null) {
            add(
                    new ResourceDraft(
                            "Relevé de la première réunion du groupe de travail",
                            ResourceKind.FICHE,
                            "Les attentes des membres et le programme de travail arrêtés le 27 avril 2021.",
                            List.of("groupe de travail", "collectivités", "projets collectifs"),
                            List.of("Entrepreneuriat collectif"),
                            "Membres du groupe de travail",
                            capRural,
                            null,
                            LocalDate.of(2021, 5, 5),
                            true,
                            null,
                            List.of(group.id()),
                            List.of()),
                    "releve-reunion-27-avril-2021.pdf",
                    "Groupe de travail entrepreneuriat collectif et collectivités — relevé du 27 avril 2021",
                    "Douze participants. Attentes : des méthodes pour repérer les dynamiques collectives, des"
                            + " exemples de soutien des collectivités, des contacts.",
                    "Décisions : trois réunions d’ici la fin de l’année ; une fiche par expérience partagée.");
        }
    }

    /** The demonstration agenda's event of that year whose title starts so, if it is there. */
    private List<UUID> event(String titleStart, int year) {
        return events
                .between(
                        LocalDate.of(year, 1, 1).atStartOfDay(Paris.ZONE),
                        LocalDate.of(year + 1, 1, 1).atStartOfDay(Paris.ZONE))
                .stream()
                .filter(event -> event.title().startsWith(titleStart))
                .map(Event::id)
                .limit(1)
                .toList();
    }

    private void add(ResourceDraft draft, String fileName, String heading, String... paragraphs) {
        if (resources.exists(draft.title())) {
            return;
        }
        resources.insert(draft, new UploadedFile(fileName, pdf(heading, paragraphs)), null);
    }

    /** A one-page PDF document: a heading and paragraphs. */
    public static byte[] pdf(String heading, String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(heading, new Font(Font.HELVETICA, 16, Font.BOLD)));
        for (String paragraph : paragraphs) {
            Paragraph text = new Paragraph(paragraph, new Font(Font.HELVETICA, 11));
            text.setSpacingBefore(8);
            document.add(text);
        }
        document.close();
        return out.toByteArray();
    }
}
