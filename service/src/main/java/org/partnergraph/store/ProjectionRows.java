package org.partnergraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;

/**
 * A projection as read from the database, before it is indexed: the rows of
 * {@link NetworkQueries#PROJECTION_NODES} and {@link NetworkQueries#PROJECTION_LINKS} in
 * their order, whether Cypher or {@link InProcessProjection} read them.
 *
 * @param nodes the stakeholders, by id
 * @param links the links among them, by id
 */
record ProjectionRows(List<NodeRow> nodes, List<LinkRow> links) {

	record NodeRow(String id, String name, String sector, String level, List<String> countries, List<String> themes) {
	}

	/** A link by the ids of its ends; its confidentiality is a level's name. */
	record LinkRow(String id, String from, String to, String type, double weight, LocalDate start, LocalDate end,
			String status, String confidentiality) {
	}

	Projection toProjection() {
		var index = new HashMap<String, Integer>(this.nodes.size() * 2);
		var nodes = new ArrayList<Projection.Node>(this.nodes.size());
		for (NodeRow row : this.nodes) {
			index.put(row.id(), nodes.size());
			nodes.add(new Projection.Node(row.id(), row.name(), row.sector(), row.level(), row.countries(),
					row.themes()));
		}
		var builder = CompactGraph.builder(nodes.size());
		var links = new ArrayList<Projection.Link>(this.links.size());
		// A million links name a few statuses and some thousand dates: one object each,
		// rather than one per link as the database hands them out.
		Map<Object, Object> shared = new HashMap<>();
		for (LinkRow row : this.links) {
			LinkType type = LinkType.valueOf(row.type());
			int from = index.get(row.from());
			int to = index.get(row.to());
			builder.addLink(from, to, row.weight(), type.symmetric());
			links.add(new Projection.Link(row.id(), from, to, type, row.weight(), one(shared, row.start()),
					one(shared, row.end()), one(shared, row.status()), (row.confidentiality() == null)
							? Confidentiality.PUBLIC : Confidentiality.valueOf(row.confidentiality())));
		}
		return new Projection(builder.build(), List.copyOf(nodes), List.copyOf(links));
	}

	@SuppressWarnings("unchecked")
	private static <T> T one(Map<Object, Object> shared, T value) {
		return (value == null) ? null : (T) shared.computeIfAbsent(value, v -> v);
	}

}
