package fr.passerelle.pathway.internal;

import fr.passerelle.directory.Directory;
import fr.passerelle.intake.ProjectStep;
import fr.passerelle.intake.ProjectStep.Visibility;
import fr.passerelle.intake.ProjectSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pathway's steps of a project, in its history: referrals and their answers, hand-overs, notes and outcomes.
 * The holder sees where they were sent and what came of it; questions between structures, reminders and notes stay
 * between professionals.
 */
@Component
record ReferralSteps(ReferralRepository referrals, Directory directory, MessageSource messages)
        implements ProjectSteps {
    @Override
    public List<ProjectStep> of(UUID projectId) {
        Map<UUID, String> names = new HashMap<>();
        return referrals.timeline(projectId).stream()
                .map(event -> {
                    String organisation = event.organisationId() == null
                            ? ""
                            : names.computeIfAbsent(
                                    event.organisationId(),
                                    id -> directory.organisationName(id).orElse(""));
                    return new ProjectStep(
                            event.at(),
                            event.kind().code(),
                            text(event.kind().messageKey(), organisation),
                            event.actorName(),
                            event.organisationId(),
                            detail(event),
                            visibility(event.kind()));
                })
                .toList();
    }

    private String detail(TimelineEvent event) {
        if (event.detail() == null) {
            return null;
        }
        return switch (event.kind()) {
            case REFERRAL_SENT -> null;
            case REFERRAL_CLOSED -> text("outcome." + event.detail());
            case REFERRAL_REMINDED -> text("pathway.reminder.days", event.detail());
            case HANDED_OVER -> text("pathway.handedOverTo", event.detail());
            default -> event.detail();
        };
    }

    private static Visibility visibility(TimelineKind kind) {
        return switch (kind) {
            case REFERRAL_QUESTION, REFERRAL_REMINDED, NOTE -> Visibility.PROFESSIONALS;
            case REFERRAL_CLOSED, HANDED_OVER, OUTCOME_RECORDED -> Visibility.HOLDER_WITH_DETAIL;
            default -> Visibility.HOLDER;
        };
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
