package org.partnergraph.algorithms;

/**
 * Which view of a {@link CompactGraph} a measure walks.
 *
 * <ul>
 * <li>{@code UNDIRECTED}: the undirected simple view; links count both ways.</li>
 * <li>{@code OUT}: the directed view, following arcs forwards ({@code from -> to}).</li>
 * <li>{@code IN}: the directed view, following arcs backwards.</li>
 * </ul>
 *
 * Each measure says what OUT and IN mean for it; for the distance-based ones, IN measures
 * the distances <em>to</em> a node, which is what NetworkX computes on a {@code DiGraph}.
 */
public enum Direction {

	UNDIRECTED, OUT, IN

}
