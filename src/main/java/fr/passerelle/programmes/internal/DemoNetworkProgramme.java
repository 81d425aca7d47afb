package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.Networks;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Events;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The programme of the demonstration's second network (Bourgogne-Franche-Comté), with its event as an action: its
 * coordinator keeps it, Cap Rural's does not see it, the national level counts it.
 */
@Component
@ConditionalOnDemoData
@Order(51)
@RequiredArgsConstructor
class DemoNetworkProgramme implements ApplicationRunner {

    static final String NAME = "Accueil d’actifs dans le Morvan";
    private static final String EVENT = "S’installer dans le Morvan";

    private final Programmes programmes;
    private final ProgrammeRepository repository;
    private final Events events;
    private final Networks networks;
    private final TransactionTemplate transactions;

    @Override
    public void run(ApplicationArguments args) {
        if (repository.idByName(NAME).isPresent()) {
            return;
        }
        networks.demoSecond().ifPresent(network -> transactions.executeWithoutResult(status -> seed(network.id())));
    }

    private void seed(UUID network) {
        int year = LocalDate.now(Paris.ZONE).getYear();
        UUID programme = programmes.record(new ProgrammeDraft(
                NAME,
                year,
                year + 1,
                null,
                new ProgrammeDraft.Presentation(
                        "Un chargé de mission du réseau rural, avec les intercommunalités du Morvan.",
                        null,
                        "Intercommunalités du Morvan, Parc naturel régional du Morvan.",
                        List.of("Faire connaître le Morvan aux personnes qui envisagent de s’y installer."),
                        "Accueillir de nouveaux actifs dans le Morvan : rencontres, offres d’activité et accompagnement."),
                ProgrammeDraft.Funders.named(List.of("Région Bourgogne-Franche-Comté"))));
        programmes.placeInNetwork(programme, network);
        LocalDate today = LocalDate.now(Paris.ZONE);
        events
                .agendaBetween(
                        today.atStartOfDay(Paris.ZONE).toOffsetDateTime(),
                        today.plusDays(60).atStartOfDay(Paris.ZONE).toOffsetDateTime(),
                        null,
                        200)
                .stream()
                .filter(event -> event.title().startsWith(EVENT))
                .filter(event -> event.startsAt().atZoneSameInstant(Paris.ZONE).getYear() == year)
                .findFirst()
                .ifPresent(event -> programmes.recordAction(
                        programme,
                        new ActionDraft(
                                ActionKind.SESSION,
                                event.title(),
                                year,
                                event.id(),
                                null,
                                null,
                                false,
                                null,
                                null,
                                null)));
    }
}
