package fr.passerelle.territory;

import java.util.List;

/** A commune found by a search, with what a person needs to pick the right one. */
public record CommuneMatch(
        String code, String name, String departementCode, List<String> postalCodes, Integer population) {

    /** "Die (26)": the usual French way of naming a commune unambiguously. */
    public String label() {
        return name + " (" + departementCode + ")";
    }
}
