package org.partnergraph.view;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.partnergraph.analysis.Measure;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.ForbiddenException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.problem.PreconditionFailedException;
import org.partnergraph.problem.PreconditionRequiredException;
import org.partnergraph.security.Role;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Saved views: who may make, change and read them, and what each reader gets of one.
 * Every reader may list and read views (as every reader may read the network); analysts
 * and above make them; only the owner and admins change or delete one. What a view shows
 * is always read again for its reader ({@link ViewNetworks}).
 */
@Service
public class ViewService {

	static final List<String> COLOUR_BY = List.of("sector", "community");

	static final List<String> LAYOUTS = List.of("force", "concentric", "sector", "country");

	/** degree (the default), none, or any other measure's code. */
	static final List<String> SIZE_BY = sizes();

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 4000;

	private final ViewStore views;

	private final ViewNetworks networks;

	private final GraphStore store;

	// Check-then-write of a revision is one step in this process.
	private final ReentrantLock writes = new ReentrantLock();

	private final Clock clock;

	private final ShareStore shares;

	ViewService(ViewStore views, ViewNetworks networks, GraphStore store, Clock clock, ShareStore shares) {
		this.shares = shares;
		this.views = views;
		this.networks = networks;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Every saved view, without positions (read one view for them): a list stays one read
	 * whatever each view's positions would cost to work out for this reader.
	 */
	public List<SavedView> list() {
		return this.views.findAll().stream().map(view -> {
			SavedView.Focus focus = view.focus() != null && this.store.findStakeholder(view.focus().id()).isPresent()
					? view.focus() : null;
			return new SavedView(view.id(), view.name(), view.description(), view.owner(), view.filters(),
					view.colourBy(), view.sizeBy(), view.layout(), Map.of(), view.positionsLevels(), focus,
					view.panel(), view.createdAt(), view.updatedAt(), view.revision());
		}).toList();
	}

	/** The view as the current caller may see it. */
	public SavedView get(String id) {
		return forReader(find(id));
	}

	/** The stored view, for the pictures and embeds that read it at their own level. */
	public SavedView find(String id) {
		return this.views.find(id).orElseThrow(() -> new NotFoundException("No saved view '" + id + "'"));
	}

	public SavedView create(ViewRequest request) {
		Authentication caller = caller();
		if (!maySave(caller)) {
			throw new ForbiddenException("Saving views needs the ANALYST role or above.");
		}
		OffsetDateTime now = now();
		SavedView view = validated(UUID.randomUUID().toString(), request, caller.getName(), now, now, 1);
		this.views.create(view);
		return view;
	}

	/**
	 * Replaces the view; {@code ifMatch} must be its current ETag (412 otherwise, 428
	 * when missing).
	 */
	public SavedView update(String id, ViewRequest request, String ifMatch) {
		this.writes.lock();
		try {
			SavedView current = editable(id, ifMatch);
			SavedView view = validated(id, request, current.owner(), current.createdAt(), now(),
					current.revision() + 1);
			if (!this.views.update(view, current.revision())) {
				throw stale(id);
			}
			return view;
		}
		finally {
			this.writes.unlock();
		}
	}

	/** Deletes the view; {@code ifMatch}, when given, must be its current ETag. */
	public void delete(String id, String ifMatch) {
		this.writes.lock();
		try {
			SavedView current = find(id);
			mayEdit(current);
			if (ifMatch != null && !matches(current, ifMatch)) {
				throw stale(id);
			}
			this.views.delete(id);
			// Its share links go with it.
			this.shares.deleteAll(id);
		}
		finally {
			this.writes.unlock();
		}
	}

	/** The view's network as the current caller may see it. */
	public VisibleNetwork network(SavedView view) {
		return this.networks.read(view, Visibility.current().levels());
	}

	/** The view's network as anyone may see it: PUBLIC data only. */
	public VisibleNetwork publicNetwork(SavedView view) {
		return this.networks.read(view, Set.of(Confidentiality.PUBLIC));
	}

	/**
	 * The filter that reads the view's network for the current caller: the view's filters
	 * at the caller's levels narrowed by the view's own confidentiality filter (the
	 * levels its picture is drawn at); empty when that leaves no level. The focus is not
	 * in it: {@link #network} applies it.
	 */
	public java.util.Optional<NetworkFilter> readerFilter(SavedView view) {
		NetworkFilter filter = view.filters().toNetworkFilter(LocalDate.now(this.clock));
		List<Confidentiality> levels = ViewNetworks.levels(filter, Visibility.current().levels());
		return levels.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(ViewFilters.atLevels(filter, levels));
	}

	private SavedView editable(String id, String ifMatch) {
		SavedView current = find(id);
		mayEdit(current);
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException(
					"Send the view's ETag in If-Match, so a change made meanwhile is not lost.");
		}
		if (!matches(current, ifMatch)) {
			throw stale(id);
		}
		return current;
	}

	private static boolean matches(SavedView view, String ifMatch) {
		for (String tag : ifMatch.split(",")) {
			String t = tag.strip();
			if (t.equals("*") || t.equals(view.etag())) {
				return true;
			}
		}
		return false;
	}

	private static PreconditionFailedException stale(String id) {
		return new PreconditionFailedException(
				"The view '" + id + "' was changed since you read it: read it again, then send its new ETag.");
	}

