package fr.passerelle.programmes.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Vocabulary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The action_partner and action_talk tables; organisations' names are the directory's, read by the caller. */
@Repository
@RequiredArgsConstructor
class ActionPartnerRepository {

    private final JdbcClient jdbc;

    /** A partner's row, its organisation not yet named. */
    record Row(UUID id, UUID actionId, UUID organisationId, String role, String speakerName, String speakerFunction) {

        ActionPartner named(String organisation) {
            return new ActionPartner(
                    id,
                    actionId,
                    organisationId,
                    organisation,
                    Vocabulary.parse(PartnerRole.class, role).orElseThrow(),
                    speakerName,
                    speakerFunction);
        }
    }

    List<Row> partners(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select id, action_id, organisation_id, role, speaker_name, speaker_function
                        from action_partner where action_id in (:actions)
                        order by array_position(array['co_organisateur', 'accueil', 'intervenant', 'relais'], role),
                                 created_at, id
                        """)
                .param("actions", actionIds)
                .query(Row.class)
                .list();
    }

    Optional<Row> partner(UUID id) {
        return jdbc.sql(
                        """
                        select id, action_id, organisation_id, role, speaker_name, speaker_function
                        from action_partner where id = :id
                        """)
                .param("id", id)
                .query(Row.class)
                .optional();
    }

    /** Whether the organisation already holds that role in the action, with that speaker (or none). */
    boolean taken(UUID actionId, UUID organisationId, PartnerRole role, String speakerName) {
        return jdbc.sql(
                        """
                        select exists (select 1 from action_partner
                                       where action_id = :action and organisation_id = :organisation and role = :role
                                         and lower(coalesce(speaker_name, '')) = lower(coalesce(:speaker, '')))
                        """)
                .param("action", actionId)
                .param("organisation", organisationId)
                .param("role", role.code())
                .param("speaker", blankToNull(speakerName))
                .query(Boolean.class)
                .single();
    }

    /** Adds the partner; false when the same pairing came in meanwhile (the unique index holds it). */
    boolean insert(UUID actionId, UUID organisationId, PartnerDraft draft) {
        return jdbc.sql(
                                """
                        insert into action_partner (action_id, organisation_id, role, speaker_name, speaker_function)
                        values (:action, :organisation, :role, :speaker, :function)
                        on conflict do nothing
                        """)
                        .param("action", actionId)
                        .param("organisation", organisationId)
                        .param("role", draft.role().code())
                        .param("speaker", blankToNull(draft.speakerName()))
                        .param("function", blankToNull(draft.speakerFunction()))
                        .update()
                == 1;
    }

    void delete(UUID id) {
        jdbc.sql("delete from action_partner where id = :id").param("id", id).update();
    }

    List<UUID> talks(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select event_id from action_talk where action_id in (:actions)")
                .param("actions", actionIds)
                .query(UUID.class)
                .list();
    }

    /** Adds the talk; false when the event became a talk or an action meanwhile. */
    boolean insertTalk(UUID actionId, UUID eventId) {
        return jdbc.sql(
                                """
                        insert into action_talk (action_id, event_id)
                        select :action, :event
                        where not exists (select 1 from programme_action where event_id = :event)
                        on conflict do nothing
                        """)
                        .param("action", actionId)
                        .param("event", eventId)
                        .update()
                == 1;
    }

    void deleteTalk(UUID actionId, UUID eventId) {
        jdbc.sql("delete from action_talk where action_id = :action and event_id = :event")
                .param("action", actionId)
                .param("event", eventId)
                .update();
    }
}
