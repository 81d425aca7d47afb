package fr.passerelle.directory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an organisation's response record comes from: the module that sends it projects (pathway) implements it,
 * so that the directory shows the record without depending on that module.
 */
public interface ResponseRecords {

    Optional<ResponseRecord> of(UUID organisationId);

    /** The records of those of these organisations that received referrals, in one read (for rankings). */
    Map<UUID, ResponseRecord> of(Collection<UUID> organisationIds);
}
