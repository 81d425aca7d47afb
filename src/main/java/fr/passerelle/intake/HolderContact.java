package fr.passerelle.intake;

/** How to tell a project's holder about it: their name, their address (null when they gave none), the project. */
public record HolderContact(String name, String email, String projectTitle) {}
