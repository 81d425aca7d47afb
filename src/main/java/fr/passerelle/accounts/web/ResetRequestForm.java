package fr.passerelle.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The address to send a password reset link to. */
record ResetRequestForm(
        @NotBlank(message = "{email.required}") @Email(regexp = EmailAddress.PATTERN, message = "{email.invalid}")
                String email) {}
