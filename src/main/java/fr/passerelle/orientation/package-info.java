/**
 * The orientation engine: for a project, the welcome desk of its territory first, then the schemes and
 * organisations that cover its place and fit it, grouped by need, each with its reasons in plain French.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "territory", "directory", "offers"})
package fr.passerelle.orientation;
