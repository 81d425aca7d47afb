package fr.passerelle.contacts;

import fr.passerelle.accounts.AccountUser;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * {@link ContactHolders} told by three functions: a module owning a kind of holder extends it as one bean whose
 * constructor says how its holders are found, who edits them and how a person names them.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class DeclaredContactHolders implements ContactHolders {

    private final ContactHolderKind kind;
    private final Function<UUID, Optional<ContactHolder>> holder;
    private final BiPredicate<AccountUser, UUID> edits;
    private final Function<String, Optional<UUID>> named;

    @Override
    public ContactHolderKind kind() {
        return kind;
    }

    @Override
    public Optional<ContactHolder> holder(UUID id) {
        return holder.apply(id);
    }

    @Override
    public boolean edits(AccountUser user, UUID id) {
        return edits.test(user, id);
    }

    @Override
    public Optional<UUID> named(String reference) {
        return named.apply(reference);
    }
}
