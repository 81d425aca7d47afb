package fr.passerelle.pathway.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the structures about the projects they accompanied when a follow-up question falls due, and once more a
 * month later if it is still unanswered. Runs every hour on every instance, one at a time under a database lock;
 * what is owed is read from the questions' state, so a run after a stop catches up.
 */
@Component
@RequiredArgsConstructor
public class FollowUpPrompts {

    private static final Logger log = LoggerFactory.getLogger(FollowUpPrompts.class);
    private static final long LOCK = 7_301_002L;
    private static final String JOB = "outcome-questions";

    private final FollowUpRepository followUps;
    private final SingleRun single;
    private final ApplicationEventPublisher events;
    private final Accounts accounts;
    private final Directory directory;
    private final Intakes intakes;
    private final Notifications notifications;
    private final MailTexts texts;

    @Scheduled(cron = "${passerelle.jobs.outcome-questions.cron:0 20 * * * *}", zone = "Europe/Paris")
    void everyHour() {
        SingleRun.logHandled(log, "Asked {} outcome follow-up questions", run(OffsetDateTime.now()));
    }

    /** Sends the questions and reminders owed at {@code now}; how many, or -1 when another instance is at it. */
    int run(OffsetDateTime now) {
        return single.inBatches(JOB, LOCK, size -> {
            List<OutcomeFollowUp> owed = followUps.owedAnEmail(now, size);
            owed.forEach(followUp -> {
                boolean reminder = followUp.askedAt() != null;
                followUps.markAsked(followUp.id(), reminder, now);
                events.publishEvent(new FollowUpEvent(followUp.id(), reminder));
            });
            return owed.size();
        });
    }

    @ApplicationModuleListener
    void on(FollowUpEvent event) {
        OutcomeFollowUp followUp = followUps.find(event.followUpId()).orElse(null);
        if (followUp == null || followUp.answered()) {
            return;
        }
        String title = intakes.projectTitle(followUp.projectId()).orElse("");
        String organisation =
                directory.organisationName(followUp.organisationId()).orElse("");
        String question = texts.text(followUp.milestone().messageKey() + ".question");
        String link = texts.link("/parcours/suivis/" + followUp.id());
        String prefix = event.reminder() ? "followUp.mail.reminder" : "followUp.mail";
        for (UserAccount member : accounts.activeMembers(Set.of(followUp.organisationId()))) {
            notifications.send(new Email(
                    member.email(),
                    texts.text(prefix + ".subject", title),
                    texts.text(prefix + ".body", member.displayName(), title, organisation, question, link)));
        }
    }
}
