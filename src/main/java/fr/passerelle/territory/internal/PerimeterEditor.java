package fr.passerelle.territory.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.PerimeterChanged;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.PerimeterMember;
import fr.passerelle.territory.imports.CommuneCodeFile;
import fr.passerelle.territory.imports.ImportRejectedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The perimeters a network maintains (pays, parks, GAL LEADER, its own unions) from intercommunalities and communes:
 * every draft is checked whole, previewed as the communes it adds and removes, and saved in one transaction that tells
 * whoever keeps coverage ({@link PerimeterChanged}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PerimeterEditor {

    private static final int NAME_MIN = 3;
    private static final int NAME_MAX = 150;

    private final JdbcClient jdbc;
    private final PerimeterRepository perimeters;
    private final ApplicationEventPublisher events;

    /** The perimeters of the kinds a network maintains, by kind and name. */
    public List<EditablePerimeter> editable() {
        return jdbc.sql(
                        """
                        select p.id, p.kind, p.name,
                               (select count(*) from perimeter_member m where m.perimeter_id = p.id
                                  and m.member_kind = 'epci') as epci,
                               (select count(*) from perimeter_member m where m.perimeter_id = p.id
                                  and m.member_kind = 'commune') as communes
                        from perimeter p where p.code is null
                        order by array_position(array['pays','pnr','gal_leader','custom'], p.kind), p.name, p.id
                        """)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new EditablePerimeter(
                            id,
                            PerimeterKind.fromDb(rs.getString("kind")),
                            rs.getString("name"),
                            rs.getInt("epci"),
                            rs.getInt("communes"),
                            perimeters.communeCodes(List.of(id)).size());
                })
                .list();
    }

    /** The perimeter as a draft to edit; empty for an official territory or an unknown id. */
    public Optional<PerimeterDraft> draft(UUID id) {
        return editablePerimeter(id).map(perimeter -> {
            List<PerimeterMember> members = perimeters.members(id);
            return new PerimeterDraft(
                    perimeter.kind(),
                    perimeter.name(),
                    codes(members, PerimeterKind.EPCI),
                    codes(members, PerimeterKind.COMMUNE));
        });
    }

    /** The official territories of the perimeter other than intercommunalities and communes, which the draft keeps. */
    public List<String> otherMembers(UUID id) {
        if (id == null) {
            return List.of();
        }
        return perimeters.members(id).stream()
                .filter(member -> member.kind() != PerimeterKind.EPCI && member.kind() != PerimeterKind.COMMUNE)
                .map(member -> perimeters.officialName(member.kind(), member.code()))
                .toList();
    }

    /**
     * What saving the draft would change.
     *
     * @param id the perimeter edited, or null for a new one
     * @throws PerimeterRejectedException when the draft breaks a rule
     */
    public PerimeterPreview preview(UUID id, PerimeterDraft draft) {
        PerimeterDraft.Members members = check(id, draft);
        Set<String> before = id == null ? Set.of() : new HashSet<>(perimeters.communeCodes(List.of(id)));
        Set<String> after = new HashSet<>(communesOf(members, others(id)));
        List<String> added =
                labels(after.stream().filter(code -> !before.contains(code)).toList());
        List<String> removed =
                labels(before.stream().filter(code -> !after.contains(code)).toList());
        return new PerimeterPreview(after.size(), added, removed);
    }

    /**
     * Creates the perimeter, or replaces its name, kind and members, in one transaction.
     *
     * @param id the perimeter edited, or null for a new one
     * @return the perimeter's id
     * @throws PerimeterRejectedException when the draft breaks a rule; nothing was written
     */
    @Transactional
    public UUID save(UUID id, PerimeterDraft draft) {
        return save(id, draft, fr.passerelle.accounts.Network.DEFAULT);
    }

    /** The perimeters' networks, by perimeter, for those a network maintains. */
    public java.util.Map<UUID, UUID> networks() {
        java.util.Map<UUID, UUID> networks = new java.util.HashMap<>();
        jdbc.sql("select id, network_id from perimeter where code is null").query(rs -> {
            networks.put(rs.getObject("id", UUID.class), rs.getObject("network_id", UUID.class));
        });
        return networks;
    }

    /** The network a perimeter belongs to. */
    public Optional<UUID> networkOf(UUID id) {
        return jdbc.sql("select network_id from perimeter where id = :id")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    /**
     * Creates the perimeter in a network, or replaces its name, kind and members (its network stays), in one
     * transaction.
     *
     * @throws PerimeterRejectedException when the draft breaks a rule; nothing was written
     */
    @Transactional
    public UUID save(UUID id, PerimeterDraft draft, UUID network) {
        PerimeterDraft.Members members = check(id, draft);
        String name = draft.name().strip();
        Set<String> before;
        boolean renamed;
        if (id == null) {
            id = jdbc.sql("insert into perimeter (kind, name, network_id) values (:kind, :name, :network) returning id")
                    .param("kind", draft.kind().dbValue())
                    .param("network", network)
                    .param("name", name)
                    .query(UUID.class)
                    .single();
            before = Set.of();
            renamed = true;
        } else {
            Perimeter locked = jdbc.sql(
                            "select id, kind, name, code from perimeter where id = :id and code is null for update")
                    .param("id", id)
                    .query((rs, row) -> new Perimeter(
                            rs.getObject("id", UUID.class),
                            PerimeterKind.fromDb(rs.getString("kind")),
                            rs.getString("name"),
                            null))
                    .optional()
                    .orElseThrow(() -> new PerimeterRejectedException(List.of(new Breach(null, "perimeters.gone"))));
            before = new HashSet<>(perimeters.communeCodes(List.of(id)));
            renamed = !locked.name().equals(name) || locked.kind() != draft.kind();
            jdbc.sql("update perimeter set kind = :kind, name = :name where id = :id")
                    .param("kind", draft.kind().dbValue())
                    .param("name", name)
                    .param("id", id)
                    .update();
            jdbc.sql("delete from perimeter_member where perimeter_id = :id and member_kind in ('epci', 'commune')")
                    .param("id", id)
                    .update();
        }
        for (PerimeterMember member : members.asMembers()) {
            jdbc.sql("insert into perimeter_member values (:perimeter, :kind, :code) on conflict do nothing")
                    .param("perimeter", id)
                    .param("kind", member.kind().dbValue())
                    .param("code", member.code())
                    .update();
        }
        Set<String> after = new HashSet<>(perimeters.communeCodes(List.of(id)));
        Set<String> changed = new HashSet<>(renamed ? after : Set.of());
        after.stream().filter(code -> !before.contains(code)).forEach(changed::add);
        before.stream().filter(code -> !after.contains(code)).forEach(changed::add);
        if (renamed || !changed.isEmpty()) {
            events.publishEvent(new PerimeterChanged(id, changed));
        }
        return id;
    }

    /**
     * The commune codes of an uploaded file, one a line, for the draft's communes.
     *
     * @throws ImportRejectedException when the file is empty, has no column of codes or wrong lines, each named
     */
    public List<String> communesOfFile(byte[] content, String fileName) {
        return CommuneCodeFile.read(content, fileName, this::existingCommunes);
    }

    private PerimeterDraft.Members check(UUID id, PerimeterDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        if (draft.kind() == null || draft.kind().official()) {
            breaches.add(new Breach("kind", "perimeters.kind.required"));
        }
        int name = draft.name() == null ? 0 : draft.name().strip().length();
        if (name < NAME_MIN || name > NAME_MAX) {
            breaches.add(new Breach("name", "perimeters.name.length", List.of(NAME_MIN, NAME_MAX)));
        }
        List<String> epci = epci(draft.epci(), breaches);
        List<String> communes = List.of();
        try {
            communes = CommuneCodeFile.typed(draft.communes(), this::existingCommunes);
        } catch (ImportRejectedException wrong) {
            wrong.problems().stream()
                    .skip(1) // the summary, said by the form's own
                    .map(problem -> new Breach("communes", problem.getCodes()[0], arguments(problem)))
                    .forEach(breaches::add);
        }
        if (breaches.stream().noneMatch(b -> "communes".equals(b.field()) || "epci".equals(b.field()))
                && epci.isEmpty()
                && communes.isEmpty()
                && others(id).isEmpty()) {
            breaches.add(new Breach("communes", "perimeters.members.required"));
        }
        if (!breaches.isEmpty()) {
            throw new PerimeterRejectedException(breaches);
        }
        return new PerimeterDraft.Members(epci, communes);
    }

    private List<String> epci(String typed, List<Breach> breaches) {
        Set<String> codes = new LinkedHashSet<>();
        for (String token : (typed == null ? "" : typed.strip()).split("[,;\\s]+")) {
            if (!token.isEmpty()) {
                codes.add(token);
            }
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = jdbc.sql("select siren from epci where siren = any(:codes::text[])")
                .param("codes", codes.toArray(String[]::new))
                .query(String.class)
                .set();
        List<String> unknown =
                codes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            breaches.add(new Breach("epci", "perimeters.epci.unknown", List.of(String.join(", ", unknown))));
        }
        return List.copyOf(codes);
    }

    private Set<String> existingCommunes(Collection<String> codes) {
        return jdbc.sql("select code from commune where code = any(:codes::text[])")
                .param("codes", codes.toArray(String[]::new))
                .query(String.class)
                .set();
    }

    private List<PerimeterMember> others(UUID id) {
        return id == null
                ? List.of()
                : perimeters.members(id).stream()
                        .filter(m -> m.kind() != PerimeterKind.EPCI && m.kind() != PerimeterKind.COMMUNE)
                        .toList();
    }

    /** The communes the members would cover, read from the geography without writing anything. */
    private List<String> communesOf(PerimeterDraft.Members members, List<PerimeterMember> others) {
        List<PerimeterMember> all = new ArrayList<>(members.asMembers());
        all.addAll(others);
        return jdbc.sql(
                        """
                        select c.code from commune c
                        where c.code = any(:communes::text[]) or c.epci_siren = any(:epci::text[])
                           or c.departement_code = any(:departements::text[]) or c.region_code = any(:regions::text[])
                           or :france
                        """)
                .param("communes", codes(all, PerimeterKind.COMMUNE).lines().toArray(String[]::new))
                .param("epci", codes(all, PerimeterKind.EPCI).lines().toArray(String[]::new))
                .param(
                        "departements",
                        codes(all, PerimeterKind.DEPARTEMENT).lines().toArray(String[]::new))
                .param("regions", codes(all, PerimeterKind.REGION).lines().toArray(String[]::new))
                .param("france", all.stream().anyMatch(m -> m.kind() == PerimeterKind.FRANCE))
                .query(String.class)
                .list();
    }

    /** "Name (code)" for each commune, by name. */
    private List<String> labels(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select name || ' (' || code || ')' from commune where code = any(:codes::text[])"
                        + " order by search_name, code")
                .param("codes", codes.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    private Optional<Perimeter> editablePerimeter(UUID id) {
        return perimeters.find(id).filter(perimeter -> !perimeter.kind().official());
    }

    private static String codes(List<PerimeterMember> members, PerimeterKind kind) {
        return members.stream()
                .filter(member -> member.kind() == kind)
                .map(PerimeterMember::code)
                .collect(Collectors.joining("\n"));
    }

    private static List<Object> arguments(org.springframework.context.MessageSourceResolvable problem) {
        Object[] arguments = problem.getArguments();
        return arguments == null ? List.of() : java.util.Arrays.asList(arguments);
    }
}
