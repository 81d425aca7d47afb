package fr.passerelle.programmes.web;

import fr.passerelle.common.Euros;

/** A line of a programme's budget: its label, what was planned and what was spent, amounts typed the French way. */
record BudgetLineForm(String label, Euros planned, Euros spent) {

    static BudgetLineForm empty() {
        return new BudgetLineForm("", null, null);
    }
}
