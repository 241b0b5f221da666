package org.partnergraph.store;

import java.util.List;
import java.util.Map;

/**
 * A network as Cytoscape.js elements: each node and edge carries its fields under
 * {@code data}.
 *
 * @param nodes the stakeholders
 * @param edges the links among them
 */
public record NetworkElements(List<Element> nodes, List<Element> edges) {

	public record Element(Map<String, Object> data) {
	}

}
