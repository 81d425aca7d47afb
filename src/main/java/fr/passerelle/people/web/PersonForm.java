package fr.passerelle.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a coordinator looks a person up by. */
record PersonForm(
        @NotBlank(message = "{people.email.required}")
                @Size(max = 254, message = "{people.email.invalid}")
                @Email(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "{people.email.invalid}")
                String email) {}
