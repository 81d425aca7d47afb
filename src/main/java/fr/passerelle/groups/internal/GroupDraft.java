package fr.passerelle.groups.internal;

/**
 * What a coordinator writes to start a working group.
 *
 * @param theme the subject, in a line ("L'accueil de nouveaux actifs")
 * @param rhythm how often it meets, in words ("trois à quatre réunions par an"), or null
 */
public record GroupDraft(String name, String theme, String objectives, String description, String rhythm) {}
