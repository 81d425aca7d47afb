package fr.passerelle.intake.internal;

import fr.passerelle.intake.HolderData;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Erases holders' files: the other modules' personal part of their projects first (referrals' words…), then the
 * files themselves, anonymised so that the statistics still count the projects and requests.
 */
@Component
@RequiredArgsConstructor
class HolderErasure {

    private final IntakeRepository repository;
    private final List<HolderData> others;

    void erase(List<UUID> holders) {
        if (holders.isEmpty()) {
            return;
        }
        List<UUID> projects = repository.projectsOf(holders);
        others.forEach(other -> other.erase(projects));
        holders.forEach(repository::erase);
    }
}
