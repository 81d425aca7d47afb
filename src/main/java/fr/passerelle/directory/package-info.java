/** Organisations of the network (support structures, funders, networks, local authorities, initiatives) and their schemes. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "accounts", "contacts", "territory", "notifications", "web"})
package fr.passerelle.directory;
