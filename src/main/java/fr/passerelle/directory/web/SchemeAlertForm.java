package fr.passerelle.directory.web;

import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.Sector;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The scheme alert form of the directory's schemes tab: an address, a commune (its name as typed, or its code from the
 * suggestions) or a whole département, a kind of project and, if one likes, a sector.
 */
public record SchemeAlertForm(
        @NotBlank(message = "{scheme.alert.email.invalid}")
                @Pattern(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{scheme.alert.email.invalid}")
                @Size(max = 254, message = "{scheme.alert.email.invalid}")
                String email,
        String alertCommune,
        String alertDepartement,
        @NotNull(message = "{scheme.alert.kind.required}") ProjectKind projectKind,
        Sector sector)
        implements java.io.Serializable {

    boolean byDepartement() {
        return alertDepartement != null && !alertDepartement.isBlank();
    }

    static SchemeAlertForm forCommune(String commune) {
        return new SchemeAlertForm("", commune == null ? "" : commune, "", null, null);
    }
}
