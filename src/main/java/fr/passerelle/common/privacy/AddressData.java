package fr.passerelle.common.privacy;

import java.util.List;
import java.util.Map;

/**
 * What a module keeps under a person's e-mail address outside their file (event registrations, offer alerts,
 * requests to join a group or a structure…), for the rights of the person who proved the address is theirs: the
 * export lists it, the erasure removes it. Each module that keeps such data implements it, so that a holder's
 * rights reach the whole platform without the intake module knowing its tables. Access logs are not part of it:
 * the law requires them to stay.
 */
public interface AddressData {

    /** The name of this part in the export ("inscriptions_aux_evenements"). */
    String section();

    /** Everything kept under this address (in any case), as plain values for the export. */
    List<Map<String, Object>> export(String email);

    /** Removes everything kept under this address, keeping only what the network's figures count, without a name. */
    void erase(String email);

    /**
     * What the person did under this address, as dated items of their history for the network's coordinators (the
     * people's page). A part that holds no such fact (the throttle's counts, links e-mailed) keeps none.
     */
    default List<HistoryItem> history(String email) {
        return List.of();
    }

    /**
     * What the part keeps under this address within a scope: all of it for the national level; for a network's
     * coordinators, what belongs to their network, which a part that belongs to no network keeps none of.
     */
    default List<Map<String, Object>> export(String email, PersonScope scope) {
        return scope.national() ? export(email) : List.of();
    }

    /** Erases what the part keeps under this address within the scope (see {@link #export(String, PersonScope)}). */
    default void erase(String email, PersonScope scope) {
        if (scope.national()) {
            erase(email);
        }
    }

    /** The person's history under this address within the scope (see {@link #export(String, PersonScope)}). */
    default List<HistoryItem> history(String email, PersonScope scope) {
        return scope.national() ? history(email) : List.of();
    }
}
