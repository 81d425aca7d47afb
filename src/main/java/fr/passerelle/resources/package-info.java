/**
 * The resource library: documents and tools with their keywords, themes, audience and authors, files (their text
 * searched) or links, public or for the network's members, and their download counts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "accounts", "directory", "events", "groups", "web"})
package fr.passerelle.resources;
