/**
 * Welcome: project holders (a person or a collective), their projects from the idea stage, their consents, and the
 * intake requests that reach the welcome desk covering the project's territory.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "accounts",
            "territory",
            "directory",
            "notifications",
            "orientation",
            "offers",
            "events",
            "web"
        })
package fr.passerelle.intake;
