package fr.passerelle.accounts.web;

import fr.passerelle.accounts.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** An administrator invites someone: the invitation e-mail lets them choose their password. */
record InviteForm(
        @NotBlank(message = "{email.required}")
                @Email(regexp = EmailAddress.PATTERN, message = "{email.invalid}")
                @Size(max = 254, message = "{email.invalid}")
                String email,
        @NotBlank(message = "{user.name.required}") @Size(max = 120, message = "{user.name.length}") String displayName,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        UUID organisationId) {}
