package org.partnergraph.view;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkElements;
import org.partnergraph.store.NetworkFilter;
import org.springframework.stereotype.Component;

/**
 * Reads a saved view's network for one set of confidentiality levels, and decides where
 * each node is drawn.
 *
 * <p>
 * The rule that keeps hidden data out of positions: positions are a function of the data
 * visible at the levels drawn, and nothing else.
 * <ul>
 * <li>The maker's own positions were made from what the maker saw, narrowed by the view's
 * confidentiality filter ({@link SavedView#positionsLevels()}). They are used for a
 * reader only when the reader's levels include all of those (so they hold nothing the
 * reader may not see) and they place every node the reader gets.</li>
 * <li>Otherwise the server lays the reader's network out itself ({@link ViewLayout},
 * seeded) from the visible nodes and links alone, and stores that layout under the view
 * with the levels and a fingerprint of the network it was made from, so the next picture
 * at those levels reuses it until the visible network changes.</li>
 * </ul>
 * An embed (PUBLIC only) of a view made by someone who sees INTERNAL data is therefore
 * laid out on the PUBLIC network: a hidden node leaves no hole, and a hidden link pulls
 * no two nodes together. A maker who wants a hand-arranged embed narrows the view to
 * PUBLIC; then the maker's positions are PUBLIC-made and the embed uses them.
 */
@Component
class ViewNetworks {

	private final GraphStore store;

	private final ViewStore views;

	private final Clock clock;

