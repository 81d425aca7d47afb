package fr.passerelle.programmes.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** Taking an action out of its programme: the coordinator ticks the box to confirm. */
record RemovalForm(
        @NotNull(message = "{programme.action.remove.confirmFirst}")
                @AssertTrue(message = "{programme.action.remove.confirmFirst}")
                Boolean confirm) {}
