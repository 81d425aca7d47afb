package fr.passerelle.web;

/** A link of the main navigation: where it goes and the message key of its label. */
public record NavigationItem(String href, String labelKey) {}
