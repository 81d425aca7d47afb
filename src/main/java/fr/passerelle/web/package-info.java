/** The web shell: layout, navigation, home page, languages, error pages and the API's problem details. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "accounts"})
package fr.passerelle.web;
