/** The official geography of France, perimeters, the rurality classification and its reference imports. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "accounts", "web"})
package fr.passerelle.territory;
