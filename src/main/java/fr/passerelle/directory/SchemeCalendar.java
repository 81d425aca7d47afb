package fr.passerelle.directory;

import fr.passerelle.common.Vocabulary;

/** When a scheme can be applied for: always, in a yearly window, or until a deadline. */
public enum SchemeCalendar implements Vocabulary {
    ALWAYS,
    RECURRING,
    DEADLINE;

    @Override
    public String messagePrefix() {
        return "calendar";
    }
}
