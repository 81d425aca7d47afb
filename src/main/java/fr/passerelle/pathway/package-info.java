/**
 * The pathway of a project across structures: referrals (mises en relation) with their answers, reminders, expiry
 * and outcomes, and the project's timeline.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "accounts",
            "territory",
            "directory",
            "intake",
            "notifications",
            "orientation",
            "web"
        })
package fr.passerelle.pathway;
