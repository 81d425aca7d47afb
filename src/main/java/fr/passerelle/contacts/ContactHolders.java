package fr.passerelle.contacts;

import fr.passerelle.accounts.AccountUser;
import java.util.Optional;
import java.util.UUID;

/**
 * What the module owning one kind of holder (the directory its structures, the events theirs…) tells of them: which
 * exist, where their page is, who edits their contacts. Each such module implements it once, in a bean; this module
 * then never depends on them.
 */
public interface ContactHolders {

    ContactHolderKind kind();

    /** The holder's name and page, when it exists and is public. */
    Optional<ContactHolder> holder(UUID id);

    /** Whether the user may name and remove the holder's contacts (the same people who edit its page). */
    boolean edits(AccountUser user, UUID id);

    /** The holder a person calls by that name or address segment (a structure's name, a group's slug), if any. */
    Optional<UUID> named(String reference);
}
