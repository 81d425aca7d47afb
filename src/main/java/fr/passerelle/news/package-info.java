/**
 * The network's news: articles (an event announced, a working group started, a resource released) on the site and in
 * an Atom feed, and the newsletter that people subscribe to without an account (double opt-in, one-click unsubscribe).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "accounts", "events", "groups", "resources", "notifications", "web"})
package fr.passerelle.news;
