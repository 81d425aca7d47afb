package fr.passerelle.groups.web;

import fr.passerelle.groups.internal.GroupDraft;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator types to start a working group. A field left out of the request (null) is said by the module's
 * check, which the form runs when its fields are wrong.
 */
record GroupStartForm(
        @Size(min = 5, max = 200, message = "{group.name.length}") String name,
        @Size(min = 3, max = 300, message = "{group.theme.length}") String theme,
        @Size(max = 4000, message = "{group.text.length}") String objectives,
        @Size(max = 8000, message = "{group.text.length}") String description,
        @Size(max = 300, message = "{group.rhythm.length}") String rhythm) {

    static GroupStartForm empty() {
        return new GroupStartForm("", "", "", "", "");
    }

    GroupDraft draft() {
        return new GroupDraft(name, theme, objectives, description, rhythm);
    }
}
