package fr.passerelle.resources;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.groups.GroupProductions;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The library's resources a working group produced, for the group's page. */
@Component
class ResourceProductions implements GroupProductions {

    private final Resources resources;
    private final MessageSource messages;

    ResourceProductions(Resources resources, MessageSource messages) {
        this.resources = resources;
        this.messages = messages;
    }

    @Override
    public List<Production> of(UUID groupId, AccountUser user) {
        return resources.ofGroup(user, groupId).stream()
                .map(resource -> new Production(
                        resource.title(),
                        messages.getMessage(resource.kind().messageKey(), null, Locale.FRENCH),
                        "/ressources/" + resource.id()))
                .toList();
    }
}
