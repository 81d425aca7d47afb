package fr.passerelle.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice: 12 to 128 characters, and none of the common ones. */
record PasswordForm(
        @NotBlank(message = "{password.required}")
                @Size(min = 12, max = 128, message = "{password.length}")
                @NotCommonPassword
                String password,
        String confirmation) {

    boolean confirmed() {
        return password == null || password.equals(confirmation);
    }
}
