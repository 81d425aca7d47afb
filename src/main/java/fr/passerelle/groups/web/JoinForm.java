package fr.passerelle.groups.web;

import fr.passerelle.groups.internal.JoinRequest;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a visitor types to join a working group. */
record JoinForm(
        @Size(min = 2, max = 150, message = "{registration.name.length}") String name,
        @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "{registration.email.invalid}")
                String email,
        @Size(max = 200, message = "{group.join.length}") String organisation,
        @Size(max = 200, message = "{group.join.length}") String role,
        @Size(max = 2000, message = "{group.join.length}") String motivation,
        @NotNull(message = "{registration.consent.required}") @AssertTrue(message = "{registration.consent.required}")
                Boolean consent) {

    static JoinForm empty() {
        return new JoinForm("", "", "", "", "", false);
    }

    JoinRequest request() {
        return new JoinRequest(name, email, organisation, role, motivation, Boolean.TRUE.equals(consent));
    }
}
