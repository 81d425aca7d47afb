package fr.passerelle.directory.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person writes to join a structure's entry: who they are, their professional address, the SIRET. */
public record ClaimDraft(
        @NotBlank(message = "{directory.join.name.required}")
                @Size(min = 2, max = 150, message = "{directory.join.name.length}")
                String name,
        @NotBlank(message = "{directory.join.email.required}")
                @Size(max = 254, message = "{email.invalid}")
                @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{email.invalid}")
                String email,
        @Size(max = 150, message = "{directory.join.jobTitle.length}") String jobTitle,
        @Pattern(regexp = "[0-9 ]{14,17}", message = "{directory.siret.invalid}") String siret,
        @Size(max = 2000, message = "{directory.join.message.length}") String message) {

    public static ClaimDraft empty() {
        return new ClaimDraft(null, null, null, null, null);
    }
}
