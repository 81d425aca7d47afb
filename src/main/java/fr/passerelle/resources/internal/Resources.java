package fr.passerelle.resources.internal;

import static fr.passerelle.common.Texts.blankToNull;
import static fr.passerelle.common.Texts.chosen;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.SearchSynonyms;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.Events;
import fr.passerelle.groups.GroupReaders;
import fr.passerelle.groups.Groups;
import fr.passerelle.resources.ResourcePublished;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The resource library's facade: coordinators publish documents and tools (a file or a link); anyone searches the
 * public ones — the words inside the files too, in French, accents ignored — and the network's members (signed-in
 * professionals) the reserved ones as well; each download is counted.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Resources {

    /** A search of the library: words, a kind, a theme (null for any), the page from 0. */
    public record Query(String text, ResourceKind kind, String theme, int page, int size) {}

    /**
     * A resource found, with the words around what matched.
     *
     * @param snippet the passage that matched, the words between « and », null without words searched
     */
    public record Hit(Resource resource, String snippet) {}

    /** A file to send: its bytes, what it is called and what it is. */
    public record Download(byte[] content, String name, String contentType) {}

    /** The columns a resource is read from: not its search vectors nor its file's text, which can be long. */
    private static final String COLUMNS =
            """
            r.id, r.title, r.kind, r.summary, r.keywords, r.themes, r.audience, r.author_organisation_id, r.author,
            r.published_on, r.visibility, r.link, r.file_name, r.file_type, r.file_size, r.downloads, r.network_id,
            array(select g.group_id from resource_group g where g.resource_id = r.id order by g.group_id) as group_ids,
            array(select e.event_id from resource_event e where e.resource_id = r.id order by e.event_id) as event_ids""";

    /**
     * What the search reads, written with the row: the title first, then the summary, keywords, themes and
     * audience ({@code :words}), then the file's text (the argument: a parameter, or the column kept).
     */
    private static final String SEARCH =
            """
            setweight(to_tsvector('french_unaccent', :title), 'A')
            || setweight(to_tsvector('french_unaccent', coalesce(:summary, '') || ' ' || :words), 'B')
            || setweight(to_tsvector('french_unaccent', coalesce(%s, '')), 'C')""";

    /** What the search ranks by: the title and the words about the resource, not its file's text. */
    private static final String HEAD =
            """
            setweight(to_tsvector('french_unaccent', :title), 'A')
            || setweight(to_tsvector('french_unaccent', coalesce(:summary, '') || ' ' || :words), 'B')""";

    /** The themes in use, as last read: reading them goes through the whole library, the search page shows them. */
    private record Themes(List<String> names, Instant readAt) {}

    /** How long the themes are kept; a change made here forgets them at once. */
    private static final Duration THEMES_KEPT = Duration.ofMinutes(1);

    private volatile Themes themes;

    private final JdbcClient jdbc;
    private final ResourceFiles files;
    private final Groups groups;
    private final GroupReaders readers;
    private final Events events;
    private final ApplicationEventPublisher publisher;

    /**
     * Who sees a resource: anyone a public one; a reserved one of a working group (its minutes, its working
     * documents), the group's members (by address or by their own link) and the coordinators; any other reserved
     * one, the network's members (signed-in professionals).
     */
    private static final String VISIBLE =
            """
            (r.visibility = 'public' or :readsAll
             or (:member and not exists (select 1 from resource_group g where g.resource_id = r.id))
             or exists (select 1 from resource_group g
                        where g.resource_id = r.id and g.group_id = any(:groups::uuid[])))""";

    /** The values {@link #VISIBLE} reads for this user. */
    private Map<String, Object> visibility(AccountUser user) {
        return Map.of(
                "readsAll", readers.readsAll(user),
                "member", member(user),
                "groups", readers.groupsOf(user).toArray(UUID[]::new));
    }

    /** Whether the user publishes resources: coordinators and administrators. */
    public boolean publishes(AccountUser user) {
        return user != null && user.networkStaff();
    }

    /**
     * Whether the user changes and withdraws the resource: the coordinators of the network that published it, and the
     * national level every one. The library is read by every network; a coordinator acts only in their own.
     */
    public boolean keeps(AccountUser user, Resource resource) {
        return keeps(user, resource.networkId());
    }

    private boolean keeps(AccountUser user, UUID network) {
        return publishes(user) && (user.national() || (network != null && network.equals(user.networkId())));
    }

    /** Whether the user sees the resources reserved to the network's members: signed-in professionals. */
    public boolean member(AccountUser user) {
        return user != null
                && (user.hasRole(Role.COORDINATOR)
                        || user.hasRole(Role.ADMINISTRATOR)
                        || user.hasRole(Role.TERRITORY_AGENT)
                        || user.hasRole(Role.ADVISOR));
    }

    /**
     * Publishes a resource with its link, or with its file (checked, stored, its text read for the search).
     *
     * @throws ResourceRejectedException listing every rule the resource or its file breaks; nothing is stored then
     */
    @Transactional
    public UUID publish(AccountUser user, ResourceDraft draft, UploadedFile file) {
        requirePublisher(user);
        UUID id = insert(draft, file, user.id(), user.networkId());
        publisher.publishEvent(new ResourcePublished(id, user.networkId()));
        return id;
    }

    /** Checks a resource and its file without publishing it, so that a form shows every problem at once. */
    public void check(ResourceDraft draft, UploadedFile file) {
        check(draft, file, false);
    }

    /** As {@link #check(ResourceDraft, UploadedFile)}, for a resource that already has a file it may keep. */
    public void check(ResourceDraft draft, UploadedFile file, boolean keepsFile) {
        List<Breach> breaches = breaches(draft, file, keepsFile);
        if (!breaches.isEmpty()) {
            throw new ResourceRejectedException(breaches);
        }
    }

    @Transactional
    UUID insert(ResourceDraft draft, UploadedFile file, UUID by, UUID network) {
        check(draft, file);
        afterCommit(() -> themes = null);
        UUID id = described(
                        jdbc.sql(
                                """
                                insert into resource (title, kind, summary, keywords, themes, audience,
                                                      author_organisation_id, author, published_on, visibility, link,
                                                      file_name, file_type, file_size, file_text, created_by,
                                                      network_id, search, search_head)
                                values (:title, :kind, :summary, :keywords, :themes, :audience, :organisation, :author,
                                        :published, :visibility, :link, :name, :type, :size, :text, :by, :network,
                                        %s, %s)
                                returning id
                                """
                                        .formatted(SEARCH.formatted(":text"), HEAD)),
                        draft,
                        file)
                .param("by", by)
                .param("network", network)
                .query(UUID.class)
                .single();
        if (file != null) {
            files.write(id, file.content());
        }
        relate(id, draft);
        return id;
    }

    /** Writes the groups and events a resource comes from, replacing those it had. */
    private void relate(UUID id, ResourceDraft draft) {
        jdbc.sql("delete from resource_group where resource_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from resource_event where resource_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("insert into resource_group (resource_id, group_id) select :id, unnest(:groups::uuid[])")
                .param("id", id)
                .param("groups", draft.groupIds().toArray(UUID[]::new))
                .update();
        jdbc.sql("insert into resource_event (resource_id, event_id) select :id, unnest(:events::uuid[])")
                .param("id", id)
                .param("events", draft.eventIds().toArray(UUID[]::new))
                .update();
    }

    /**
     * Changes a resource's description; a new file replaces the old one, a link given instead of the file replaces
     * it, and without either the file is kept. The file left behind is removed with the change.
     *
     * @throws ResourceNotFoundException when it does not exist
     * @throws ResourceRejectedException listing every rule the change breaks; nothing is changed then
     */
    @Transactional
    public void update(AccountUser user, UUID id, ResourceDraft draft, UploadedFile file) {
        requireKeeper(user, id);
        boolean hadFile = jdbc.sql("select file_name is not null from resource where id = :id for update")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new ResourceNotFoundException(id));
        boolean link = draft.link() != null && !draft.link().isBlank();
        check(draft, file, hadFile && !link);
        afterCommit(() -> themes = null);
        described(jdbc.sql(updating(file == null && !link)), draft, file)
                .param("id", id)
                .update();
        relate(id, draft);
        if (file != null) {
            files.write(id, file.content());
        } else if (link) {
            files.remove(id);
        }
    }

    /** The statement that changes a resource: its file's columns too, unless it keeps its file. */
    private static String updating(boolean keepsFile) {
        return """
                update resource set title = :title, kind = :kind, summary = :summary,
                       keywords = :keywords, themes = :themes, audience = :audience,
                       author_organisation_id = :organisation, author = :author,
                       published_on = :published, visibility = :visibility, search_head = %s
                """
                        .formatted(HEAD)
                + (keepsFile
                        ? ", search = %s".formatted(SEARCH.formatted("file_text"))
                        : """
                        , link = :link, file_key = null, file_name = :name, file_type = :type,
                          file_size = :size, file_text = :text, search = %s
                        """
                                .formatted(SEARCH.formatted("cast(:text as text)")))
                + " where id = :id";
    }

    /**
     * Takes a resource out of the library, with its file.
     *
     * @throws ResourceNotFoundException when it does not exist
     */
    @Transactional
    public void withdraw(AccountUser user, UUID id) {
        requireKeeper(user, id);
        // Its file (resource_file) goes with it, by the foreign key.
        if (jdbc.sql("delete from resource where id = :id").param("id", id).update() == 0) {
            throw new ResourceNotFoundException(id);
        }
        afterCommit(() -> themes = null);
    }

    private void requirePublisher(AccountUser user) {
        if (!publishes(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }

    /** A resource is changed or withdrawn by those who keep it ({@link #keeps}); one that does not exist is said so. */
    private void requireKeeper(AccountUser user, UUID id) {
        requirePublisher(user);
        Optional<UUID> network = jdbc.sql("select network_id from resource where id = :id")
                .param("id", id)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("network_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new ResourceNotFoundException(id));
        if (!keeps(user, network.orElse(null))) {
            throw new AccessDeniedException("Not a coordinator of the network that keeps " + id);
        }
    }

    private void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** A statement with the file's columns (its name, type, size and text) or the link bound. */
    private static JdbcClient.StatementSpec withFile(
            JdbcClient.StatementSpec statement, ResourceDraft draft, UploadedFile file) {
        if (file == null) {
            return statement
                    .param("link", blankToNull(draft.link()))
                    .param("name", null)
                    .param("type", null)
                    .param("size", null)
                    .param("text", null);
        }
        ResourceFiles.Described described = ResourceFiles.describe(file);
        return statement
                .param("link", null)
                .param("name", fileName(file.name()))
                .param("type", described.contentType())
                .param("size", file.content().length)
                .param("text", described.text().isEmpty() ? null : described.text());
    }

    /** A statement with the draft's description bound, and its file's columns or its link. */
    private static JdbcClient.StatementSpec described(
            JdbcClient.StatementSpec statement, ResourceDraft draft, UploadedFile file) {
        ResourceDraft.Description about = draft.description();
        return withFile(statement, draft, file)
                .param("title", about.title().strip())
                .param("kind", about.kind().code())
                .param("summary", blankToNull(about.summary()))
                .param("keywords", chosen(about.keywords()).toArray(String[]::new))
                .param("themes", chosen(about.themes()).toArray(String[]::new))
                .param(
                        "words",
                        String.join(" ", chosen(about.keywords())) + " "
                                + String.join(" ", chosen(about.themes())) + " "
                                + (about.audience() == null ? "" : about.audience()))
                .param("audience", blankToNull(about.audience()))
                .param("organisation", draft.authorOrganisationId())
                .param("author", blankToNull(draft.author()))
                .param("published", draft.publishedOn())
                .param("visibility", draft.membersOnly() ? "membres" : "public");
    }

    private List<Breach> breaches(ResourceDraft draft, UploadedFile file, boolean keepsFile) {
        List<Breach> breaches = new ArrayList<>(described(draft));
        content(draft, file, keepsFile).ifPresent(breaches::add);
        if (draft.groupIds().size() > 10
                || draft.groupIds().stream().anyMatch(id -> groups.byId(id).isEmpty())) {
            breaches.add(new Breach("groupIds", "resource.group.unknown"));
        }
        if (draft.eventIds().size() > 20
                || draft.eventIds().stream().anyMatch(id -> events.event(id).isEmpty())) {
            breaches.add(new Breach("eventIds", "resource.event.unknown"));
        }
        return breaches;
    }

    /** What the description of the resource gets wrong. */
    private static List<Breach> described(ResourceDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        ResourceDraft.Description about = draft.description();
        int title = about.title() == null ? 0 : about.title().strip().length();
        if (title < 3 || title > 200) {
            breaches.add(new Breach("title", "resource.title.length"));
        }
        if (about.kind() == null) {
            breaches.add(new Breach("kind", "resource.kind.required"));
        }
        if (about.summary() != null && about.summary().strip().length() > 4000) {
            breaches.add(new Breach("summary", "resource.summary.length"));
        }
        if (chosen(about.keywords()).size() > 20
                || chosen(about.themes()).size() > 10
                || chosen(about.keywords()).stream().anyMatch(word -> word.length() > 60)
                || chosen(about.themes()).stream().anyMatch(word -> word.length() > 80)) {
            breaches.add(new Breach("keywords", "resource.keywords.tooMany"));
        }
        if (draft.publishedOn() == null) {
            breaches.add(new Breach("publishedOn", "resource.date.required"));
        } else if (draft.publishedOn().isAfter(LocalDate.now().plusDays(1))) {
            breaches.add(new Breach("publishedOn", "resource.date.future"));
        }
        return breaches;
    }

    /** What is wrong with the resource's file or link: one of them, a document or a web address. */
    private Optional<Breach> content(ResourceDraft draft, UploadedFile file, boolean keepsFile) {
        boolean link = draft.link() != null && !draft.link().isBlank();
        if (file == null && !link && !keepsFile) {
            return Optional.of(new Breach("file", "resource.fileOrLink"));
        } else if (file != null && link) {
            return Optional.of(new Breach("link", "resource.fileAndLink"));
        } else if (file != null) {
            return files.problem(file).map(problem -> new Breach("file", problem));
        } else if (link
                && (!draft.link().strip().matches("https?://\\S+")
                        || draft.link().strip().length() > 1000)) {
            return Optional.of(new Breach("link", "resource.link.invalid"));
        }
        return Optional.empty();
    }

    /** A page of the resources the user may see, best match first (newest first without words). */
    public List<Hit> search(AccountUser user, Query query) {
        int size = Math.max(1, Math.min(100, query.size()));
        boolean words = query.text() != null && !query.text().isBlank();
        List<Resource> found = found(user, query, words, size);
        Map<UUID, String> snippets = words && !found.isEmpty()
                ? snippets(query.text(), found.stream().limit(size).toList())
                : Map.of();
        return found.stream()
                .map(resource -> new Hit(resource, snippets.get(resource.id())))
                .toList();
    }

    /** The page of resources found, and one more to tell whether another page follows. */
    private List<Resource> found(AccountUser user, Query query, boolean words, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(user, query, words, params);
        params.put("limit", size + 1);
        params.put("offset", Math.max(0, query.page()) * size);
        String order = words
                // Ranked by title, summary and keywords (a small vector); matches in the files' text come after.
                ? "ts_rank(r.search_head, q.query) desc, r.published_on desc, r.id"
                : "r.published_on desc, r.id";
        if (words) {
            // The planner does not count reading each file's vector out of its TOAST storage: for a common word it
            // would scan the table and unpack 20,000 vectors (1.6 s at national scale) instead of reading the index
            // (6 ms). For this transaction only, the index is the way.
            jdbc.sql("set local enable_seqscan = off").update();
        }
        // The words' query is computed once (in a statement prepared for any words, a call in the conditions would be
        // computed again for each of thousands of rows matched: 37 ms against 4.5).
        String from =
                words ? "(select " + typed(query.text()).sql() + " as query offset 0) q, resource r" : "resource r";
        return jdbc.sql("select " + COLUMNS + " from " + from + " where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .query(Resources::resource)
                .list();
    }

    /** The search's conditions, their values put in {@code params}. */
    private String conditions(AccountUser user, Query query, boolean words, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(VISIBLE);
        params.putAll(visibility(user));
        if (words) {
            where.append(" and r.search @@ q.query");
            params.putAll(typed(query.text()).params());
        }
        if (query.kind() != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", query.kind().code());
        }
        if (query.theme() != null && !query.theme().isBlank()) {
            where.append(" and r.themes @> array[:theme]::text[]");
            params.put("theme", query.theme().strip());
        }
        return where.toString();
    }

    /**
     * The passage around the words, for the page shown only: from the summary when the words are in it, else from the
     * first passage of the file's text that has them (V46), wherever it is in the document.
     */
    private Map<UUID, String> snippets(String text, List<Resource> shown) {
        Map<UUID, String> snippets = new HashMap<>();
        jdbc.sql(
                        """
                        select r.id, ts_headline('french_unaccent',
                                   case when to_tsvector('french_unaccent', coalesce(r.summary, '')) @@ q.query
                                        then r.summary else coalesce(p.text, r.summary, '') end,
                                   q.query, 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2')
                                   as snippet
                        from (select %s as query offset 0) q
                        cross join resource r
                        left join lateral (
                            select text from resource_passage
                            where resource_id = r.id and search @@ q.query order by position limit 1) p on true
                        where r.id = any(:ids::uuid[])
                        """
                                .formatted(typed(text).sql()))
                .params(typed(text).params())
                .param("ids", shown.stream().map(Resource::id).toArray(UUID[]::new))
                .query(rs -> {
                    snippets.put(rs.getObject("id", UUID.class), rs.getString("snippet"));
                });
        return snippets;
    }

    /** A resource the user may see. */
    public Optional<Resource> find(AccountUser user, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from resource r where r.id = :id and " + VISIBLE)
                .param("id", id)
                .params(visibility(user))
                .query(Resources::resource)
                .optional();
    }

    /** The resources of a group the user may see, newest first. */
    public List<Resource> ofGroup(AccountUser user, UUID groupId) {
        return linkedTo("resource_group", "group_id", groupId, user);
    }

    /** The resources that come from an event the user may see, newest first. */
    public List<Resource> ofEvent(AccountUser user, UUID eventId) {
        return linkedTo("resource_event", "event_id", eventId, user);
    }

    /** The resources a link table ties to this group or event, that the user may see, newest first. */
    private List<Resource> linkedTo(String table, String column, UUID id, AccountUser user) {
        return jdbc.sql(
                        """
                        select %s from %s link join resource r on r.id = link.resource_id
                        where link.%s = :id and %s
                        order by r.published_on desc, r.id
                        """
                                .formatted(COLUMNS, table, column, VISIBLE))
                .param("id", id)
                .params(visibility(user))
                .query(Resources::resource)
                .list();
    }

    /**
     * The words as the search reads them: a hyphen between two letters is a space. {@code websearch_to_tsquery} makes
     * "tiers-lieu" a phrase, whose word positions PostgreSQL checks in each candidate's whole vector, unpacked from
     * its storage: 95 ms where the same words without the hyphen take 25. The documents' parser indexes the parts of
     * hyphenated words too, so "tiers lieu" finds them; a quoted phrase stays a phrase, a leading hyphen still
     * excludes a word.
     */
    public static String words(String typed) {
        return typed.strip().replaceAll("(?<=\\p{L})-(?=\\p{L})", " ");
    }

    /** The words as the search reads them, with their synonyms and abbreviations. */
    private static SearchSynonyms.Query typed(String text) {
        return SearchSynonyms.query("q", words(text));
    }

    /** The themes in use, for the search's filter. */
    public List<String> themes() {
        Themes known = themes;
        if (known == null || known.readAt().isBefore(Instant.now().minus(THEMES_KEPT))) {
            known = new Themes(
                    jdbc.sql("select distinct unnest(themes) as theme from resource order by 1")
                            .query(String.class)
                            .list(),
                    Instant.now());
            themes = known;
        }
        return known.names();
    }

    /**
     * The file to send, counting the download.
     *
     * @throws ResourceNotFoundException when the user may not see it or it has no file
     */
    @Transactional
    public Download download(AccountUser user, UUID id) {
        Resource resource = find(user, id)
                .filter(found -> found.fileName() != null)
                .orElseThrow(() -> new ResourceNotFoundException(id));
        byte[] content = files.read(id).orElseThrow(() -> new ResourceNotFoundException(id));
        jdbc.sql("update resource set downloads = downloads + 1 where id = :id")
                .param("id", id)
                .update();
        return new Download(content, resource.fileName(), resource.fileType());
    }

    /**
     * The link to follow, counting the visit.
     *
     * @throws ResourceNotFoundException when the user may not see it or it has no link
     */
    @Transactional
    public String follow(AccountUser user, UUID id) {
        Resource resource = find(user, id)
                .filter(found -> found.link() != null)
                .orElseThrow(() -> new ResourceNotFoundException(id));
        jdbc.sql("update resource set downloads = downloads + 1 where id = :id")
                .param("id", id)
                .update();
        return resource.link();
    }

    /** Whether a resource of that title exists (demonstration data). */
    boolean exists(String title) {
        return jdbc.sql("select exists (select 1 from resource where title = :title)")
                .param("title", title)
                .query(Boolean.class)
                .single();
    }

    private static Resource resource(ResultSet rs, int row) throws SQLException {
        return new Resource(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                Vocabulary.parse(ResourceKind.class, rs.getString("kind")).orElseThrow(),
                rs.getString("summary"),
                strings(rs.getArray("keywords")),
                strings(rs.getArray("themes")),
                rs.getString("audience"),
                rs.getObject("author_organisation_id", UUID.class),
                rs.getString("author"),
                rs.getObject("published_on", LocalDate.class),
                "membres".equals(rs.getString("visibility")),
                rs.getString("link"),
                rs.getString("file_name"),
                rs.getString("file_type"),
                (Integer) rs.getObject("file_size", Integer.class),
                uuids(rs.getArray("group_ids")),
                uuids(rs.getArray("event_ids")),
                rs.getInt("downloads"),
                rs.getObject("network_id", UUID.class));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** The file's own name, without the folders some browsers send, and nothing that could break a header. */
    private static String fileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\r\\n\"]", "_");
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
