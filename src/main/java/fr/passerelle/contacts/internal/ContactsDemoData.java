package fr.passerelle.contacts.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.DemoFiles;
import fr.passerelle.contacts.ContactDraft;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.ContactHolders;
import fr.passerelle.contacts.ThematicContacts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thematic contacts the network's documents name for activity offers and project funding (and a few more), on
 * Cap Rural, two territories, an event and the working group: {@code contacts/demo/thematic-contacts.json}, with
 * invented people. After the modules' own demonstration data, whose holders it finds by name.
 */
@Component
@ConditionalOnDemoData
@Order(55)
@RequiredArgsConstructor
class ContactsDemoData implements ApplicationRunner {

    /** A contact of the file: the kind and name (or slug) of its holder, then the contact as a form would take it. */
    record DemoContact(
            String holder,
            String reference,
            String subject,
            String name,
            String function,
            String email,
            String phone) {}

    private final DemoFiles files;
    private final ThematicContacts contacts;
    private final List<ContactHolders> holders;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoContact demo : files.list("contacts/demo/thematic-contacts.json", DemoContact[].class)) {
            ContactHolderKind kind = ContactHolderKind.ofCode(demo.holder()).orElseThrow();
            Optional<UUID> holder = holders.stream()
                    .filter(owner -> owner.kind() == kind)
                    .findFirst()
                    .flatMap(owner -> owner.named(demo.reference()));
            if (holder.isPresent()
                    && contacts.of(kind, holder.get()).stream()
                            .noneMatch(contact -> contact.subject().code().equals(demo.subject()))) {
                contacts.record(
                        kind,
                        holder.get(),
                        new ContactDraft(demo.subject(), demo.name(), demo.function(), demo.email(), demo.phone()));
            }
        }
    }
}
