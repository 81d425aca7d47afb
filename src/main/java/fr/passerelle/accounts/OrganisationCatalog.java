package fr.passerelle.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisations users can be members of. Implemented by the module that owns organisations
 * (the directory), so that accounts does not depend on it.
 */
public interface OrganisationCatalog {

    List<OrganisationRef> all();

    Optional<OrganisationRef> find(UUID id);
}
