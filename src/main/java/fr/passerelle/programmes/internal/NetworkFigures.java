package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Networks;
import fr.passerelle.common.MonthRange;
import fr.passerelle.events.NetworkAgendas;
import fr.passerelle.events.NetworkAgendas.Held;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's figures per regional network and their sums: the national level (administrators) reads every network, a
 * coordinator only theirs.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NetworkFigures {

    /** One network's year, or the sum of several. */
    public record Row(String name, int programmes, int actions, int events, int registered, int attended) {

        Row plus(Row other) {
            return new Row(
                    name,
                    programmes + other.programmes,
                    actions + other.actions,
                    events + other.events,
                    registered + other.registered,
                    attended + other.attended);
        }
    }

    /** The networks' rows, and their total. */
    public record Year(int year, List<Row> networks, Row total) {}

    private final Networks networks;
    private final Programmes programmes;
    private final NetworkAgendas agendas;

    /**
     * The year's figures of the networks the user reads, and their sum.
     *
     * @throws AccessDeniedException for anyone but coordinators and administrators
     */
    public Year of(AccountUser user, int year) {
        if (!programmes.keeps(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
        Map<UUID, int[]> counts = programmes.countsByNetwork(year);
        Map<UUID, Held> held = agendas.heldByNetwork(MonthRange.year(year));
        List<Row> rows = networks.readableBy(user).stream()
                .map(network -> row(network, counts.getOrDefault(network.id(), new int[2]), held))
                .toList();
        Row total = rows.stream().reduce(new Row("", 0, 0, 0, 0, 0), Row::plus);
        return new Year(year, rows, total);
    }

    private static Row row(Network network, int[] counts, Map<UUID, Held> held) {
        Held events = held.getOrDefault(network.id(), Held.NONE);
        return new Row(network.name(), counts[0], counts[1], events.events(), events.registered(), events.attended());
    }
}
