package fr.passerelle.programmes.web;

import java.util.UUID;

/** The form that records a conference or workshop of the agenda held inside a stand's fair. */
record TalkForm(UUID eventId) {}
