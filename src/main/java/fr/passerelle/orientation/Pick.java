package fr.passerelle.orientation;

import java.util.List;
import java.util.UUID;

/**
 * One result of orientation, with why it is there.
 *
 * @param kind what it is: the welcome desk, a scheme, an organisation or an offer
 * @param id the scheme's, organisation's or offer's id
 * @param organisationId the organisation to contact (the scheme's, the offer's territory, or the organisation itself)
 * @param reasons in plain words, in the reader's language
 */
public record Pick(
        PickKind kind, UUID id, String name, UUID organisationId, String organisationName, List<String> reasons) {

    /** A pick that is an organisation itself (a structure, a welcome desk): it stands for its own organisation. */
    static Pick organisation(PickKind kind, UUID organisationId, String name, List<String> reasons) {
        return new Pick(kind, organisationId, name, organisationId, name, reasons);
    }

    /** The same pick with its reasons written. */
    Pick withReasons(List<String> written) {
        return new Pick(kind, id, name, organisationId, organisationName, written);
    }

    public enum PickKind {
        WELCOME_DESK,
        SCHEME,
        ORGANISATION,
        /** An activity offer of a territory: the organisation is the territory that publishes it. */
        OFFER
    }
}
