package fr.passerelle.directory.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.Paris;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.NotificationFailedException;
import fr.passerelle.notifications.Notifications;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a month, each advisor or territory agent gets the list of their organisations' entries not
 * verified for six months, and the coordinators get those nobody looks after. The job runs every
 * morning and sends what this month still owes, so a day missed is caught up the next; one instance at a time under a
 * database lock, and a digest claimed per recipient and month besides, so that nobody gets it twice.
 */
@Component
@RequiredArgsConstructor
public class StaleDigest {

    static final int LISTED = 50;
    private static final Logger log = LoggerFactory.getLogger(StaleDigest.class);
    private static final long LOCK = 7_301_009L;
    private static final String JOB = "stale-digest";

    private final StaleEntries entries;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MailTexts texts;
    private final SingleRun single;

    @Scheduled(cron = "${passerelle.jobs.stale-digest.cron:0 30 7 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        LocalDate today = Paris.today();
        SingleRun.logHandled(log, "Sent {} digests of entries to check", single.alone(JOB, LOCK, () -> send(today)));
    }

    /** Sends this month's digests not sent yet; returns how many went. */
    public int send(LocalDate today) {
        String period = YearMonth.from(today).toString();
        Map<UUID, List<StaleEntry>> byOrganisation = entries.verifiedBefore(today.minusMonths(6)).stream()
                .collect(Collectors.groupingBy(StaleEntry::organisationId, LinkedHashMap::new, Collectors.toList()));
        Set<UUID> lookedAfter = new HashSet<>();
        int sent = 0;
        for (UserAccount member : accounts.activeMembers(byOrganisation.keySet())) {
            lookedAfter.addAll(member.organisationIds());
            List<StaleEntry> theirs = member.organisationIds().stream()
                    .flatMap(id -> byOrganisation.getOrDefault(id, List.of()).stream())
                    .toList();
            sent += deliver(period, member, theirs, "directory.digest.owner");
        }
        List<StaleEntry> unowned = byOrganisation.entrySet().stream()
                .filter(group -> !lookedAfter.contains(group.getKey()))
                .flatMap(group -> group.getValue().stream())
                .toList();
        for (UserAccount coordinator : accounts.activeWithRole(Role.COORDINATOR)) {
            sent += deliver(period, coordinator, unowned, "directory.digest.coordinator");
        }
        return sent;
    }

    private int deliver(String period, UserAccount to, List<StaleEntry> stale, String key) {
        if (stale.isEmpty() || !entries.claim(period, to.email(), stale.size())) {
            return 0;
        }
        try {
            notifications.send(new Email(
                    to.email(),
                    texts.text(key + ".subject", stale.size()),
                    texts.text(key + ".body", to.displayName(), list(stale))));
            return 1;
        } catch (NotificationFailedException e) {
            log.warn("The digest to {} could not be sent; it will be tried again: {}", to.email(), e.getMessage());
            entries.release(period, to.email());
            return 0;
        }
    }

    private String list(List<StaleEntry> stale) {
        StringBuilder text = new StringBuilder();
        stale.stream().limit(LISTED).forEach(entry -> text.append(texts.text(
                        entry.schemeId() == null ? "directory.digest.organisation" : "directory.digest.scheme",
                        entry.name(),
                        FrenchDates.DAY.format(entry.lastVerifiedOn()),
                        texts.link(entry.path())))
                .append('\n'));
        if (stale.size() > LISTED) {
            text.append(texts.text("directory.digest.more", stale.size() - LISTED))
                    .append('\n');
        }
        return text.toString();
    }
}
