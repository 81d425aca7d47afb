package fr.passerelle.events.internal;

import fr.passerelle.accounts.Networks;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An event of the demonstration's second network (Bourgogne-Franche-Comté), which only its coordinator changes. */
@Component
@ConditionalOnDemoData
@Order(41)
@RequiredArgsConstructor
class DemoNetworkEvent implements ApplicationRunner {

    static final String TITLE = "S’installer dans le Morvan : après-midi d’accueil des nouveaux actifs";

    private final Events events;
    private final Networks networks;
    private final JdbcClient jdbc;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean exists = jdbc.sql("select exists (select 1 from event where title = :title)")
                .param("title", TITLE)
                .query(Boolean.class)
                .single();
        if (exists) {
            return;
        }
        networks.demoSecond().ifPresent(network -> events.placeInNetwork(events.record(draft()), network.id()));
    }

    private static EventDraft draft() {
        LocalDate day = LocalDate.now(Paris.ZONE).plusDays(24);
        Event.Slot afternoon = new Event.Slot(
                day.atTime(LocalTime.of(14, 0)).atZone(Paris.ZONE).toOffsetDateTime(),
                day.atTime(LocalTime.of(17, 30)).atZone(Paris.ZONE).toOffsetDateTime());
        return new EventDraft(
                EventKind.SESSION_INFORMATION,
                TITLE,
                "Les intercommunalités du Morvan présentent leurs offres d’activité, de logement et d’accompagnement"
                        + " aux personnes qui envisagent de s’installer ; témoignages de nouveaux venus.",
                "Candidats à l’installation, porteurs de projet",
                List.of(EventAudience.CANDIDATS_INSTALLATION, EventAudience.PORTEURS_PROJET),
                null,
                null,
                null,
                "Accueil d’actifs dans le Morvan",
                EventMode.SUR_PLACE,
                "Salle des fêtes de Saulieu",
                "21584",
                null,
                40,
                null,
                null,
                false,
                List.of(),
                List.of(afternoon),
                List.of());
    }
}
