package fr.passerelle.groups;

import java.util.UUID;

/** A coordinator started a working group in their network: the news proposes a draft that announces it. */
public record GroupStarted(UUID groupId, UUID networkId) {}
