package fr.passerelle.territory.web;

import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.internal.PerimeterDraft;
import jakarta.validation.constraints.Size;

/**
 * The perimeter form: kind, name, intercommunalities (SIREN) and communes (INSEE codes), one a line, as typed; an
 * uploaded file of codes fills the communes.
 */
record PerimeterForm(
        PerimeterKind kind,
        @Size(max = 200) String name,
        @Size(max = 20_000) String epci,
        @Size(max = 400_000) String communes) {

    static PerimeterForm of(PerimeterDraft draft) {
        return new PerimeterForm(draft.kind(), draft.name(), draft.epci(), draft.communes());
    }

    PerimeterForm withCommunes(String codes) {
        return new PerimeterForm(kind, name, epci, codes);
    }

    PerimeterDraft draft() {
        return new PerimeterDraft(kind, name, epci, communes);
    }
}
