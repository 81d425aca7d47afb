package fr.passerelle.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A visitor's report of an error on an entry. */
record ReportForm(
        @NotBlank(message = "{report.message.required}") @Size(min = 5, max = 2000, message = "{report.message.length}")
                String message,
        @Pattern(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{email.invalid}") String email) {}
