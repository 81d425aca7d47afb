package fr.passerelle.programmes.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.Euros;
import java.util.ArrayList;
import java.util.List;

/**
 * What a budget's amounts must be: given where required, never negative; a funder grants at most what was requested
 * and pays at most what it granted; the territories' shares of a cost add up to the cost at most. The database holds
 * the same (V83); these say it beside the fields, in French.
 */
final class BudgetRules {

    private static final int LABEL_MIN = 2;
    private static final int LABEL_MAX = 200;

    private BudgetRules() {}

    static boolean labelled(String label) {
        int length = label == null ? 0 : label.strip().length();
        return length >= LABEL_MIN && length <= LABEL_MAX;
    }

    static List<Breach> line(String label, Euros planned, Euros spent) {
        List<Breach> breaches = new ArrayList<>();
        if (!labelled(label)) {
            breaches.add(new Breach("label", "budget.label.length"));
        }
        required("planned", planned, breaches);
        positive("spent", spent, breaches);
        return breaches;
    }

    static List<Breach> funding(Euros requested, Euros granted, Euros paid) {
        List<Breach> breaches = new ArrayList<>();
        required("requested", requested, breaches);
        positive("granted", granted, breaches);
        positive("paid", paid, breaches);
        if (breaches.isEmpty()) {
            if (granted != null && granted.compareTo(requested) > 0) {
                breaches.add(new Breach("granted", "budget.granted.overRequested"));
            }
            if (paid != null && paid.cents() > 0 && (granted == null || paid.compareTo(granted) > 0)) {
                breaches.add(new Breach("paid", "budget.paid.overGranted"));
            }
        }
        return breaches;
    }

    static List<Breach> cost(String label, Euros amount) {
        List<Breach> breaches = new ArrayList<>();
        if (!labelled(label)) {
            breaches.add(new Breach("label", "budget.label.length"));
        }
        required("amount", amount, breaches);
        return breaches;
    }

    /** A share is an amount, and with the cost's other shares adds up to the cost at most. */
    static List<Breach> share(Euros amount, BudgetRepository.CostHeld cost) {
        List<Breach> breaches = new ArrayList<>();
        required("share", amount, breaches);
        if (breaches.isEmpty()
                && cost != null
                && amount.plus(cost.othersShared()).compareTo(cost.amount()) > 0) {
            breaches.add(new Breach(
                    "share",
                    "budget.share.overCost",
                    List.of(cost.amount(), cost.amount().minus(cost.othersShared()))));
        }
        return breaches;
    }

    static void reject(List<Breach> breaches) {
        if (!breaches.isEmpty()) {
            throw new ProgrammeRejectedException(breaches);
        }
    }

    private static void required(String field, Euros amount, List<Breach> breaches) {
        if (amount == null) {
            breaches.add(new Breach(field, "budget.amount.required"));
        } else {
            positive(field, amount, breaches);
        }
    }

    private static void positive(String field, Euros amount, List<Breach> breaches) {
        if (amount != null && amount.negative()) {
            breaches.add(new Breach(field, "budget.amount.negative"));
        }
    }
}
