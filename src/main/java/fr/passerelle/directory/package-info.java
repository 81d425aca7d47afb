/** Organisations of the network (support structures, funders, networks, local authorities) and their schemes. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "accounts"})
package fr.passerelle.directory;
