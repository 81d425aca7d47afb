package fr.passerelle.programmes.web;

import fr.passerelle.programmes.internal.Programme;
import jakarta.validation.constraints.Size;

/** What the coordinator writes beside a programme's figures: its description and qualitative assessment. */
record ProgrammeTextsForm(
        @Size(max = 8000, message = "{programme.text.tooLong}") String description,
        @Size(max = 8000, message = "{programme.text.tooLong}") String assessment) {

    static ProgrammeTextsForm of(Programme programme) {
        return new ProgrammeTextsForm(programme.description(), programme.assessment());
    }
}
