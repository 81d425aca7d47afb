package fr.passerelle.contacts.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.FrenchPhone;
import fr.passerelle.contacts.ContactDraft;
import fr.passerelle.contacts.ContactSubject;
import fr.passerelle.contacts.ThematicContacts.ContactRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a thematic contact must say: a known subject, a name, a well-formed address, a French phone if any. */
public final class ContactRules {

    static final int NAME = 120;
    static final int FUNCTION = 160;
    static final int EMAIL = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactRules() {}

    /** A contact that follows the rules, its phone read, its texts trimmed. */
    public record Checked(ContactSubject subject, String name, String function, String email, FrenchPhone phone) {}

    /**
     * The contact checked.
     *
     * @throws ContactRejectedException with every rule it breaks
     */
    public static Checked check(ContactDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        ContactSubject subject = ContactSubject.ofCode(trim(draft.subject())).orElse(null);
        if (subject == null) {
            breaches.add(new Breach("subject", "contacts.subject.required"));
        }
        String name = trim(draft.name());
        if (name == null || name.length() < 2 || name.length() > NAME) {
            breaches.add(new Breach("name", "contacts.name.required", List.of(NAME)));
        }
        String function = trim(draft.function());
        if (function != null && function.length() > FUNCTION) {
            breaches.add(new Breach("function", "contacts.function.length", List.of(FUNCTION)));
        }
        String email = trim(draft.email());
        if (email == null) {
            breaches.add(new Breach("email", "contacts.email.required"));
        } else if (email.length() > EMAIL || !ADDRESS.matcher(email).matches()) {
            breaches.add(new Breach("email", "contacts.email.invalid"));
        }
        String typedPhone = trim(draft.phone());
        FrenchPhone phone =
                typedPhone == null ? null : FrenchPhone.parse(typedPhone).orElse(null);
        if (typedPhone != null && phone == null) {
            breaches.add(new Breach("phone", "contacts.phone.invalid"));
        }
        if (!breaches.isEmpty()) {
            throw new ContactRejectedException(breaches);
        }
        return new Checked(subject, name, function, email, phone);
    }

    private static String trim(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
