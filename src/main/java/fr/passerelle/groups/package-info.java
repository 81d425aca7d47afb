/**
 * Working groups: their theme and objectives, the people who ask to join and whom a coordinator accepts, their
 * meetings (events of the agenda) with minutes and decisions that only members read.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "accounts", "contacts", "events", "notifications", "web"})
package fr.passerelle.groups;
