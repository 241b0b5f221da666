package org.partnergraph.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Reads a filtered part of the network in the element shape Cytoscape.js takes. */
@Service
public class NetworkService {

	private static final String NODES = """
			MATCH (s:Stakeholder)
			WHERE %s
			RETURN s.id AS id, s.name AS label, s.sector AS sector, s.acronym AS acronym, s.level AS level,
			       s.subsector AS subsector, s.confidentiality AS confidentiality,
			       COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code ORDER BY c.code } AS countries,
			       COLLECT { MATCH (s)-[:WORKS_ON]->(t:Theme) RETURN t.id ORDER BY t.id } AS themes
			ORDER BY id
			""".formatted(NetworkFilter.STAKEHOLDER_CONDITION);

	private static final String EDGES = """
			MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
			WHERE a.id IN $ids AND b.id IN $ids AND %s
			RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight,
			       toString(r.start) AS start, toString(r.end) AS end, r.status AS status,
			       r.confidence AS confidence, r.confidentiality AS confidentiality
			ORDER BY id
			""".formatted(NetworkFilter.LINK_CONDITION);

	private final Neo4jClient neo4j;

	NetworkService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Network network(NetworkFilter filter) {
		Map<String, Object> parameters = filter.parameters();
		Collection<Map<String, Object>> nodes = this.neo4j.query(NODES).bindAll(parameters).fetch().all();
		var ids = new ArrayList<Object>();
		nodes.forEach(node -> ids.add(node.get("id")));
		var edgeParameters = new HashMap<>(parameters);
		edgeParameters.put("ids", ids);
		Collection<Map<String, Object>> edges = this.neo4j.query(EDGES).bindAll(edgeParameters).fetch().all();
		return new Network(nodes.stream().map(Network.Element::new).toList(),
				edges.stream().map(Network.Element::new).toList());
	}

	/** A network as Cytoscape.js elements: each node and edge carries its fields under {@code data}. */
	public record Network(List<Element> nodes, List<Element> edges) {

		public record Element(Map<String, Object> data) {
		}

	}

}
