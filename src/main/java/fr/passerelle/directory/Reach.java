package fr.passerelle.directory;

import fr.passerelle.accounts.UserAccount;
import java.util.List;
import java.util.UUID;

/**
 * How a structure of the directory hears of what is sent to it: through its active members on the platform, or,
 * when it has none, through the contact address of its directory entry (which only a coordinator approves).
 *
 * @param members the structure's active members; when there are any, they are the ones told
 * @param address the entry's contact address, used only when there are no members; null when there is none
 */
public record Reach(UUID organisationId, String name, List<UserAccount> members, String address) {

    public Reach {
        members = List.copyOf(members);
    }

    /** Whether anyone would hear of it: a member, or else the contact address. */
    public boolean reachable() {
        return !members.isEmpty() || address != null;
    }

    /** Whether it goes to the contact address, to be answered from the e-mail's link without an account. */
    public boolean byAddress() {
        return members.isEmpty() && address != null;
    }
}
