package fr.passerelle.contacts;

/** A thing that has contacts, as its page shows it: its name and the path of that page. */
public record ContactHolder(String name, String page) {}
