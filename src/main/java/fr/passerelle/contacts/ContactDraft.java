package fr.passerelle.contacts;

/** A contact as typed: its subject's code, the person's name and function, e-mail and phone as written. */
public record ContactDraft(String subject, String name, String function, String email, String phone) {}
