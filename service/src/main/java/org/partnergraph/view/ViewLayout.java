package org.partnergraph.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.jgrapht.alg.drawing.model.Point2D;
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

	/** Between packed components, in layout units. */
	private static final double GAP = 60;

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
		if (graph.vertexSet().isEmpty()) {
			return positions;
		}
		// Each connected component on its own, largest first, then packed in rows: a
		// force layout of several components pushes the small ones to the corners.
		List<Set<String>> components = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
		components
			.sort(Comparator.comparingInt((Set<String> c) -> -c.size()).thenComparing(c -> new TreeSet<>(c).first()));
		double rowWidth = Math.max(SPACING * Math.sqrt(graph.vertexSet().size()) * 1.3,
				side(components.getFirst().size()));
		double x = 0;
		double y = 0;
		double rowHeight = 0;
		for (Set<String> component : components) {
			Map<String, Point2D> placed = layOutComponent(sorted(graph, component));
			double minX = placed.values().stream().mapToDouble(Point2D::getX).min().orElse(0);
			double minY = placed.values().stream().mapToDouble(Point2D::getY).min().orElse(0);
			double width = placed.values().stream().mapToDouble(Point2D::getX).max().orElse(0) - minX;
			double height = placed.values().stream().mapToDouble(Point2D::getY).max().orElse(0) - minY;
			if (x > 0 && x + width > rowWidth) {
				x = 0;
				y += rowHeight + GAP;
				rowHeight = 0;
			}
			for (var entry : placed.entrySet()) {
				// Rounded, so the stored JSON is short and its text the same everywhere.
				positions.put(entry.getKey(), new SavedView.Position(round(x + entry.getValue().getX() - minX),
						round(y + entry.getValue().getY() - minY)));
			}
			x += width + GAP;
			rowHeight = Math.max(rowHeight, height);
		}
		return positions;
	}

	/** One connected component, from the same seed whatever else is in the network. */
	private static Map<String, Point2D> layOutComponent(Graph<String, DefaultEdge> component) {
		int n = component.vertexSet().size();
		if (n == 1) {
			return Map.of(component.vertexSet().iterator().next(), Point2D.of(0, 0));
		}
		double side = side(n);
		var model = new MapLayoutModel2D<String>(Box2D.of(side, side));
		var random = new Random(SEED);
		var algorithm = n > EXACT_LIMIT
				? new IndexedFRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS,
						IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
						FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random)
				: new FRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS,
						FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random);
		algorithm.layout(component, model);
		return model.collect();
	}

	/**
	 * The component as a graph of its own, its nodes and links added in sorted order, so
	 * the layout never depends on the order of a hash set.
	 */
	private static Graph<String, DefaultEdge> sorted(Graph<String, DefaultEdge> graph, Set<String> component) {
		Graph<String, DefaultEdge> sorted = new SimpleGraph<>(DefaultEdge.class);
		var nodes = new TreeSet<>(component);
		nodes.forEach(sorted::addVertex);
		var links = new TreeSet<String>();
		for (DefaultEdge edge : graph.edgeSet()) {
			String a = graph.getEdgeSource(edge);
			if (nodes.contains(a)) {
				links.add(a + "\u0000" + graph.getEdgeTarget(edge));
			}
		}
		for (String link : links) {
			int split = link.indexOf('\u0000');
			sorted.addEdge(link.substring(0, split), link.substring(split + 1));
		}
		return sorted;
	}

	private static double side(int n) {
		return SPACING * Math.sqrt(n) + SPACING;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
