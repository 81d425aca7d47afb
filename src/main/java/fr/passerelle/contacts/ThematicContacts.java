package fr.passerelle.contacts;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.contacts.internal.ContactRepository;
import fr.passerelle.contacts.internal.ContactRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thematic contacts of structures, territories, events and groups: read by anyone (they are the public face of
 * the holder for a subject), named and removed by those who edit the holder, as its module tells.
 */
@Service
public class ThematicContacts {

    /** A contact refused for what it says: each rule broken beside its field. */
    public static class ContactRejectedException extends RuleViolation {
        public ContactRejectedException(List<Breach> breaches) {
            super(breaches);
        }
    }

    private final ContactRepository repository;
    private final Map<ContactHolderKind, ContactHolders> holders = new EnumMap<>(ContactHolderKind.class);

    ThematicContacts(ContactRepository repository, List<ContactHolders> holders) {
        this.repository = repository;
        holders.forEach(kind -> this.holders.put(kind.kind(), kind));
    }

    /** The holder's contacts, one per subject, in the subjects' order. */
    public List<ThematicContact> of(ContactHolderKind kind, UUID holderId) {
        return repository.of(kind, holderId);
    }

    /** The holder's contact for that subject, if it named one. */
    public Optional<ThematicContact> on(ContactHolderKind kind, UUID holderId, ContactSubject subject) {
        return repository.on(kind, holderId, subject);
    }

    /** The holder, when its module knows it. */
    public Optional<ContactHolder> holder(ContactHolderKind kind, UUID holderId) {
        ContactHolders owner = holders.get(kind);
        return owner == null ? Optional.empty() : owner.holder(holderId);
    }

    /** Whether the user may name and remove the holder's contacts. */
    public boolean edits(AccountUser user, ContactHolderKind kind, UUID holderId) {
        ContactHolders owner = holders.get(kind);
        return user != null && owner != null && owner.edits(user, holderId);
    }

    /**
     * Checks a contact before it is named, so that a form says at once every rule it breaks.
     *
     * @throws ContactRejectedException with every rule broken
     */
    public void check(ContactDraft draft) {
        ContactRules.check(draft);
    }

    /**
     * Names a contact for a subject of the holder.
     *
     * @throws AccessDeniedException when the user does not edit the holder
     * @throws ContactRejectedException when the contact breaks a rule or the subject has its contact already
     */
    @Transactional
    public ThematicContact add(AccountUser user, ContactHolderKind kind, UUID holderId, ContactDraft draft) {
        requireEditor(user, kind, holderId);
        return insert(kind, holderId, draft, user.id());
    }

    /** Removes one of the holder's contacts; whether there was one. */
    @Transactional
    public boolean remove(AccountUser user, ContactHolderKind kind, UUID holderId, UUID contactId) {
        requireEditor(user, kind, holderId);
        return repository.delete(kind, holderId, contactId);
    }

    /** Names a contact without a user: the demonstration data, which its module's documents name. */
    @Transactional
    public ThematicContact record(ContactHolderKind kind, UUID holderId, ContactDraft draft) {
        return insert(kind, holderId, draft, null);
    }

    private ThematicContact insert(ContactHolderKind kind, UUID holderId, ContactDraft draft, UUID author) {
        ContactRules.Checked checked = ContactRules.check(draft);
        try {
            return repository.insert(kind, holderId, checked, author);
        } catch (DuplicateKeyException taken) {
            throw new ContactRejectedException(List.of(new Breach("subject", "contacts.subject.taken")));
        }
    }

    private void requireEditor(AccountUser user, ContactHolderKind kind, UUID holderId) {
        if (!edits(user, kind, holderId)) {
            throw new AccessDeniedException("Not an editor of this " + kind.code());
        }
    }
}
