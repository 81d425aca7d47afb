package fr.passerelle.intake;

import fr.passerelle.common.privacy.HistoryItem;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What other modules keep about a holder's projects, for the holder's rights: their export holds it, their erasure
 * removes the personal part of it. Implemented by the modules that keep such data (pathway), so that intake answers
 * for the whole file without depending on them.
 */
public interface HolderData {

    /** The name of this part in the export ("mises_en_relation"). */
    String section();

    /** This module's data about these projects, as plain values for a JSON export. */
    List<Map<String, Object>> export(List<UUID> projectIds);

    /** Removes the personal part (free texts) of this module's data about these projects, keeping what counts. */
    void erase(List<UUID> projectIds);

    /** This module's dated facts about these projects, for the holder's history on the people's page. */
    default List<HistoryItem> history(List<UUID> projectIds) {
        return List.of();
    }
}
