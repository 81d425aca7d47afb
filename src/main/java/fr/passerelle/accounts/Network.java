package fr.passerelle.accounts;

import java.util.List;
import java.util.UUID;

/**
 * A regional network (réseau régional) on the platform, with the INSEE codes of the regions it covers.
 *
 * @param coordinators how many enabled coordinators it has
 */
public record Network(UUID id, String name, List<String> regionCodes, int coordinators) {

    /** The first network, Cap Rural (Auvergne-Rhône-Alpes), which holds everything that existed before networks. */
    public static final UUID DEFAULT = UUID.fromString("0c0a0000-0000-4000-8000-000000000001");

    /** The regions' names, joined. */
    public String regions() {
        return String.join(", ", regionCodes.stream().map(Regions::name).toList());
    }
}
