package org.partnergraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.partnergraph.analysis.internal.CompactGraph;
import org.partnergraph.model.LinkType;
import org.partnergraph.network.NetworkFilter;
import org.partnergraph.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Reads the part of the network a filter selects, and that the caller may see, into a
 * {@link Projection}. Both reads run in one transaction so nodes and links agree.
 */
@Component
class ProjectionLoader {

	private static final String NODES = """
			MATCH (s:Stakeholder)
			WHERE %s
			RETURN s.id AS id, s.name AS name, s.sector AS sector,
			       COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code ORDER BY c.code } AS countries
			ORDER BY id
			""".formatted(NetworkFilter.STAKEHOLDER_CONDITION);

	private static final String LINKS = """
			MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
			WHERE a.id IN $ids AND b.id IN $ids AND %s
			RETURN a.id AS from, b.id AS to, type(r) AS type, coalesce(r.weight, 1.0) AS weight
			""".formatted(NetworkFilter.LINK_CONDITION);

	private final Driver driver;

	ProjectionLoader(Driver driver) {
		this.driver = driver;
	}

	Projection load(NetworkFilter filter, Visibility visibility) {
		Map<String, Object> parameters = new HashMap<>(filter.parameters(visibility));
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				var nodes = new ArrayList<Projection.Node>();
				var index = new HashMap<String, Integer>();
				tx.run(NODES, parameters).forEachRemaining(record -> {
					index.put(record.get("id").asString(), nodes.size());
					nodes.add(new Projection.Node(record.get("id").asString(), record.get("name").asString(),
							record.get("sector").asString(), record.get("countries").asList(Value::asString)));
				});
				parameters.put("ids", List.copyOf(index.keySet()));
				var builder = CompactGraph.builder(nodes.size());
				tx.run(LINKS, parameters).forEachRemaining(record -> {
					LinkType type = LinkType.valueOf(record.get("type").asString());
					builder.addLink(index.get(record.get("from").asString()), index.get(record.get("to").asString()),
							record.get("weight").asDouble(), type.symmetric());
				});
				return new Projection(builder.build(), List.copyOf(nodes));
			});
		}
	}

}
