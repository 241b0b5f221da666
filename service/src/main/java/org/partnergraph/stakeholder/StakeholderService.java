package org.partnergraph.stakeholder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.partnergraph.network.NetworkFilter;
import org.partnergraph.security.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Finds stakeholders and reads one with its links. */
@Service
public class StakeholderService {

	// Lucene query syntax characters: escaped so a name like "Stop the Traffik (STT)" is plain text.
	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

	private static final String SUMMARY_FIELDS = """
			s.id AS id, s.name AS name, s.acronym AS acronym, s.sector AS sector, s.level AS level,
			COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code ORDER BY c.code } AS countries""";

	private static final String LIST = """
			MATCH (s:Stakeholder)
			WHERE %s
			WITH s ORDER BY s.name, s.id SKIP $skip LIMIT $limit
			RETURN %s
			""".formatted(NetworkFilter.STAKEHOLDER_CONDITION, SUMMARY_FIELDS);

	private static final String COUNT = """
			MATCH (s:Stakeholder)
			WHERE %s
			RETURN count(s) AS total
			""".formatted(NetworkFilter.STAKEHOLDER_CONDITION);

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('stakeholder_search', $q) YIELD node AS s, score
			WHERE %s
			WITH s, score ORDER BY score DESC, s.name SKIP $skip LIMIT $limit
			RETURN %s, score
			""".formatted(NetworkFilter.STAKEHOLDER_CONDITION, SUMMARY_FIELDS);

	private static final String SEARCH_COUNT = """
			CALL db.index.fulltext.queryNodes('stakeholder_search', $q) YIELD node AS s
			WHERE %s
			RETURN count(s) AS total
			""".formatted(NetworkFilter.STAKEHOLDER_CONDITION);

	private static final String ONE = """
			MATCH (s:Stakeholder {id: $id})
			WHERE s.confidentiality IN $visible
			RETURN s {
			  .id, .name, .acronym, .aliases, .sector, .subsector, .level, .website, .description, .evidence,
			  .confidentiality,
			  countries: COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c {.code, .name} ORDER BY c.code },
			  themes: COLLECT { MATCH (s)-[:WORKS_ON]->(t:Theme) RETURN t {.id, .name} ORDER BY t.id },
			  links: COLLECT {
			    MATCH (s)-[r]-(o:Stakeholder)
			    WHERE r.confidentiality IN $visible AND o.confidentiality IN $visible
			    RETURN {
			      id: r.id, type: type(r), direction: CASE WHEN startNode(r) = s THEN 'OUT' ELSE 'IN' END,
			      other: o {.id, .name, .sector}, weight: r.weight, start: toString(r.start), end: toString(r.end),
			      status: r.status, evidence: r.evidence, confidence: r.confidence, confidentiality: r.confidentiality
			    } ORDER BY type(r), o.name
			  }
			} AS stakeholder
			""";

	private final Neo4jClient neo4j;

	StakeholderService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Stakeholders matching the filter; with {@code q}, those whose name, acronym or alias match it,
	 * best match first. Each word of {@code q} also matches as a prefix, for suggestions as you type.
	 */
	public Page<Map<String, Object>> find(NetworkFilter filter, String q, Pageable page) {
		var parameters = new HashMap<>(filter.parameters());
		parameters.put("skip", page.getOffset());
		parameters.put("limit", page.getPageSize());
		boolean search = q != null && !q.isBlank();
		if (search) {
			parameters.put("q", luceneQuery(q));
		}
		List<Map<String, Object>> content = List
			.copyOf(this.neo4j.query(search ? SEARCH : LIST).bindAll(parameters).fetch().all());
		long total = this.neo4j.query(search ? SEARCH_COUNT : COUNT)
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return new PageImpl<>(content, page, total);
	}

	@SuppressWarnings("unchecked")
	public Optional<Map<String, Object>> findById(String id) {
		return this.neo4j.query(ONE)
			.bind(id)
			.to("id")
			.bind(Visibility.current().names())
			.to(Visibility.PARAMETER)
			.fetch()
			.one()
			.map(row -> (Map<String, Object>) row.get("stakeholder"));
	}

	static String luceneQuery(String q) {
		var terms = q.strip().split("\\s+");
		var query = new StringBuilder();
		for (String term : terms) {
			// Lower case, so words like OR and NOT are searched for rather than read as operators.
			String escaped = LUCENE_SPECIAL.matcher(term.toLowerCase(java.util.Locale.ROOT)).replaceAll("\\\\$1");
			if (escaped.isEmpty()) {
				continue;
			}
			if (!query.isEmpty()) {
				query.append(" AND ");
			}
			// The exact word or any word it begins.
			query.append("(").append(escaped).append(" OR ").append(escaped).append("*)");
		}
		return query.toString();
	}

}
