package fr.passerelle.intake.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.common.privacy.AddressData;
import fr.passerelle.common.privacy.ExportRow;
import fr.passerelle.common.privacy.HistoryItem;
import fr.passerelle.common.privacy.PersonScope;
import fr.passerelle.intake.HolderData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The holders' files kept under an address, for the people's page: each project with its requests to be welcomed
 * and what the other modules keep about it (referrals…), in the export; the requests and referrals in the history.
 * Erased as a holder's own erasure does it: the files are anonymised (the figures still count the projects and
 * requests), the other modules' words about them go, and an account that was only a holder's is deleted. A holder's
 * own export and erasure already hold their files: {@link HolderRights} leaves this part out. A project belongs to
 * the networks whose régions hold one of the communes it aims at; a network's coordinators reach its projects, and
 * erase a holder only when every file of theirs is their network's (the national level erases the others).
 */
@Component
@RequiredArgsConstructor
class IntakeAddressData implements AddressData {

    private final JdbcClient jdbc;
    private final IntakeRepository repository;
    private final List<HolderData> others;
    private final HolderErasure erasure;
    private final Accounts accounts;
    private final CoordinatorReach reach;

    @Override
    public String section() {
        return "dossiers_de_porteur";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return export(email, PersonScope.NATIONAL);
    }

    /** One item per project: the holder's details, the project, its requests, then each other module's part. */
    @Override
    public List<Map<String, Object>> export(String email, PersonScope scope) {
        List<Map<String, Object>> projects = jdbc.sql(
                        """
                        select p.id, h.name as nom, h.email as e_mail, h.phone as telephone, h.members as membres,
                               p.title as projet, p.description, p.kind as nature_du_projet, p.stage as etape,
                               p.created_at as cree_le
                        from project p join project_holder h on h.id = p.holder_id
                        where lower(h.email) = lower(:email) and h.erased_at is null and %s
                        order by p.created_at
                        """
                                .formatted(PROJECT_IN_SCOPE))
                .param("email", email)
                .param("departements", reach.departements(scope))
                .query(ExportRow.BY_LABEL)
                .list();
        for (Map<String, Object> project : projects) {
            List<UUID> id = List.of(UUID.fromString((String) project.remove("id")));
            project.put("demandes", requests(id.get(0)));
            others.forEach(other -> project.put(other.section(), other.export(id)));
        }
        return projects;
    }

    @Override
    public List<HistoryItem> history(String email) {
        return history(email, PersonScope.NATIONAL);
    }

    @Override
    public List<HistoryItem> history(String email, PersonScope scope) {
        String[] departements = reach.departements(scope);
        List<HistoryItem> items = new ArrayList<>(jdbc.sql(
                        """
                        select r.id, r.created_at, p.title, r.taken_at from intake_request r
                        join project p on p.id = r.project_id join project_holder h on h.id = p.holder_id
                        where lower(h.email) = lower(:email) and h.erased_at is null and %s
                        """
                                .formatted(PROJECT_IN_SCOPE))
                .param("email", email)
                .param("departements", departements)
                .query((rs, row) -> new HistoryItem(
                        rs.getObject("created_at", OffsetDateTime.class),
                        "demande_accueil",
                        rs.getString("title"),
                        rs.getObject("taken_at") == null ? "en_attente" : "prise",
                        "/accueil/demandes/" + rs.getObject("id", UUID.class)))
                .list());
        List<UUID> projects = jdbc.sql(
                        """
                        select p.id from project p join project_holder h on h.id = p.holder_id
                        where lower(h.email) = lower(:email) and h.erased_at is null and %s
                        """
                                .formatted(PROJECT_IN_SCOPE))
                .param("email", email)
                .param("departements", departements)
                .query(UUID.class)
                .list();
        if (!projects.isEmpty()) {
            others.forEach(other -> items.addAll(other.history(projects)));
        }
        return items;
    }

    @Override
    public void erase(String email) {
        erase(email, PersonScope.NATIONAL);
    }

    /**
     * Erases the files under the address whose every project is within the scope; an account left with no file, when
     * it was only a holder's, goes too.
     */
    @Override
    public void erase(String email, PersonScope scope) {
        List<UUID> holders = jdbc.sql(
                        """
                        select h.id from project_holder h
                        where lower(h.email) = lower(:email) and h.erased_at is null
                          and not exists (select 1 from project p where p.holder_id = h.id and not %s)
                        order by h.created_at
                        """
                                .formatted(PROJECT_IN_SCOPE))
                .param("email", email)
                .param("departements", reach.departements(scope))
                .query(UUID.class)
                .list();
        List<UUID> users = holders.stream()
                .map(id -> repository.holder(id).orElseThrow().userId())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        erasure.erase(holders);
        users.stream().filter(user -> repository.holdersOfUser(user).isEmpty()).forEach(accounts::deleteProjectHolder);
    }

    /** Whether the project {@code p} is within the scope's départements {@code :departements}. */
    private static final String PROJECT_IN_SCOPE = IntakeRepository.PROJECT_IN_DEPARTEMENTS;

    private List<Map<String, Object>> requests(UUID project) {
        return jdbc.sql(
                        """
                        select reference, channel as canal, referent_name as referent, taken_at as prise_le,
                               listening_note as note_d_ecoute, created_at as demandee_le
                        from intake_request where project_id = :project order by created_at
                        """)
                .param("project", project)
                .query(ExportRow.BY_LABEL)
                .list();
    }
}
