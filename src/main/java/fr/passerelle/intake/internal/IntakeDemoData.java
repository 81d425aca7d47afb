package fr.passerelle.intake.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.DemoPerson;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.WelcomeDesk;
import fr.passerelle.intake.ConsentKind;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demonstration's welcome request: the demonstration person's project to take over a grocery in Die, sent to
 * the desk that covers it, with her consents. Written as a request comes in, without the e-mails (nobody reads the
 * demonstration's mailbox); left alone when her file exists.
 */
@Component
@ConditionalOnDemoData
@Order(47)
@RequiredArgsConstructor
class IntakeDemoData implements ApplicationRunner {

    private static final String DIE = "26113";

    private final IntakeRepository repository;
    private final Directory directory;
    private final Territories territories;
    private final MessageSource messages;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.hasHolderWithAddress(DemoPerson.EMAIL)) {
            return;
        }
        IntakeDraft draft = new IntakeDraft(
                HolderKind.PERSON,
                DemoPerson.NAME,
                DemoPerson.EMAIL,
                null,
                null,
                "69123",
                List.of(),
                "Reprendre l’épicerie de Die",
                "Reprendre une épicerie de village et y ajouter un dépôt de produits des fermes voisines.",
                ProjectKind.REPRISE,
                ProjectStage.EMERGENCE,
                List.of(),
                false,
                List.of(Need.FINANCEMENT),
                TargetScope.COMMUNES,
                List.of(DIE),
                true,
                true);
        UUID holder = repository.insertHolder(draft, null);
        UUID project = repository.insertProject(holder, draft);
        repository.setTargets(
                project,
                Set.of(territories.officialPerimeter(PerimeterKind.COMMUNE, DIE).id()));
        for (ConsentKind kind : ConsentKind.values()) {
            repository.recordConsent(holder, kind, true, messages.getMessage(kind.messageKey(), null, Locale.FRENCH));
        }
        repository.insertRequest(
                project,
                IntakeChannel.FORM,
                directory.welcomeDeskFor(DIE).map(WelcomeDesk::organisationId).orElse(null),
                null);
    }
}
