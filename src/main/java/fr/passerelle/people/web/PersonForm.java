package fr.passerelle.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The address a coordinator looks a person up by, as typed: spaces around it and capitals are allowed. */
record PersonForm(
        @NotBlank(message = "{people.email.required}")
                @Size(max = 254, message = "{people.email.invalid}")
                @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "{people.email.invalid}")
                String email) {}
