/**
 * The network's events: sessions, explorations, information sessions, workshops, regional events, working-group
 * meetings and shared stands; the public agenda and its calendar feeds; registrations that never overbook.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "accounts", "contacts", "territory", "directory", "notifications", "web"})
package fr.passerelle.events;
