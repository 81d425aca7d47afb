package fr.passerelle.programmes.internal;

import fr.passerelle.common.Euros;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme_funder, budget_line, action_cost and action_cost_share tables. */
@Repository
@RequiredArgsConstructor
class BudgetRepository {

    /** A funder as a programme's form names it: a directory organisation (id and name), or a name alone. */
    record FunderPick(UUID organisationId, String name) {}

    private final JdbcClient jdbc;

    /**
     * Makes the programme's funders these, in this order: a funder kept (same organisation, or same name) keeps its
     * amounts and gets linked to its organisation; a funder left out goes, with its amounts.
     */
    void setFunders(UUID programmeId, List<FunderPick> picks) {
        List<UUID> kept = new ArrayList<>();
        for (FunderPick pick : picks) {
            kept.add(jdbc.sql(
                            """
                            update programme_funder set position = :position, name = :name,
                                   organisation_id = coalesce(:organisation, organisation_id)
                            where id = (select id from programme_funder
                                        where programme_id = :p and (organisation_id = :organisation or name = :name)
                                        order by (organisation_id = :organisation) desc nulls last limit 1)
                            returning id
                            """)
                    .param("p", programmeId)
                    .param("position", kept.size())
                    .param("organisation", pick.organisationId())
                    .param("name", pick.name())
                    .query(UUID.class)
                    .optional()
                    .orElseGet(() -> insertFunder(programmeId, kept.size(), pick)));
        }
        jdbc.sql("delete from programme_funder where programme_id = :p and not (id = any(cast(:kept as uuid[])))")
                .param("p", programmeId)
                .param("kept", kept.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    private UUID insertFunder(UUID programmeId, int position, FunderPick pick) {
        return jdbc.sql(
                        """
                        insert into programme_funder (programme_id, position, organisation_id, name)
                        values (:p, :position, :organisation, :name) returning id
                        """)
                .param("p", programmeId)
                .param("position", position)
                .param("organisation", pick.organisationId())
                .param("name", pick.name())
                .query(UUID.class)
                .single();
    }

    List<Funder> funders(UUID programmeId) {
        return jdbc.sql("select * from programme_funder where programme_id = :p order by position")
                .param("p", programmeId)
                .query(BudgetRepository::funderRow)
                .list();
    }

    Optional<Funder> funder(UUID id) {
        return jdbc.sql("select * from programme_funder where id = :id")
                .param("id", id)
                .query(BudgetRepository::funderRow)
                .optional();
    }

    /** The funders that name no organisation yet, for start-up to link them. */
    List<Funder> unlinkedFunders() {
        return jdbc.sql("select * from programme_funder where organisation_id is null")
                .query(BudgetRepository::funderRow)
                .list();
    }

    /** Links a funder to its organisation, unless the programme already has that organisation as another funder. */
    void link(UUID funderId, UUID organisationId) {
        jdbc.sql(
                        """
                        update programme_funder f set organisation_id = :organisation where id = :id
                        and not exists (select 1 from programme_funder o
                                        where o.programme_id = f.programme_id and o.organisation_id = :organisation)
                        """)
                .param("id", funderId)
                .param("organisation", organisationId)
                .update();
    }

    void setFunding(UUID funderId, Euros requested, Euros granted, Euros paid) {
        jdbc.sql(
                        """
                        update programme_funder set requested_cents = :requested, granted_cents = :granted,
                                                    paid_cents = :paid
                        where id = :id
                        """)
                .param("id", funderId)
                .param("requested", requested.cents())
                .param("granted", granted == null ? null : granted.cents())
                .param("paid", paid.cents())
                .update();
    }

    UUID insertLine(UUID programmeId, String label, Euros planned, Euros spent) {
        return jdbc.sql(
                        """
                        insert into budget_line (programme_id, label, planned_cents, spent_cents, created_at)
                        values (:p, :label, :planned, :spent, clock_timestamp()) returning id
                        """)
                .param("p", programmeId)
                .param("label", label.strip())
                .param("planned", planned.cents())
                .param("spent", spent.cents())
                .query(UUID.class)
                .single();
    }

    void updateLine(UUID id, Euros planned, Euros spent) {
        jdbc.sql("update budget_line set planned_cents = :planned, spent_cents = :spent where id = :id")
                .param("id", id)
                .param("planned", planned.cents())
                .param("spent", spent.cents())
                .update();
    }

    Optional<UUID> lineByLabel(UUID programmeId, String label) {
        return jdbc.sql("select id from budget_line where programme_id = :p and lower(label) = lower(:label)")
                .param("p", programmeId)
                .param("label", label.strip())
                .query(UUID.class)
                .optional();
    }

    Optional<BudgetLine> line(UUID id) {
        return jdbc.sql("select * from budget_line where id = :id")
                .param("id", id)
                .query(BudgetRepository::lineRow)
                .optional();
    }

    List<BudgetLine> lines(UUID programmeId) {
        return jdbc.sql("select * from budget_line where programme_id = :p order by created_at, label")
                .param("p", programmeId)
                .query(BudgetRepository::lineRow)
                .list();
    }

    void deleteLine(UUID id) {
        jdbc.sql("delete from budget_line where id = :id").param("id", id).update();
    }

    UUID insertCost(UUID actionId, String label, Euros amount) {
        return jdbc.sql(
                        """
                        insert into action_cost (action_id, label, amount_cents, created_at)
                        values (:a, :label, :amount, clock_timestamp()) returning id
                        """)
                .param("a", actionId)
                .param("label", label.strip())
                .param("amount", amount.cents())
                .query(UUID.class)
                .single();
    }

    Optional<UUID> costByLabel(UUID actionId, String label) {
        return jdbc.sql("select id from action_cost where action_id = :a and lower(label) = lower(:label)")
                .param("a", actionId)
                .param("label", label.strip())
                .query(UUID.class)
                .optional();
    }

    /** A cost's action and amount, and what its shares other than the territory's add up to. */
    record CostHeld(UUID actionId, Euros amount, Euros othersShared) {}

    Optional<CostHeld> cost(UUID costId, UUID exceptTerritory) {
        return jdbc.sql(
                        """
                        select c.action_id, c.amount_cents,
                               (select coalesce(sum(s.amount_cents), 0) from action_cost_share s
                                where s.cost_id = c.id and s.territory_id is distinct from :territory) as others
                        from action_cost c where c.id = :id
                        """)
                .param("id", costId)
                .param("territory", exceptTerritory)
                .query((rs, row) -> new CostHeld(
                        rs.getObject("action_id", UUID.class),
                        Euros.of(rs.getLong("amount_cents")),
                        Euros.of(rs.getLong("others"))))
                .optional();
    }

    void deleteCost(UUID id) {
        jdbc.sql("delete from action_cost where id = :id").param("id", id).update();
    }

    /** Sets a territory's share of a cost; a share of zero takes the territory off the cost. */
    void setShare(UUID costId, UUID territoryId, Euros amount) {
        if (amount.cents() == 0) {
            jdbc.sql("delete from action_cost_share where cost_id = :c and territory_id = :t")
                    .param("c", costId)
                    .param("t", territoryId)
                    .update();
            return;
        }
        jdbc.sql(
                        """
                        insert into action_cost_share (cost_id, territory_id, amount_cents) values (:c, :t, :amount)
                        on conflict (cost_id, territory_id) do update set amount_cents = excluded.amount_cents
                        """)
                .param("c", costId)
                .param("t", territoryId)
                .param("amount", amount.cents())
                .update();
    }

    /** An action's costs, each with its shares (the territories' names left for the caller to fill in). */
    List<ActionCost> costs(UUID actionId) {
        List<ActionCost> costs = jdbc.sql("select * from action_cost where action_id = :a order by created_at, label")
                .param("a", actionId)
                .query((rs, row) -> new ActionCost(
                        rs.getObject("id", UUID.class),
                        actionId,
                        rs.getString("label"),
                        Euros.of(rs.getLong("amount_cents")),
                        List.of()))
                .list();
        return costs.stream()
                .map(cost -> new ActionCost(cost.id(), actionId, cost.label(), cost.amount(), shares(cost.id())))
                .toList();
    }

    private List<ActionCost.Share> shares(UUID costId) {
        return jdbc.sql("select * from action_cost_share where cost_id = :c order by territory_id")
                .param("c", costId)
                .query((rs, row) -> new ActionCost.Share(
                        rs.getObject("territory_id", UUID.class), null, Euros.of(rs.getLong("amount_cents"))))
                .list();
    }

    private static Funder funderRow(ResultSet rs, int row) throws SQLException {
        long granted = rs.getLong("granted_cents");
        boolean undecided = rs.wasNull();
        return new Funder(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                Euros.of(rs.getLong("requested_cents")),
                undecided ? null : Euros.of(granted),
                Euros.of(rs.getLong("paid_cents")));
    }

    private static BudgetLine lineRow(ResultSet rs, int row) throws SQLException {
        return new BudgetLine(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getString("label"),
                Euros.of(rs.getLong("planned_cents")),
                Euros.of(rs.getLong("spent_cents")));
    }
}
