/**
 * Activity offers and installation opportunities that rural territories publish for people who want to settle and
 * work there, with the local support that comes with them; their public search, feeds and API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "accounts",
            "contacts",
            "territory",
            "directory",
            "notifications",
            "events",
            "web"
        })
package fr.passerelle.offers;
