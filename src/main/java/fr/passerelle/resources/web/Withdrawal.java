package fr.passerelle.resources.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** The form that takes a resource out of the library: its box ticked to confirm. */
record Withdrawal(
        @NotNull(message = "{resource.withdraw.confirmFirst}") @AssertTrue(message = "{resource.withdraw.confirmFirst}")
                Boolean confirm) {}
