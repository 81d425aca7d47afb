package fr.passerelle.directory;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.internal.CoverageChange;
import fr.passerelle.directory.internal.CoverageChanges;
import fr.passerelle.directory.internal.DirectorySearch;
import fr.passerelle.directory.internal.EntryNotFoundException;
import fr.passerelle.directory.internal.EntryRejectedException;
import fr.passerelle.directory.internal.EntryReport;
import fr.passerelle.directory.internal.EntryReports;
import fr.passerelle.directory.internal.EntryRules;
import fr.passerelle.directory.internal.EntryStatus;
import fr.passerelle.directory.internal.Hit;
import fr.passerelle.directory.internal.ImportFormat;
import fr.passerelle.directory.internal.ImportReport;
import fr.passerelle.directory.internal.MapPoint;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.OrganisationImport;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.OrientationCandidates;
import fr.passerelle.directory.internal.ProposalModerated;
import fr.passerelle.directory.internal.ProposalReasons;
import fr.passerelle.directory.internal.RelatedEntries;
import fr.passerelle.directory.internal.SchemeDraft;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.directory.internal.SearchResult;
import fr.passerelle.directory.internal.StaleEntries;
import fr.passerelle.directory.internal.StructureCoordinators;
import fr.passerelle.directory.internal.WelcomeDesks;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.Territories;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's facade: search, entries, moderation. Coordinators (and administrators) edit
 * everything; advisors and territory agents edit their own organisations' entries; anyone may
 * propose an entry or report an error, which waits for a coordinator. Searches run without a
 * transaction of their own: a page and its entries read a moment apart is fine, and the
 * commit saved on every search counts at the directory's request rates.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Directory {

    private final DirectorySearch search;
    private final OrganisationRepository organisations;
    private final SchemeRepository schemes;
    private final EntryReports reports;
    private final Territories territories;
    private final StaleEntries staleEntries;
    private final RelatedEntries related;
    private final EntryRules rules;
    private final OrganisationImport imports;
    private final ApplicationEventPublisher events;
    private final WelcomeDesks desks;
    private final OrientationCandidates candidates;
    private final List<ResponseRecords> responseRecords;
    private final CoverageChanges coverageChanges;
    private final StructureCoordinators coordinators;

    @Transactional(propagation = Propagation.SUPPORTS)
    public SearchResult<Hit<Organisation>> searchOrganisations(DirectoryQuery query, boolean withFacets) {
        return search.organisations(query, withFacets);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public SearchResult<Hit<Scheme>> searchSchemes(DirectoryQuery query, boolean withFacets) {
        return search.schemes(query, withFacets);
    }

    /** Every published organisation matching the query, best first, up to the limit (exports). */
    public List<Organisation> allOrganisations(DirectoryQuery query, int limit) {
        return search.allOrganisations(query, limit);
    }

    /** The published organisations matching the query that have coordinates, for the map. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<MapPoint> mapPoints(DirectoryQuery query, int limit) {
        return search.mapPoints(query, limit);
    }

    /** The published organisations of these ids, in their order; those unknown or withdrawn left out. */
    public List<Organisation> publishedOrganisations(List<UUID> ids) {
        return organisations.findAll(ids).stream()
                .filter(o -> o.status() == EntryStatus.PUBLISHED)
                .toList();
    }

    /** A published organisation, as the public sees it. */
    public Optional<Organisation> publishedOrganisation(UUID id) {
        return organisations.find(id).filter(o -> o.status() == EntryStatus.PUBLISHED);
    }

    public Optional<Scheme> publishedScheme(UUID id) {
        return schemes.find(id)
                .filter(s -> s.status() == EntryStatus.PUBLISHED)
                .filter(s -> publishedOrganisation(s.organisationId()).isPresent());
    }

    /** How many published organisations are based in these communes (a territory's support actors present). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int organisationsBasedIn(java.util.Collection<String> communes) {
        return communes.isEmpty() ? 0 : organisations.countLocatedIn(communes);
    }

    /** The id of the organisation of that exact name, if any (demonstration data, imports). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<UUID> organisationIdByName(String name) {
        return organisations.idByName(name);
    }

    /** Any organisation, proposals included, for those who moderate or edit it. */
    public Optional<Organisation> organisation(UUID id) {
        return organisations.find(id);
    }

    /** The name of any organisation, none when the id is null or unknown. */
    public Optional<String> organisationName(UUID id) {
        return id == null ? Optional.empty() : organisation(id).map(Organisation::name);
    }

    /** The names of the organisations among these ids, each once; null and unknown ids are left out. */
    public Map<UUID, String> organisationNames(Stream<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        ids.filter(Objects::nonNull).distinct().forEach(id -> organisationName(id)
                .ifPresent(name -> names.put(id, name)));
        return names;
    }

    public Optional<Scheme> scheme(UUID id) {
        return schemes.find(id);
    }

    public List<Scheme> publishedSchemesOf(UUID organisationId) {
        return schemes.ofOrganisation(organisationId, true);
    }

    public List<Scheme> schemesOf(UUID organisationId) {
        return schemes.ofOrganisation(organisationId, false);
    }

    /** The perimeters of a coverage, the most local first, for "coverage in words". */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Perimeter> coverage(List<UUID> perimeterIds) {
        return territories.perimeters(perimeterIds).stream()
                .sorted(java.util.Comparator.comparing((Perimeter p) -> p.kind().locality())
                        .thenComparing(Perimeter::name))
                .toList();
    }

    /** Published organisations acting where this one does, in the same family, the closest first. */
    public List<Organisation> relatedOrganisations(UUID organisationId, int limit) {
        return organisations.findAll(related.organisations(organisationId, limit));
    }

    /** Published schemes of the same type from other organisations, acting where this one does. */
    public List<Scheme> relatedSchemes(UUID schemeId, int limit) {
        return schemes.findAll(related.schemes(schemeId, limit));
    }

    /**
     * The published schemes covering these perimeters (given with their rank, 0 the most local) that fit the
     * project and are open on its day: the {@code perType} most local and freshest of each scheme type.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Candidate<Scheme>> eligibleSchemes(
            List<UUID> perimeters,
            List<Integer> ranks,
            Eligibility project,
            java.util.Set<SchemeType> types,
            int perType) {
        return perimeters.isEmpty() || types.isEmpty()
                ? List.of()
                : candidates.schemes(perimeters, ranks, project, types, perType);
    }

    /** The published organisations (not initiatives) covering these perimeters, the few most local of each family. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Candidate<Organisation>> organisationsCovering(
            List<UUID> perimeters, List<Integer> ranks, int perFamily) {
        return perimeters.isEmpty() ? List.of() : candidates.organisations(perimeters, ranks, perFamily);
    }

    /**
     * The published rural or ESS initiatives within {@code km} of a point that work in one of these sectors, the
     * closest first: examples a project can learn from, whatever the perimeters they cover.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Organisation> initiativesNear(
            double latitude, double longitude, double km, List<Sector> sectors, int limit) {
        return sectors.isEmpty() ? List.of() : organisations.initiativesNear(latitude, longitude, km, sectors, limit);
    }

    /** How the organisation answers the projects sent to it, when it received some in the last 12 months. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<ResponseRecord> responseRecord(UUID organisationId) {
        return responseRecords.stream()
                .map(records -> records.of(organisationId))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The response records of those of these organisations that have one, for rankings. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public java.util.Map<UUID, ResponseRecord> responseRecords(java.util.Collection<UUID> organisationIds) {
        java.util.Map<UUID, ResponseRecord> found = new java.util.HashMap<>();
        if (!organisationIds.isEmpty()) {
            responseRecords.forEach(records -> records.of(organisationIds).forEach(found::putIfAbsent));
        }
        return found;
    }

    /** The welcome desk of the commune: the published desk of the most local perimeter covering it, if any. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<WelcomeDesk> welcomeDeskFor(String communeCode) {
        List<UUID> covering = territories.perimetersCovering(communeCode).stream()
                .map(Perimeter::id)
                .toList();
        return covering.isEmpty() ? Optional.empty() : desks.first(covering);
    }

    /** The organisations that are the welcome desk of one of these perimeters. */
    public List<UUID> welcomeDesksOf(java.util.Collection<UUID> perimeters) {
        return desks.of(perimeters);
    }

    /** The territories an organisation is the welcome desk of; empty when it is none. */
    public List<Perimeter> welcomeDeskPerimeters(UUID organisationId) {
        return territories.perimeters(desks.perimetersOf(organisationId));
    }

    /** Makes an organisation the welcome desk of these perimeters (none: it no longer is one). Its coordinators only. */
    @Transactional
    public void setWelcomeDesk(AccountUser user, UUID organisationId, List<UUID> perimeters) {
        organisations.find(organisationId).orElseThrow(() -> new EntryNotFoundException(organisationId));
        if (!coordinates(user, organisationId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Not a coordinator of " + organisationId);
        }
        desks.set(organisationId, perimeters);
    }

    /** Whether the user edits the organisation: its coordinators (below), or an advisor or agent among its members. */
    public boolean canEdit(AccountUser user, UUID organisationId) {
        if (user == null) {
            return false;
        }
        return coordinates(user, organisationId)
                || ((user.hasRole(Role.ADVISOR) || user.hasRole(Role.TERRITORY_AGENT))
                        && user.memberOf(organisationId));
    }

    /**
     * Whether the user acts as a coordinator for the organisation and what it publishes (its page, its offers, its
     * territory's page): the national level for every one; a network's coordinators for those whose coverage meets
     * their network's territory or is the whole country, since a coordinator acts only in their network.
     */
    public boolean coordinates(AccountUser user, UUID organisationId) {
        return coordinators.coordinates(user, organisationId);
    }

    /**
     * The organisation and its published schemes were checked today by someone who may edit them.
     *
     * @throws org.springframework.security.access.AccessDeniedException when they may not
     */
    @Transactional
    public void confirmVerified(AccountUser user, UUID organisationId) {
        if (!canEdit(user, organisationId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not an editor of " + organisationId);
        }
        staleEntries.verified(organisationId);
    }

    public boolean canModerate(AccountUser user) {
        return user != null && user.networkStaff();
    }

    /**
     * Imports organisations from a file, all or nothing; with {@code apply} false, only says what
     * the import would do and every problem it would meet. Coordinators only.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importOrganisations(AccountUser user, ImportFormat format, byte[] content, boolean apply) {
        requireModerator(user);
        return imports.run(format, content, apply, user);
    }

    /** A coordinator's new entry, published at once. */
    @Transactional
    public UUID createOrganisation(AccountUser user, OrganisationDraft draft) {
        requireModerator(user);
        check(draft);
        requireCoverageInNetwork(user, draft.coverage());
        return organisations.insertPublished(draft, user.email());
    }

    /** An outsider's proposal: it waits in the moderation queue. */
    @Transactional
    public UUID proposeOrganisation(OrganisationDraft draft, String proposedBy) {
        check(draft);
        return organisations.insertProposal(draft, proposedBy);
    }

    /**
     * Changes an organisation as one of its editors wrote it. A coordinator's coverage applies at once; a member's
     * waits for a coordinator, the approved coverage (and the rights it gives) staying as it was meanwhile.
     *
     * @return whether the member's change of coverage waits for a coordinator
     */
    @Transactional
    public boolean updateOrganisation(AccountUser user, UUID id, OrganisationDraft draft) {
        requireEditor(user, id);
        check(draft);
        boolean coordinator = coordinates(user, id);
        if (coordinator) {
            requireCoverageInNetwork(user, draft.coverage());
        }
        organisations.update(id, draft);
        if (coordinator) {
            coverageChanges.grant(id, draft.coverage(), user.email());
            return false;
        }
        coverageChanges.propose(id, draft.coverage(), user.email());
        return !coverageChanges.waiting(id).isEmpty();
    }

    /** The coverage proposed for the organisation and waiting for a coordinator, the most local first; or none. */
    public List<Perimeter> waitingCoverage(UUID organisationId) {
        return coverage(coverageChanges.waiting(organisationId));
    }

    /** The coverage changes of published organisations waiting for the user's decision, the oldest first. */
    public List<CoverageChange> waitingCoverageChanges(AccountUser user) {
        return coverageChanges.waitingForPublished().stream()
                .filter(change -> coordinators.moderates(user, change.organisationId()))
                .map(change -> new CoverageChange(
                        change.id(),
                        change.organisationId(),
                        change.organisationName(),
                        coverage(change.approved()),
                        coverage(change.proposed()),
                        change.proposedBy(),
                        change.proposedAt()))
                .toList();
    }

    /** Approves or rejects a waiting coverage change; false when it no longer waited. Coordinators only. */
    @Transactional
    public boolean moderateCoverage(AccountUser user, long changeId, boolean approve) {
        requireModerator(user);
        Optional<UUID> organisation = coverageChanges.organisationOf(changeId);
        if (organisation.isEmpty()) {
            return false;
        }
        requireModerates(user, organisation.get());
        return coverageChanges.decide(changeId, approve, user.email());
    }

    /**
     * Checks a scheme against the directory's rules without writing it, so that a form shows every problem at once.
     *
     * @throws EntryRejectedException listing every rule broken
     */
    public void checkScheme(SchemeDraft draft) {
        check(draft);
    }

    @Transactional
    public UUID createScheme(AccountUser user, SchemeDraft draft) {
        requireEditor(user, draft.organisationId());
        check(draft);
        return schemes.insert(draft, EntryStatus.PUBLISHED, null);
    }

    @Transactional
    public UUID proposeScheme(SchemeDraft draft, String proposedBy) {
        publishedOrganisation(draft.organisationId())
                .orElseThrow(() -> new EntryRejectedException("organisationId", "directory.organisation.unknown"));
        check(draft);
        return schemes.insert(draft, EntryStatus.PROPOSED, proposedBy);
    }

    @Transactional
    public void updateScheme(AccountUser user, UUID id, SchemeDraft draft) {
        Scheme scheme = schemes.find(id).orElseThrow(() -> new EntryNotFoundException(id));
        requireEditor(user, scheme.organisationId());
        if (!scheme.organisationId().equals(draft.organisationId())) {
            throw new EntryRejectedException("organisationId", "directory.organisation.fixed");
        }
        check(draft);
        schemes.update(id, draft);
    }

    /** The entries waiting for the user's decision: those proposed in their network's territory (any, nationally). */
    public List<Organisation> proposedOrganisations(AccountUser user) {
        return organisations.withStatus(EntryStatus.PROPOSED).stream()
                .filter(proposal -> coordinators.moderates(user, proposal.id()))
                .toList();
    }

    /** The schemes proposed for structures the user moderates. */
    public List<Scheme> proposedSchemes(AccountUser user) {
        return schemes.withStatus(EntryStatus.PROPOSED).stream()
                .filter(proposal -> coordinators.moderates(user, proposal.organisationId()))
                .toList();
    }

    /** Who proposed each entry waiting for a coordinator (organisations and schemes), by the entry's id. */
    public Map<UUID, String> proposers() {
        return organisations.proposers();
    }

    /** Publishes a proposal; false when it was no longer waiting. */
    @Transactional
    public boolean moderateOrganisation(AccountUser user, UUID id, boolean approve) {
        return moderateOrganisation(user, id, approve, null);
    }

    /**
     * Publishes or rejects a proposal, a rejection with a reason its proposer reads; false when it was no longer
     * waiting.
     *
     * @throws EntryRejectedException when a rejection comes without a reason, or with one too long
     */
    @Transactional
    public boolean moderateOrganisation(AccountUser user, UUID id, boolean approve, String reason) {
        requireModerator(user);
        if (organisations.find(id).isEmpty()) {
            return false;
        }
        requireModerates(user, id);
        String why = approve ? null : ProposalReasons.check(reason);
        boolean done = organisations
                .setStatus(id, EntryStatus.PROPOSED, approve ? EntryStatus.PUBLISHED : EntryStatus.REJECTED)
                .map(proposal -> moderated(id, false, proposal, approve, why))
                .isPresent();
        if (done) {
            coverageChanges
                    .waitingChange(id)
                    .ifPresent(change -> coverageChanges.decide(change, approve, user.email()));
        }
        return done;
    }

    /**
     * Publishes or rejects a proposed scheme, as {@link #moderateOrganisation(AccountUser, UUID, boolean, String)}.
     */
    @Transactional
    public boolean moderateScheme(AccountUser user, UUID id, boolean approve, String reason) {
        requireModerator(user);
        Optional<Scheme> scheme = schemes.find(id);
        if (scheme.isEmpty()) {
            return false;
        }
        requireModerates(user, scheme.get().organisationId());
        String why = approve ? null : ProposalReasons.check(reason);
        return schemes.setStatus(id, EntryStatus.PROPOSED, approve ? EntryStatus.PUBLISHED : EntryStatus.REJECTED)
                .map(proposal -> moderated(id, true, proposal, approve, why))
                .isPresent();
    }

    @Transactional
    public long reportError(UUID organisationId, UUID schemeId, String message, String reporterEmail) {
        publishedOrganisation(organisationId).orElseThrow(() -> new EntryNotFoundException(organisationId));
        return reports.open(organisationId, schemeId, message, reporterEmail);
    }

    /** The errors reported on structures the user moderates, the oldest first. */
    public List<EntryReport> openReports(AccountUser user) {
        return reports.openReports().stream()
                .filter(report -> coordinators.moderates(user, report.organisationId()))
                .toList();
    }

    @Transactional
    public void closeReport(AccountUser user, long reportId) {
        requireModerator(user);
        Optional<UUID> organisation = reports.organisationOf(reportId);
        if (organisation.isEmpty()) {
            return;
        }
        requireModerates(user, organisation.get());
        reports.close(reportId, user.email());
    }

    private ProposalModerated.Proposal moderated(
            UUID id, boolean scheme, ProposalModerated.Proposal proposal, boolean published, String reason) {
        if (proposal.proposedBy() != null) {
            events.publishEvent(
                    new ProposalModerated(id, scheme, proposal.name(), proposal.proposedBy(), published, reason));
        }
        return proposal;
    }

    private void requireModerator(AccountUser user) {
        if (!canModerate(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Coordinators only");
        }
    }

    /** A decision on what waits for a structure is taken by its coordinators (by the coverage approved or asked). */
    private void requireModerates(AccountUser user, UUID organisationId) {
        if (!coordinators.moderates(user, organisationId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Not a coordinator of " + organisationId);
        }
    }

    /** A coordinator's coverage lies, at least in part, in their network: a structure of another network is theirs. */
    private void requireCoverageInNetwork(AccountUser user, List<UUID> coverage) {
        if (!coordinators.reaches(user, coverage)) {
            throw new EntryRejectedException("coverage", "directory.coverage.outsideNetwork");
        }
    }

    private void requireEditor(AccountUser user, UUID organisationId) {
        organisations.find(organisationId).orElseThrow(() -> new EntryNotFoundException(organisationId));
        if (!canEdit(user, organisationId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not an editor of " + organisationId);
        }
    }

    private void check(OrganisationDraft draft) {
        rules.check(draft);
    }

    private void check(SchemeDraft draft) {
        rules.check(draft);
    }
}
