package fr.passerelle.pathway.web;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Reach;
import fr.passerelle.directory.StructureReach;
import fr.passerelle.orientation.OrientationResult;
import fr.passerelle.orientation.Pick;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The structures a referent may send a project to, as the form lists them: the orientation's suggestions first (the
 * desk, then each need's results, once each), then every other published structure of the directory by name. Each
 * says how it would hear of it; one that nobody would hear for (no member, no address) is shown, and cannot be
 * chosen.
 */
@Component
class ReferralTargets {

    /** Enough for a regional network's whole directory; a national one would want a search instead of a list. */
    private static final int DIRECTORY_LIMIT = 2000;

    /** One option: {@code value} is "organisation|scheme" (the scheme part empty when none). */
    record Choice(String value, String label, boolean reachable) {}

    /** A group of options under its heading's message key. */
    record Group(String labelKey, List<Choice> choices) {}

    private final Directory directory;
    private final StructureReach structures;
    private final MessageSource messages;

    ReferralTargets(Directory directory, StructureReach structures, MessageSource messages) {
        this.directory = directory;
        this.structures = structures;
        this.messages = messages;
    }

    /** The suggestions, then the rest of the directory; {@code excluded} (the structure handing over) left out. */
    List<Group> of(OrientationResult result, UUID excluded) {
        List<Organisation> all = directory.allOrganisations(DirectoryQuery.all(), DIRECTORY_LIMIT);
        Map<UUID, Reach> reach =
                structures.of(all).stream().collect(Collectors.toMap(Reach::organisationId, Function.identity()));
        Map<String, Choice> suggested = new LinkedHashMap<>();
        for (Pick pick : picks(result)) {
            if (pick.organisationId() == null || pick.organisationId().equals(excluded)) {
                continue;
            }
            String value = pick.organisationId() + "|" + (pick.kind() == Pick.PickKind.SCHEME ? pick.id() : "");
            String name = pick.kind() == Pick.PickKind.SCHEME || pick.kind() == Pick.PickKind.OFFER
                    ? pick.organisationName() + " — " + pick.name()
                    : pick.name();
            suggested.putIfAbsent(value, choice(value, name, reach.get(pick.organisationId())));
        }
        List<UUID> taken = suggested.keySet().stream()
                .map(value -> UUID.fromString(value.substring(0, value.indexOf('|'))))
                .toList();
        Collator french = Collator.getInstance(Locale.FRENCH);
        List<Choice> others = all.stream()
                .filter(organisation ->
                        !taken.contains(organisation.id()) && !organisation.id().equals(excluded))
                .sorted(Comparator.comparing(Organisation::name, french))
                .map(organisation -> choice(organisation.id() + "|", organisation.name(), reach.get(organisation.id())))
                .toList();
        List<Group> groups = new ArrayList<>();
        if (!suggested.isEmpty()) {
            groups.add(new Group("pathway.send.suggestions", List.copyOf(suggested.values())));
        }
        if (!others.isEmpty()) {
            groups.add(new Group("pathway.send.directory", others));
        }
        return groups;
    }

    private static List<Pick> picks(OrientationResult result) {
        List<Pick> picks = new ArrayList<>();
        result.welcomeDesk().ifPresent(picks::add);
        result.groups().forEach(group -> picks.addAll(group.picks()));
        return picks;
    }

    private Choice choice(String value, String name, Reach reach) {
        if (reach == null || !reach.reachable()) {
            return new Choice(value, text("pathway.target.unreachable", name), false);
        }
        return new Choice(value, reach.byAddress() ? text("pathway.target.byAddress", name) : name, true);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
