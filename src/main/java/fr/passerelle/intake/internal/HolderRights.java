package fr.passerelle.intake.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.database.SingleRun;
import fr.passerelle.common.privacy.AddressData;
import fr.passerelle.intake.ConsentKind;
import fr.passerelle.intake.HolderData;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A holder's rights over their file: change their consents, export everything kept about them, erase it. Files
 * left inactive for a configurable period (24 months by default) are erased the same way by a nightly job, on one
 * instance at a time, all of a run's erasures in one transaction. Erasure removes the personal data everywhere they
 * are kept and keeps the anonymous facts for the statistics.
 */
@Service
public class HolderRights {

    private static final Logger log = LoggerFactory.getLogger(HolderRights.class);
    private static final int BATCH = 500;
    private static final long LOCK = 7_301_008L;
    private static final String JOB = "erasure";

    private final IntakeRepository repository;
    private final Accounts accounts;
    private final List<HolderData> others;
    private final HolderErasure erasure;
    private final List<AddressData> underAddress;
    private final MessageSource messages;
    private final SingleRun single;
    private final Period inactivity;

    HolderRights(
            IntakeRepository repository,
            Accounts accounts,
            List<HolderData> others,
            HolderErasure erasure,
            List<AddressData> underAddress,
            MessageSource messages,
            SingleRun single,
            @Value("${passerelle.privacy.erase-inactive-after:P24M}") Period inactivity) {
        this.repository = repository;
        this.accounts = accounts;
        this.others = others;
        this.erasure = erasure;
        // The holder's files are the export's and erasure's own parts here; intake's address part is the same.
        this.underAddress = underAddress.stream()
                .filter(data -> !(data instanceof IntakeAddressData))
                .toList();
        this.messages = messages;
        this.single = single;
        this.inactivity = inactivity;
    }

    /** Records the holder's new choices, with the words they read; a withdrawn share closes the structures' access. */
    @Transactional
    public void changeConsents(AccountUser holder, boolean shareWithStructures, boolean territoryContact) {
        for (UUID id : holders(holder)) {
            repository.recordConsent(
                    id,
                    ConsentKind.SHARE_WITH_STRUCTURES,
                    shareWithStructures,
                    wording(ConsentKind.SHARE_WITH_STRUCTURES));
            repository.recordConsent(
                    id, ConsentKind.TERRITORY_CONTACT, territoryContact, wording(ConsentKind.TERRITORY_CONTACT));
        }
        repository.touch(holder.id());
    }

    /**
     * Everything kept about the holder, as plain values for a JSON file: their files (with the requests made with
     * their address that wait for their confirmation) and what every module keeps under their address.
     */
    @Transactional
    public Map<String, Object> export(AccountUser holder) {
        List<UUID> holders = underAddress(holder);
        List<UUID> projects = repository.projectsOf(holders);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exporte_le", OffsetDateTime.now().toString());
        export.put(
                "porteurs",
                holders.stream().map(id -> repository.holder(id).orElseThrow()).toList());
        export.put(
                "projets",
                projects.stream()
                        .map(id -> repository.project(id).orElseThrow())
                        .toList());
        export.put(
                "demandes",
                projects.stream()
                        .flatMap(id -> repository.requestsOf(id).stream())
                        .toList());
        export.put("accords", repository.consentHistory(holders));
        export.put("consultations_du_dossier", repository.readsOf(holders));
        for (HolderData other : others) {
            export.put(other.section(), other.export(projects));
        }
        for (AddressData data : underAddress) {
            export.put(data.section(), data.export(holder.email()));
        }
        repository.touch(holder.id());
        return export;
    }

    /**
     * Erases the holder's files, those made with their address, and their account; then, when the address leaves
     * the platform with the account (a holder's only, not a professional's), everything kept under it.
     */
    @Transactional
    public void erase(AccountUser holder) {
        erase(underAddress(holder));
        accounts.deleteProjectHolder(holder.id());
        if (holder.roles().equals(Set.of(Role.PROJECT_HOLDER))) {
            underAddress.forEach(data -> data.erase(holder.email()));
        }
    }

    /** Marks the holder's file as active (they opened their space). */
    @Transactional
    public void touch(AccountUser holder) {
        if (holder != null && holder.hasRole(Role.PROJECT_HOLDER)) {
            repository.touch(holder.id());
        }
    }

    @Scheduled(cron = "${passerelle.jobs.erasure.cron:0 40 3 * * *}", zone = "Europe/Paris")
    void everyNight() {
        OffsetDateTime now = OffsetDateTime.now();
        int erased = single.alone(JOB, LOCK, () -> eraseInactive(now));
        if (erased > 0) {
            log.info("Erased {} files inactive for {}", erased, inactivity);
        }
    }

    /** Erases the files inactive for the configured period at {@code now}, in the lock's transaction; how many. */
    private int eraseInactive(OffsetDateTime now) {
        List<Holder> inactive = repository.inactiveSince(now.minus(inactivity), BATCH);
        erase(inactive.stream().map(Holder::id).toList());
        inactive.stream()
                .map(Holder::userId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(userId -> {
                    if (repository.holdersOfUser(userId).isEmpty()) {
                        accounts.deleteProjectHolder(userId);
                    }
                });
        return inactive.size();
    }

    private void erase(List<UUID> holders) {
        erasure.erase(holders);
    }

    private List<UUID> holders(AccountUser holder) {
        requireHolder(holder);
        return repository.holdersOfUser(holder.id());
    }

    /** The holder's files and those made with their address that wait for them to confirm them. */
    private List<UUID> underAddress(AccountUser holder) {
        requireHolder(holder);
        return repository.holdersUnder(holder.id(), holder.email());
    }

    private static void requireHolder(AccountUser holder) {
        if (holder == null || !holder.hasRole(Role.PROJECT_HOLDER)) {
            throw new org.springframework.security.access.AccessDeniedException("Project holders only");
        }
    }

    private String wording(ConsentKind kind) {
        return messages.getMessage(kind.messageKey(), null, Locale.FRENCH);
    }
}
