package fr.passerelle.accounts;

import java.util.List;

/**
 * The pages of one module that only a signed-in user opens. Each module's web package declares its own as a bean;
 * the accounts module applies them all, after the administration ({@code /admin/**}, for administrators whichever
 * module serves it), and lets every other page through.
 */
public interface ProtectedPages {

    /** Path patterns of the module's pages, a star standing for one segment and two stars for any number. */
    List<String> signedIn();

    /**
     * Path patterns of the module's pages that partner sites show in a frame: public, read-only, without a session;
     * each page says in its own Content-Security-Policy which sites may frame it.
     */
    default List<String> embeddable() {
        return List.of();
    }

    /**
     * Path patterns of the module's one-click unsubscribe addresses (RFC 8058): mail providers POST to them on their
     * own, with no session and so no anti-forgery token to forge; the address's secret token is the proof.
     */
    default List<String> oneClickUnsubscribe() {
        return List.of();
    }

    /**
     * Path patterns of the module's JSON API addresses that partner sites POST to from their servers, anonymously and
     * with no session to forge: the API chain asks no anti-forgery token there.
     */
    default List<String> anonymousApiWrites() {
        return List.of();
    }

    /**
     * Path patterns of the module's pages for a network's staff (coordinators and administrators), even under the
     * administration; the module's service then keeps each network's things to its own staff.
     */
    default List<String> networkStaff() {
        return List.of();
    }
}
