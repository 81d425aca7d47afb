package fr.passerelle.intake.internal;

import fr.passerelle.directory.Directory;
import fr.passerelle.events.Stands;
import fr.passerelle.intake.ProjectStep;
import fr.passerelle.intake.ProjectSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The beginning of a project met on a shared stand: when and where the person was met, and what each territory did
 * with the lead before it became a welcome request. The holder sees the meeting; professionals see the rest.
 */
@Component
record StandLeadSteps(IntakeRepository repository, Stands stands, Directory directory, MessageSource messages)
        implements ProjectSteps {
    @Override
    public List<ProjectStep> of(UUID projectId) {
        List<ProjectStep> steps = new ArrayList<>();
        for (UUID lead : repository.standLeadsOf(projectId)) {
            stands.story(lead).ifPresent(story -> {
                steps.add(new ProjectStep(
                        story.capturedAt(),
                        "stand_lead",
                        text("history.stand.met", story.eventTitle()),
                        null,
                        null,
                        story.interests(),
                        ProjectStep.Visibility.HOLDER_WITH_DETAIL));
                for (Stands.LeadFollowUp followUp : story.followUps()) {
                    String territory = directory
                            .organisationName(followUp.organisationId())
                            .orElse("");
                    steps.add(new ProjectStep(
                            followUp.at(),
                            "stand_lead_follow_up",
                            text("history.stand.followUp", territory, text("stand.action." + followUp.action())),
                            null,
                            followUp.organisationId(),
                            followUp.note(),
                            ProjectStep.Visibility.PROFESSIONALS));
                }
            });
        }
        return steps;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
