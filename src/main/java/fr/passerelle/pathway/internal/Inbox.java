package fr.passerelle.pathway.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A structure's inbox page read at once, in one read-only transaction: a page of its referrals (unanswered first),
 * the oldest follow-up questions due with their count, and the projects' titles and organisations' names they
 * show. One transaction instead of one per part: each costs its own begin and commit at the inbox's request rate.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Inbox {

    /** The oldest follow-up questions the inbox lists; the rest wait their turn. */
    public static final int FOLLOW_UPS_SHOWN = 10;

    private final Pathway pathway;
    private final FollowUps followUps;
    private final Intakes intakes;
    private final Directory directory;

    /** What the inbox shows the user on that page (from 0). */
    public Page page(AccountUser user, int page) {
        List<Referral> fetched = pathway.inbox(user, page);
        List<Referral> referrals = fetched.stream().limit(Pathway.INBOX_PAGE).toList();
        List<OutcomeFollowUp> due = followUps.due(user, FOLLOW_UPS_SHOWN);
        int dueCount = due.size() < FOLLOW_UPS_SHOWN ? due.size() : followUps.dueCount(user);
        Set<UUID> projects = new HashSet<>();
        referrals.forEach(referral -> projects.add(referral.projectId()));
        due.forEach(followUp -> projects.add(followUp.projectId()));
        Map<UUID, String> titles = intakes.projectTitles(projects);
        Map<UUID, String> names = directory.organisationNames(Stream.concat(
                referrals.stream().map(Referral::organisationId), due.stream().map(OutcomeFollowUp::organisationId)));
        return new Page(
                Math.max(0, page), fetched.size() > Pathway.INBOX_PAGE, referrals, due, dueCount, titles, names);
    }

    /** One page of the inbox, with the titles of its projects and the names of its organisations. */
    public record Page(
            int number,
            boolean more,
            List<Referral> referrals,
            List<OutcomeFollowUp> followUps,
            int followUpCount,
            Map<UUID, String> titles,
            Map<UUID, String> names) {}
}
