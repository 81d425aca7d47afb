package fr.passerelle.groups;

import java.util.UUID;

/**
 * A working group of the network.
 *
 * @param rhythm how often it meets, in words ("trois à quatre réunions par an")
 * @param open whether it takes requests to join
 * @param networkId the regional network whose coordinators run it
 */
public record WorkingGroup(
        UUID id,
        String slug,
        String name,
        String theme,
        String objectives,
        String description,
        String rhythm,
        boolean open,
        UUID networkId) {}
