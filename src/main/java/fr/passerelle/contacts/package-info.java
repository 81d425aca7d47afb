/**
 * Named thematic contacts: on a structure, a territory, an event or a working group, the person to call for a subject
 * (activity offers, project funding…), with their e-mail and phone. The modules that own those things tell who edits
 * them ({@link fr.passerelle.contacts.ContactHolders}); this one keeps the contacts and shows them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "accounts", "web"})
package fr.passerelle.contacts;
