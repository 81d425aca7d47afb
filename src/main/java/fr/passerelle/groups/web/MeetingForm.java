package fr.passerelle.groups.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The meeting of the agenda a coordinator adds to a group. */
record MeetingForm(@NotNull(message = "{group.meeting.kind}") UUID eventId) {}
