/**
 * Programmes (démarches) grouping the network's actions, partners and funders, and their reports (bilans): figures
 * computed from the events, offers, welcome and pathway modules beside the coordinator's words, as pages, PDF
 * documents, spreadsheets and JSON.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "accounts",
            "territory",
            "directory",
            "events",
            "groups",
            "offers",
            "intake",
            "pathway",
            "notifications",
            "web"
        })
package fr.passerelle.programmes;