	/** Refuses (403) anyone but the view's owner and admins. */
	static void mayEdit(SavedView view) {
		Authentication caller = caller();
		if (!isAdmin(caller) && !(maySave(caller) && view.owner().equals(caller.getName()))) {
			throw new ForbiddenException("Only the view's owner and admins may change it.");
		}
	}

	/**
	 * The view as stored, with the parts the reader may not see taken out: positions come
	 * from what the reader may see ({@link ViewNetworks}), and a focus on an organisation
	 * the reader may not see is left out.
	 */
	private SavedView forReader(SavedView view) {
		Set<Confidentiality> reader = Visibility.current().levels();
		if (reader.containsAll(view.positionsLevels())
				&& (view.focus() == null || this.store.findStakeholder(view.focus().id()).isPresent())) {
			return view;
		}
		VisibleNetwork network = this.networks.read(view, reader);
		var positions = new TreeMap<String, SavedView.Position>();
		network.nodes().forEach(node -> positions.put(node.id(), new SavedView.Position(node.x(), node.y())));
		SavedView.Focus focus = view.focus() != null && this.store.findStakeholder(view.focus().id()).isPresent()
				? view.focus() : null;
		return new SavedView(view.id(), view.name(), view.description(), view.owner(), view.filters(), view.colourBy(),
				view.sizeBy(), view.layout(), positions, network.levels(), focus, view.panel(), view.createdAt(),
				view.updatedAt(), view.revision());
	}

	private SavedView validated(String id, ViewRequest request, String owner, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, long revision) {
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw new BadParameterException("name", "name is required, at most " + MAX_NAME + " characters");
		}
		String description = request.description() == null || request.description().isBlank() ? null
				: request.description().strip();
		if (description != null && description.length() > MAX_DESCRIPTION) {
			throw new BadParameterException("description", "description is at most " + MAX_DESCRIPTION + " characters");
		}
		ViewFilters filters = (request.filters() == null ? ViewFilters.NONE : request.filters())
			.normalised(LocalDate.now(this.clock));
		NetworkFilter filter = filters.toNetworkFilter(LocalDate.now(this.clock));
		String colourBy = choice("colourBy", request.colourBy(), COLOUR_BY);
		String layout = choice("layout", request.layout(), LAYOUTS);
		String sizeBy = choice("sizeBy", request.sizeBy(), SIZE_BY);
		SavedView.Focus focus = request.focus();
		if (focus != null) {
			if (focus.id() == null || focus.id().isBlank()) {
				throw new BadParameterException("focus", "focus needs the id of an organisation");
			}
			if (focus.steps() < 1 || focus.steps() > 3) {
				throw new BadParameterException("focus", "focus steps are 1 to 3");
			}
			if (this.store.findStakeholder(focus.id()).isEmpty()) {
				throw new BadParameterException("focus", "focus '" + focus.id() + "' is not an organisation");
			}
		}
		String panel = request.panel() == null || request.panel().isBlank() ? null : request.panel().strip();
		if (panel != null && !panel.matches("[a-z][a-z0-9-]{0,40}")) {
			throw new BadParameterException("panel", "panel is a panel name such as 'analysis' or 'gaps'");
		}
		Set<Confidentiality> maker = Visibility.current().levels();
		List<Confidentiality> levels = ViewNetworks.levels(filter, maker);
		Map<String, SavedView.Position> positions = request.positions() == null ? Map.of()
				: new TreeMap<>(request.positions());
		positions.forEach((node, at) -> {
			if (at == null || !Double.isFinite(at.x()) || !Double.isFinite(at.y())) {
				throw new BadParameterException("positions", "the position of '" + node + "' is not a point {x, y}");
			}
		});
		SavedView view = new SavedView(id, name, description, owner, filters, colourBy, sizeBy, layout, positions,
				levels, focus, panel, createdAt, updatedAt, revision);
		if (positions.isEmpty()) {
			view = new SavedView(id, name, description, owner, view.filters(), colourBy, sizeBy, layout,
					this.networks.layOut(view, maker), levels, focus, panel, createdAt, updatedAt, revision);
		}
		return view;
	}

	/** The value if it is one of {@code allowed}, the first of them when absent. */
	private static String choice(String parameter, String value, List<String> allowed) {
		if (value == null || value.isBlank()) {
			return allowed.getFirst();
		}
		if (!allowed.contains(value.strip())) {
			throw new BadParameterException(parameter, parameter + " '" + value + "' is not one of " + allowed,
					allowed);
		}
		return value.strip();
	}

	private static List<String> sizes() {
		var sizes = new java.util.ArrayList<>(List.of("degree", "none"));
		for (Measure measure : Measure.values()) {
			String code = measure.code();
			if (!sizes.contains(code)) {
				sizes.add(code);
			}
		}
		return List.copyOf(sizes);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
	}

	private static Authentication caller() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

	private static boolean isAdmin(Authentication caller) {
		return has(caller, Role.ADMIN);
	}

	private static boolean maySave(Authentication caller) {
		return has(caller, Role.ANALYST) || has(caller, Role.EDITOR) || has(caller, Role.ADMIN);
	}

	private static boolean has(Authentication caller, Role role) {
		if (caller == null || !caller.isAuthenticated()) {
			return false;
		}
		for (GrantedAuthority authority : caller.getAuthorities()) {
			if (role.authority().equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