	ViewNetworks(GraphStore store, ViewStore views, Clock clock) {
		this.store = store;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * The levels a reader who sees {@code reader} gets of the view: the reader's,
	 * narrowed by the view's confidentiality filter; in the enum's order.
	 */
	static List<Confidentiality> levels(NetworkFilter filter, Set<Confidentiality> reader) {
		var levels = EnumSet.noneOf(Confidentiality.class);
		levels.addAll(reader);
		if (!filter.confidentiality().isEmpty()) {
			levels.retainAll(filter.confidentiality());
		}
		return List.copyOf(levels);
	}

	/** The view's network for a reader who sees {@code reader}, placed. */
	VisibleNetwork read(SavedView view, Set<Confidentiality> reader) {
		return readMarked(view, reader).network();
	}

	/**
	 * The view's network for a reader who sees {@code reader}, with the ids of the nodes
	 * and links in it that are not PUBLIC (for a share link that anonymises them).
	 */
	Marked readMarked(SavedView view, Set<Confidentiality> reader) {
		NetworkFilter filter = view.filters().toNetworkFilter(LocalDate.now(this.clock));
		List<Confidentiality> levels = levels(filter, reader);
		Shown shown = shown(view, filter, levels);
		Map<String, SavedView.Position> positions = placed(view, levels, shown);
		return new Marked(shown.network(positions, levels), notPublic(shown.nodes()), notPublic(shown.edges()));
	}

	/**
	 * A network read, with its non-PUBLIC parts named.
	 *
	 * @param network as the reader gets it
	 * @param notPublicNodes ids of its nodes that are not PUBLIC
	 * @param notPublicEdges ids of its links that are not PUBLIC
	 */
	record Marked(VisibleNetwork network, Set<String> notPublicNodes, Set<String> notPublicEdges) {
	}

	private static Set<String> notPublic(List<Map<String, Object>> elements) {
		return elements.stream()
			.filter(element -> !Confidentiality.PUBLIC.name().equals(element.get("confidentiality")))
			.map(element -> (String) element.get("id"))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Positions for the maker of a new or changed view that came without any: the server
	 * layout of what the maker sees.
	 */
	Map<String, SavedView.Position> layOut(SavedView view, Set<Confidentiality> maker) {
		NetworkFilter filter = view.filters().toNetworkFilter(LocalDate.now(this.clock));
		Shown shown = shown(view, filter, levels(filter, maker));
		return ViewLayout.forceDirected(shown.ids(), shown.pairs());
	}

	private Map<String, SavedView.Position> placed(SavedView view, List<Confidentiality> levels, Shown shown) {
		if (levels.containsAll(view.positionsLevels()) && view.positions().keySet().containsAll(shown.ids())) {
			return view.positions();
		}
		String key = levels.stream().map(Enum::name).collect(Collectors.joining("+"));
		String fingerprint = shown.fingerprint();
		ViewStore.ComputedLayout stored = this.views.layouts(view.id()).get(key);
		if (stored != null && stored.fingerprint().equals(fingerprint)) {
			return stored.positions();
		}
		Map<String, SavedView.Position> positions = ViewLayout.forceDirected(shown.ids(), shown.pairs());
		this.views.saveLayout(view.id(), view.revision(), key, new ViewStore.ComputedLayout(fingerprint, positions));
		return positions;
	}

	/** The nodes and links a reader at these levels gets: filters, then focus. */
	private Shown shown(SavedView view, NetworkFilter filter, List<Confidentiality> levels) {
		if (levels.isEmpty()) {
			// An empty confidentiality filter means "no filter": never ask with one.
			return new Shown(List.of(), List.of());
		}
		// Read at exactly these levels, which need not be the caller's: a share link's
		// holder is anonymous, and sees the link's level.
		NetworkElements elements = this.store.elements(ViewFilters.atLevels(filter, levels),
				new Visibility(EnumSet.copyOf(levels)));
		List<Map<String, Object>> nodes = elements.nodes().stream().map(NetworkElements.Element::data).toList();
		List<Map<String, Object>> edges = elements.edges().stream().map(NetworkElements.Element::data).toList();
		if (view.focus() != null) {
			Set<String> near = neighbourhood(view.focus(), nodes, edges);
			nodes = nodes.stream().filter(node -> near.contains((String) node.get("id"))).toList();
			edges = edges.stream()
				.filter(edge -> near.contains((String) edge.get("source"))
						&& near.contains((String) edge.get("target")))
				.toList();
		}
		return new Shown(nodes, edges);
	}

	/**
	 * The focus and the nodes within its steps, links read both ways; nothing when the
	 * focus itself is not visible, so a hidden focus is not replaced by something else.
	 */
	private static Set<String> neighbourhood(SavedView.Focus focus, List<Map<String, Object>> nodes,
			List<Map<String, Object>> edges) {
		Set<String> ids = new HashSet<>();
		nodes.forEach(node -> ids.add((String) node.get("id")));
		if (!ids.contains(focus.id())) {
			return Set.of();
		}
		Map<String, List<String>> neighbours = new HashMap<>();
		for (Map<String, Object> edge : edges) {
			String a = (String) edge.get("source");
			String b = (String) edge.get("target");
			neighbours.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
			neighbours.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
		}
		Set<String> reached = new HashSet<>(List.of(focus.id()));
		var frontier = new ArrayDeque<>(List.of(focus.id()));
		for (int step = 0; step < focus.steps(); step++) {
			var next = new ArrayDeque<String>();
			for (String id : frontier) {
				for (String other : neighbours.getOrDefault(id, List.of())) {
					if (reached.add(other)) {
						next.add(other);
					}
				}
			}
			frontier = next;
		}
		return reached;
	}

	private record Shown(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {

		List<String> ids() {
			return this.nodes.stream().map(node -> (String) node.get("id")).toList();
		}

		Collection<List<String>> pairs() {
			return this.edges.stream()
				.map(edge -> List.of((String) edge.get("source"), (String) edge.get("target")))
				.toList();
		}

		String fingerprint() {
			var lines = new TreeSet<String>();
			ids().forEach(id -> lines.add("n " + id));
			pairs().forEach(pair -> lines.add("e " + pair.get(0) + " " + pair.get(1)));
			try {
				var digest = MessageDigest.getInstance("SHA-256");
				lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
				return "fr2-" + ViewLayout.SEED + "-" + HexFormat.of().formatHex(digest.digest());
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@SuppressWarnings("unchecked")
		VisibleNetwork network(Map<String, SavedView.Position> positions, List<Confidentiality> levels) {
			Map<String, Integer> degree = new HashMap<>();
			for (Map<String, Object> edge : this.edges) {
				degree.merge((String) edge.get("source"), 1, Integer::sum);
				degree.merge((String) edge.get("target"), 1, Integer::sum);
			}
			List<VisibleNetwork.Node> nodes = new ArrayList<>();
			for (Map<String, Object> node : this.nodes) {
				String id = (String) node.get("id");
				SavedView.Position at = positions.get(id);
				nodes.add(new VisibleNetwork.Node(id, (String) node.get("label"), (String) node.get("acronym"),
						Sector.valueOf((String) node.get("sector")), (List<String>) node.get("countries"),
						degree.getOrDefault(id, 0), at.x(), at.y()));
			}
			List<VisibleNetwork.Edge> edges = this.edges.stream()
				.map(edge -> new VisibleNetwork.Edge((String) edge.get("id"), (String) edge.get("source"),
						(String) edge.get("target"), LinkType.valueOf((String) edge.get("type"))))
				.toList();
			return new VisibleNetwork(List.copyOf(nodes), edges, levels);
		}

	}

}
