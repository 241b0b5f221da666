package org.partnergraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.partnergraph.analysis.internal.CompactGraph;
import org.partnergraph.model.Confidentiality;
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
			RETURN s.id AS id, s.name AS name, s.sector AS sector, s.level AS level,
			       COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code ORDER BY c.code } AS countries,
			       COLLECT { MATCH (s)-[:WORKS_ON]->(t:Theme) RETURN t.id ORDER BY t.id } AS themes
			ORDER BY id
			""".formatted(NetworkFilter.STAKEHOLDER_CONDITION);

	private static final String LINKS = """
			MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
			WHERE a.id IN $ids AND b.id IN $ids AND %s
			RETURN r.id AS id, a.id AS from, b.id AS to, type(r) AS type, coalesce(r.weight, 1.0) AS weight,
			       r.start AS start, r.end AS end, r.status AS status, r.confidentiality AS confidentiality
			ORDER BY id
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
							record.get("sector").asString(),
							record.get("level").isNull() ? null : record.get("level").asString(),
							record.get("countries").asList(Value::asString),
							record.get("themes").asList(Value::asString)));
				});
				parameters.put("ids", List.copyOf(index.keySet()));
				var builder = CompactGraph.builder(nodes.size());
				var links = new ArrayList<Projection.Link>();
				tx.run(LINKS, parameters).forEachRemaining(record -> {
					LinkType type = LinkType.valueOf(record.get("type").asString());
					int from = index.get(record.get("from").asString());
					int to = index.get(record.get("to").asString());
					double weight = record.get("weight").asDouble();
					builder.addLink(from, to, weight, type.symmetric());
					links.add(new Projection.Link(record.get("id").asString(), from, to, type, weight,
							record.get("start").isNull() ? null : record.get("start").asLocalDate(),
							record.get("end").isNull() ? null : record.get("end").asLocalDate(),
							record.get("status").isNull() ? null : record.get("status").asString(),
							record.get("confidentiality").isNull() ? Confidentiality.PUBLIC
									: Confidentiality.valueOf(record.get("confidentiality").asString())));
				});
				return new Projection(builder.build(), List.copyOf(nodes), List.copyOf(links));
			});
		}
	}

}
