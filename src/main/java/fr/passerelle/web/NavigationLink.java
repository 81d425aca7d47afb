package fr.passerelle.web;

import java.util.function.Predicate;
import org.springframework.security.core.Authentication;

/**
 * A link of the main navigation: its rank among every module's links, where it goes, the message key of its label
 * and who sees it (the request's authentication; a visitor's is anonymous or absent).
 */
public record NavigationLink(int rank, String href, String labelKey, Predicate<Authentication> shownTo) {}
