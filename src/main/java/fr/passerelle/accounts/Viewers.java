package fr.passerelle.accounts;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;

/** Who sees a link of the main navigation, said from the signed-in user's roles; a visitor has none. */
public final class Viewers {

    private Viewers() {}

    public static Predicate<Authentication> everyone() {
        return authentication -> true;
    }

    /** Signed-in users that the rule accepts. */
    public static Predicate<Authentication> users(Predicate<AccountUser> rule) {
        return authentication -> {
            AccountUser user = user(authentication);
            return user != null && rule.test(user);
        };
    }

    /** Signed-in users with one of the roles at least. */
    public static Predicate<Authentication> withAnyRole(Role... roles) {
        return users(user -> List.of(roles).stream().anyMatch(user::hasRole));
    }

    /** Visitors, and signed-in users with the role. */
    public static Predicate<Authentication> visitorsAnd(Role role) {
        return withAnyRole(role).or(authentication -> user(authentication) == null);
    }

    private static AccountUser user(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user ? user : null;
    }
}
