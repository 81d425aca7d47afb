package fr.passerelle.common;

/**
 * The demonstration's one person met in several modules under one address (a session of 2016, the 2016 stand, a
 * welcome request, an offer alert), so that the coordinators' people's page shows a whole history.
 */
public final class DemoPerson {

    public static final String NAME = "Céline Morel";
    public static final String EMAIL = "celine.morel@exemple.invalid";

    private DemoPerson() {}
}
