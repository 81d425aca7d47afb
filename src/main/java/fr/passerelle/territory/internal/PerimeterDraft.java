package fr.passerelle.territory.internal;

import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.PerimeterMember;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an administrator asks a perimeter to be: its kind (a pays, a park, a GAL LEADER or another union), its name and
 * its members, intercommunalities (SIREN) and communes (INSEE codes), as typed: the editor checks them.
 */
public record PerimeterDraft(PerimeterKind kind, String name, String epci, String communes) {

    /** The members, once the editor has read the codes. */
    record Members(List<String> epci, List<String> communes) {

        List<PerimeterMember> asMembers() {
            return Stream.concat(
                            epci.stream().map(code -> new PerimeterMember(PerimeterKind.EPCI, code)),
                            communes.stream().map(code -> new PerimeterMember(PerimeterKind.COMMUNE, code)))
                    .toList();
        }
    }
}
