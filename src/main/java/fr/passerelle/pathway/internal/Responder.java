package fr.passerelle.pathway.internal;

import java.util.UUID;

/**
 * Who answers a referral for the structure it was sent to: one of its members, or the person who holds the link
 * e-mailed to the structure's contact address.
 *
 * @param name the name the answer is recorded under, in the project's history and the referent's e-mails
 * @param readerId whom reads of the holder's file are logged under: the member's account, or the link
 */
public record Responder(Referral referral, String name, UUID readerId) {}
