/** The web shell: layout, navigation, home page, languages, error pages and the API's problem details. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package fr.passerelle.web;
