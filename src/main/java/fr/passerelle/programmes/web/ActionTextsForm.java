package fr.passerelle.programmes.web;

import fr.passerelle.programmes.internal.ProgrammeAction;
import jakarta.validation.constraints.Size;

/** What the coordinator writes beside an action's figures: its description, objectives and assessment. */
record ActionTextsForm(
        @Size(max = 8000, message = "{programme.text.tooLong}") String description,
        @Size(max = 4000, message = "{programme.text.tooLong}") String objectives,
        @Size(max = 8000, message = "{programme.text.tooLong}") String assessment) {

    static ActionTextsForm of(ProgrammeAction action) {
        return new ActionTextsForm(action.description(), action.objectives(), action.assessment());
    }
}
