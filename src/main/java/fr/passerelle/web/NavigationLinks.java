package fr.passerelle.web;

import java.util.List;

/** The links that a module adds to the main navigation, declared as a bean of the module's web package. */
public interface NavigationLinks {

    List<NavigationLink> links();
}
