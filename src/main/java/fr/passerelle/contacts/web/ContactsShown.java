package fr.passerelle.contacts.web;

import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.ContactSubject;
import fr.passerelle.contacts.ThematicContact;
import fr.passerelle.contacts.ThematicContacts;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The contacts as the pages of other modules read them ({@code ${@contactsShown.of('structure', id)}} in the
 * {@code contacts/block} fragments): a page that names a holder shows its contacts without its controller, nor its
 * module's code, knowing of them.
 */
@Component("contactsShown")
@RequiredArgsConstructor
public class ContactsShown {

    private final ThematicContacts contacts;

    /** The holder's contacts, by the code of its kind; none for a holder unknown (or null). */
    public List<ThematicContact> of(String kind, UUID holderId) {
        ContactHolderKind holderKind = ContactHolderKind.ofCode(kind).orElseThrow();
        return holderId == null ? List.of() : contacts.of(holderKind, holderId);
    }

    /** The holder's contact for that subject, or null. */
    public ThematicContact on(String kind, UUID holderId, String subject) {
        ContactHolderKind holderKind = ContactHolderKind.ofCode(kind).orElseThrow();
        ContactSubject wanted = ContactSubject.ofCode(subject).orElseThrow();
        return holderId == null
                ? null
                : contacts.on(holderKind, holderId, wanted).orElse(null);
    }
}
