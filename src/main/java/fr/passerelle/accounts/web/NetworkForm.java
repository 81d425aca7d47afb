package fr.passerelle.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An administrator creates a regional network: its name and the regions it covers. */
record NetworkForm(
        @NotBlank(message = "{network.name.required}") @Size(max = 120, message = "{network.name.length}") String name,
        @NotEmpty(message = "{network.regions.required}") List<String> regionCodes) {}
