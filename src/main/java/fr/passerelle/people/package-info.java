/**
 * People: one person recognised by their e-mail address across the platform, for the network's coordinators — their
 * history in every module, its export and its erasure, each module answering through its own
 * {@code common.privacy.AddressData}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "accounts"})
package fr.passerelle.people;
