package fr.passerelle.pathway.web;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Reach;
import fr.passerelle.directory.StructureReach;
import fr.passerelle.orientation.OrientationResult;
import fr.passerelle.orientation.Pick;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The structures a referent may send a project to, as the form lists them: the orientation's suggestions first (the
 * desk, then each need's results, once each), then what a search of the whole directory found, and the structure
 * chosen before if it is neither (so that a refused form keeps it). Each says how it would hear of it; one that
 * nobody would hear for (no member, no address) is shown, and cannot be chosen.
 */
@Component
@RequiredArgsConstructor
class ReferralTargets {

    /** One option: {@code value} is "organisation|scheme" (the scheme part empty when none). */
    record Choice(String value, String label, boolean reachable) {}

    /** A group of options under its heading. */
    record Group(String label, List<Choice> choices) {}

    /** The form's options, the search they answer and what it found, in words (empty before any search). */
    record Targets(List<Group> groups, String search, String status) {}

    private final Directory directory;
    private final StructureReach structures;
    private final TargetSearch search;
    private final MessageSource messages;

    /**
     * The suggestions, then the structures found for {@code typed} and the one {@code chosen}; {@code excluded} (the
     * structure handing over) left out.
     */
    Targets of(OrientationResult result, UUID excluded, String typed, String chosen) {
        Map<String, Pick> suggested = suggested(result, excluded);
        String text = typed == null ? "" : typed.strip();
        // Found again even when suggested: the search answers what was asked.
        List<Organisation> found = search.find(text).stream()
                .filter(organisation -> !organisation.id().equals(excluded))
                .toList();
        List<UUID> others = new ArrayList<>(found.stream().map(Organisation::id).toList());
        chosenOrganisation(chosen, suggested.keySet(), others).ifPresent(others::add);
        Set<UUID> ids = new LinkedHashSet<>();
        suggested.values().forEach(pick -> ids.add(pick.organisationId()));
        ids.addAll(others);
        Map<UUID, Organisation> published = directory.publishedOrganisations(List.copyOf(ids)).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<UUID, Reach> reach = reach(published.values());
        List<Group> groups = new ArrayList<>();
        if (!suggested.isEmpty()) {
            groups.add(new Group(
                    text("pathway.send.suggestions"),
                    suggested.entrySet().stream()
                            .map(entry -> choice(
                                    entry.getKey(),
                                    label(entry.getValue()),
                                    reach.get(entry.getValue().organisationId())))
                            .toList()));
        }
        List<Choice> more = others.stream()
                .map(published::get)
                .filter(Objects::nonNull)
                .map(organisation -> choice(organisation.id() + "|", organisation.name(), reach.get(organisation.id())))
                .toList();
        if (!more.isEmpty()) {
            groups.add(
                    new Group(text.isEmpty() ? text("pathway.send.chosen") : text("pathway.send.found", text), more));
        }
        return new Targets(groups, text, status(text, found.size()));
    }

    /** The suggestions by option value, once each; the structure handing over left out. */
    private static Map<String, Pick> suggested(OrientationResult result, UUID excluded) {
        Map<String, Pick> suggested = new LinkedHashMap<>();
        for (Pick pick : picks(result)) {
            if (pick.organisationId() != null && !pick.organisationId().equals(excluded)) {
                String scheme = pick.kind() == Pick.PickKind.SCHEME ? pick.id().toString() : "";
                suggested.putIfAbsent(pick.organisationId() + "|" + scheme, pick);
            }
        }
        return suggested;
    }

    /** How each structure would hear of a referral, with one read of their members. */
    private Map<UUID, Reach> reach(Collection<Organisation> organisations) {
        return structures.of(List.copyOf(organisations)).stream()
                .collect(Collectors.toMap(Reach::organisationId, Function.identity()));
    }

    /** The organisation of a choice made before, when it is neither a suggestion nor found again. */
    private static Optional<UUID> chosenOrganisation(String chosen, Set<String> suggested, List<UUID> found) {
        if (chosen == null || chosen.isBlank() || suggested.contains(chosen)) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(chosen.split("\\|", -1)[0]);
            return found.contains(id) ? Optional.empty() : Optional.of(id);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private String status(String text, int found) {
        if (text.isEmpty()) {
            return "";
        }
        if (text.length() < TargetSearch.MIN_LENGTH) {
            return text("pathway.search.short");
        }
        return found == 0 ? text("pathway.search.none", text) : text("pathway.search.count", found, text);
    }

    private static List<Pick> picks(OrientationResult result) {
        List<Pick> picks = new ArrayList<>();
        result.welcomeDesk().ifPresent(picks::add);
        result.groups().forEach(group -> picks.addAll(group.picks()));
        return picks;
    }

    private static String label(Pick pick) {
        return pick.kind() == Pick.PickKind.SCHEME || pick.kind() == Pick.PickKind.OFFER
                ? pick.organisationName() + " — " + pick.name()
                : pick.name();
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
