package fr.passerelle.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice. */
record PasswordForm(
        @NotBlank(message = "{password.required}") @Size(min = 12, max = 128, message = "{password.length}")
                String password,
        String confirmation) {

    boolean confirmed() {
        return password == null || password.equals(confirmation);
    }
}
