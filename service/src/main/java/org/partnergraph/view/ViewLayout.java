package org.partnergraph.view;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The server's own layout: Fruchterman-Reingold (JGraphT's {@link FRLayoutAlgorithm2D})
 * with a fixed seed, on the nodes and links given and nothing else. The result is a pure
 * function of its input: vertices and edges enter the graph sorted, the random start
 * comes from one fixed seed, and Java's floating point is the same on every machine, so
 * the same network always gets the same positions, and a network that differs only by
 * data a reader may not see gets the positions of the network without it.
 *
 * <p>
 * Above {@link #EXACT_LIMIT} nodes the Barnes-Hut variant
 * ({@link IndexedFRLayoutAlgorithm2D}, O(n log n) per iteration) replaces the exact one
 * (O(n²)); it is just as deterministic.
 */
final class ViewLayout {

	static final long SEED = 20210601L;

	static final int EXACT_LIMIT = 800;

	private static final int ITERATIONS = 200;

	// Never a stakeholder id: ids are printable.
	private static final String TETHER = "\u0000tether";

	/**
	 * Layout units per node along a side: the drawing grows with the square root of n.
	 */
	private static final double SPACING = 90;

	private ViewLayout() {
	}

	/**
	 * @param nodeIds the nodes
	 * @param links pairs of node ids; direction, type and parallel links play no part
	 */
	static Map<String, SavedView.Position> forceDirected(Collection<String> nodeIds, Collection<List<String>> links) {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		new TreeSet<>(nodeIds).forEach(graph::addVertex);
		var pairs = new TreeSet<String>();
		for (List<String> link : links) {
			String a = link.get(0);
			String b = link.get(1);
			if (!a.equals(b) && graph.containsVertex(a) && graph.containsVertex(b)) {
				pairs.add(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a);
			}
		}
		for (String pair : pairs) {
			int split = pair.indexOf('\u0000');
			graph.addEdge(pair.substring(0, split), pair.substring(split + 1));
		}
		var positions = new TreeMap<String, SavedView.Position>();
		tether(graph);
		int n = graph.vertexSet().size();
		if (n == 0) {
			return positions;
		}
		double side = SPACING * Math.sqrt(n) + SPACING;
		var model = new MapLayoutModel2D<String>(Box2D.of(side, side));
		var random = new Random(SEED);
		var algorithm = n > EXACT_LIMIT
				? new IndexedFRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS,
						IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
						FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random)
				: new FRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS,
						FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random);
		algorithm.layout(graph, model);
		for (var entry : model) {
			if (entry.getKey().equals(TETHER)) {
				continue;
			}
			// Rounded, so the stored JSON is short and its text is the same on every
			// machine.
			positions.put(entry.getKey(),
					new SavedView.Position(round(entry.getValue().getX()), round(entry.getValue().getY())));
		}
		return positions;
	}

	/**
	 * Ties each connected component, by its first node, to one invisible node, so small
	 * components and lone organisations stay near the rest instead of being pushed to the
	 * corners of the drawing area.
	 */
	private static void tether(Graph<String, DefaultEdge> graph) {
		List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
		if (components.size() < 2) {
			return;
		}
		graph.addVertex(TETHER);
		components.stream()
			.map(component -> new TreeSet<>(component).first())
			.sorted()
			.forEach(first -> graph.addEdge(TETHER, first));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
