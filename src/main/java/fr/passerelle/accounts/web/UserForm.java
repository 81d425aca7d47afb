package fr.passerelle.accounts.web;

import fr.passerelle.accounts.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What an administrator changes on a user. */
record UserForm(
        @NotBlank(message = "{user.name.required}") @Size(max = 120, message = "{user.name.length}") String displayName,
        Set<Role> roles,
        boolean enabled) {

    Set<Role> chosenRoles() {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
