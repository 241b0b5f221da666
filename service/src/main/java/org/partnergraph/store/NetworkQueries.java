package org.partnergraph.store;

import org.partnergraph.security.Visibility;

/**
 * Every Cypher read of the network, composed from one pair of conditions: what the caller
 * may see ({@link Visibility}) and what the {@link NetworkFilter} selects. A read that
 * needs another shape adds its RETURN clause here, never a condition of its own, so no
 * query can forget a level.
 */
final class NetworkQueries {

	private NetworkQueries() {
	}

	/**
	 * Whether link {@code r} was a tie on {@code $asOf}, as {@link NetworkFilter} defines
	 * it: started (a PLANNED link, when planned links count, as if it had), not ended,
	 * and of a status that counts. An ENDED link counts up to its end date, so a past
	 * date sees it alive; without an end date it never counts.
	 */
	static final String TIE_ON_DATE = """
			((r.start IS NULL OR r.start <= $asOf OR (r.status = 'PLANNED' AND $includePlanned))
			  AND (r.end IS NULL OR r.end >= $asOf)
			  AND (r.status IS NULL OR r.status = 'ACTIVE'
			       OR (r.status = 'ENDED' AND r.end IS NOT NULL)
			       OR (r.status = 'PLANNED' AND $includePlanned)
			       OR (r.status = 'UNKNOWN' AND $includeUnknown)))""";

	/**
	 * A stakeholder {@code s} the caller may see and the filter selects. With
	 * {@code $current}, an organisation all of whose visible links are no tie on asOf
	 * (they ended, or have not started, or are only planned) has left the network, or not
	 * joined it yet, and is left out; one with no link at all is kept, as the isolate the
	 * source names it.
	 */
	static final String STAKEHOLDER = Visibility.NODE_CONDITION + """

			AND ($sectors IS NULL OR s.sector IN $sectors)
			AND ($countries IS NULL OR EXISTS { (s)-[:OPERATES_IN]->(c:Country) WHERE c.code IN $countries })
			AND ($themes IS NULL OR EXISTS { (s)-[:WORKS_ON]->(t:Theme) WHERE t.id IN $themes })
			AND ($attributes IS NULL OR all(a IN $attributes WHERE CASE WHEN a.value IS NULL THEN s[a.key] IS NOT NULL
			     ELSE toLower(toString(s[a.key])) = a.value END))
			AND (NOT $current
			     OR NOT EXISTS { MATCH (s)-[r]-(o:Stakeholder) WHERE %1$s }
			     OR EXISTS { MATCH (s)-[r]-(o:Stakeholder) WHERE %1$s AND %2$s })"""
		.formatted(Visibility.linkCondition("r", "s", "o"), TIE_ON_DATE);

	/**
	 * A link {@code r} from {@code a} to {@code b}, all three visible, of a chosen type
	 * and, with {@code $current}, a tie on asOf. This is the one place where time decides
	 * which links an answer counts.
	 */
	static final String LINK = Visibility.LINK_CONDITION + """

			AND type(r) IN $linkTypes
			AND (NOT $current OR %s)""".formatted(TIE_ON_DATE);

	/**
	 * Both ends among the stakeholders read first ({@code $ids}), so links never reach
	 * past the nodes.
	 */
	private static final String LINK_AMONG = "a.id IN $ids AND b.id IN $ids AND " + LINK;

	private static final String COUNTRIES = "COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code ORDER BY c.code }";

	private static final String THEMES = "COLLECT { MATCH (s)-[:WORKS_ON]->(t:Theme) RETURN t.id ORDER BY t.id }";

	/**
	 * The custom attributes of a node or relationship as [name, value] pairs: the stored
	 * properties with the custom prefix (see CustomAttributes).
	 */
	static String customPairs(String variable) {
		return "[k IN keys(%1$s) WHERE k STARTS WITH '%2$s' | [substring(k, %3$d), toString(%1$s[k])]]"
			.formatted(variable, CustomAttributes.PROPERTY_PREFIX, CustomAttributes.PROPERTY_PREFIX.length());
	}

	/** The custom attributes as {name, value} maps in name order, for JSON answers. */
	private static String customNamed(String variable) {
		return ("COLLECT { UNWIND keys(%1$s) AS k WITH k WHERE k STARTS WITH '%2$s' "
				+ "RETURN {name: substring(k, %3$d), value: toString(%1$s[k])} ORDER BY k }")
			.formatted(variable, CustomAttributes.PROPERTY_PREFIX, CustomAttributes.PROPERTY_PREFIX.length());
	}

	// The network as Cytoscape.js elements.

	/**
	 * Where a read of stakeholders starts: every stakeholder, each then tested against
	 * {@link #STAKEHOLDER}.
	 */
	private static final String EVERY_STAKEHOLDER = "MATCH (s:Stakeholder)";

	/**
	 * Where a read of stakeholders starts when the filter names countries: from the
	 * countries' side, so only their stakeholders are tested against {@link #STAKEHOLDER}
	 * (which tests the countries again), rather than every stakeholder of the network.
	 * For one country of ten thousand organisations it reads about a fifth of what the
	 * full scan reads.
	 */
	private static final String STAKEHOLDERS_IN_COUNTRIES = """
			MATCH (country:Country)<-[:OPERATES_IN]-(s:Stakeholder)
			WHERE country.code IN $countries
			WITH DISTINCT s""";

	private static final String ELEMENT_NODES_FROM = """
			%%s
			WHERE %s
			RETURN s.id AS id, s.name AS label, s.sector AS sector, s.acronym AS acronym, s.level AS level,
			       s.subsector AS subsector, s.confidentiality AS confidentiality,
			       %s AS countries, %s AS themes
			ORDER BY id
			""".formatted(STAKEHOLDER, COUNTRIES, THEMES);

	static final String ELEMENT_NODES = ELEMENT_NODES_FROM.formatted(EVERY_STAKEHOLDER);

	/** {@link #ELEMENT_NODES} when {@code $countries} is not null. */
	static final String ELEMENT_NODES_IN_COUNTRIES = ELEMENT_NODES_FROM.formatted(STAKEHOLDERS_IN_COUNTRIES);

	static final String ELEMENT_EDGES = """
			MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
			WHERE %s
			RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight,
			       toString(r.start) AS start, toString(r.end) AS end, r.status AS status,
			       r.confidence AS confidence, r.confidentiality AS confidentiality,
			       ($asOf IS NOT NULL AND coalesce(%s, false)) AS current
			ORDER BY id
			""".formatted(LINK_AMONG, TIE_ON_DATE);

	// The projection the analyses compute on.

	/**
	 * Sectors whose stakeholders are no partners (instruments: plans and conventions) are
	 * left out of every analysis unless the filter names their sector; their links go
	 * with them, as links are read among the nodes read.
	 */
	private static final String ANALYSED = "($sectors IS NOT NULL OR NOT s.sector IN %s)"
		.formatted(java.util.Arrays.stream(org.partnergraph.model.Sector.values())
			.filter(sector -> !sector.isAnalysedByDefault())
			.map(sector -> "'" + sector.name() + "'")
			.collect(java.util.stream.Collectors.joining(", ", "[", "]")));

	private static final String PROJECTION_NODES_FROM = """
			%%s
			WHERE %s
			  AND %s
			RETURN s.id AS id, s.name AS name, s.sector AS sector, s.level AS level,
			       %s AS countries, %s AS themes
			ORDER BY id
			""".formatted(STAKEHOLDER, ANALYSED, COUNTRIES, THEMES);

	static final String PROJECTION_NODES = PROJECTION_NODES_FROM.formatted(EVERY_STAKEHOLDER);

	/** {@link #PROJECTION_NODES} when {@code $countries} is not null. */
	static final String PROJECTION_NODES_IN_COUNTRIES = PROJECTION_NODES_FROM.formatted(STAKEHOLDERS_IN_COUNTRIES);

	/**
	 * {@link #ELEMENT_NODES}, or its variant for a filter naming countries: the same
	 * conditions, the same answer, read from the countries' side.
	 */
	static String elementNodes(java.util.Map<String, Object> parameters) {
		return (parameters.get("countries") == null) ? ELEMENT_NODES : ELEMENT_NODES_IN_COUNTRIES;
	}

	/** {@link #PROJECTION_NODES}, or its variant for a filter naming countries. */
	static String projectionNodes(java.util.Map<String, Object> parameters) {
		return (parameters.get("countries") == null) ? PROJECTION_NODES : PROJECTION_NODES_IN_COUNTRIES;
	}

	static final String PROJECTION_LINKS = """
			MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
			WHERE %s
			RETURN r.id AS id, a.id AS from, b.id AS to, type(r) AS type, coalesce(r.weight, 1.0) AS weight,
			       r.start AS start, r.end AS end, r.status AS status, r.confidentiality AS confidentiality
			ORDER BY id
			""".formatted(LINK_AMONG);

	// Everything visible in the import format, for imports to compare against and exports
	// to write.

	static final String SNAPSHOT_STAKEHOLDERS = """
			MATCH (s:Stakeholder)
			WHERE %s
			RETURN s {
			  .id, .name, .sector, .acronym, .aliases, .subsector, .level, .website, .description, .evidence,
			  .confidentiality,
			  countries: COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code },
			  themes: COLLECT { MATCH (s)-[:WORKS_ON]->(t:Theme) RETURN t.id },
			  attributes: %s
			} AS s
			ORDER BY s.id
			""".formatted(STAKEHOLDER, customPairs("s"));

	static final String SNAPSHOT_LINKS = """
			MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
			WHERE %s
			RETURN r {
			  .id, .weight, .start, .end, .status, .evidence, .confidence, .confidentiality,
			  type: type(r), from: a.id, to: b.id, attributes: %s
			} AS r
			ORDER BY r.id
			""".formatted(LINK, customPairs("r"));

	// Stakeholders one by one: lists, search, details.

	private static final String SUMMARY_FIELDS = """
			s.id AS id, s.name AS name, s.acronym AS acronym, s.sector AS sector, s.level AS level,
			%s AS countries""".formatted(COUNTRIES);

	static final String STAKEHOLDER_PAGE = """
			MATCH (s:Stakeholder)
			WHERE %s
			WITH s ORDER BY s.name, s.id SKIP $skip LIMIT $limit
			RETURN %s
			""".formatted(STAKEHOLDER, SUMMARY_FIELDS);

	static final String STAKEHOLDER_COUNT = """
			MATCH (s:Stakeholder)
			WHERE %s
			RETURN count(s) AS total
			""".formatted(STAKEHOLDER);

	/**
	 * The visible stakeholders the full-text index matches, with the names they are
	 * ranked by; the index's scores are left out (see {@link SearchRelevance}).
	 */
	static final String SEARCH_MATCHES = """
			CALL db.index.fulltext.queryNodes('stakeholder_search', $q) YIELD node AS s
			WHERE %s
			RETURN s.id AS id, s.name AS name, s.acronym AS acronym, coalesce(s.aliases, []) AS aliases
			""".formatted(STAKEHOLDER);

	/** The list fields of the stakeholders of a page of search results, in any order. */
	static final String STAKEHOLDERS_BY_ID = """
			MATCH (s:Stakeholder)
			WHERE s.id IN $ids AND %s
			RETURN %s
			""".formatted(Visibility.NODE_CONDITION, SUMMARY_FIELDS);

	/** One stakeholder with its links to the others the caller may see. */
	static final String STAKEHOLDER_DETAILS = """
			MATCH (s:Stakeholder {id: $id})
			WHERE %s
			RETURN s {
			  .id, .name, .acronym, .aliases, .sector, .subsector, .level, .website, .description, .evidence,
			  .confidentiality,
			  countries: COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c {.code, .name} ORDER BY c.code },
			  themes: COLLECT { MATCH (s)-[:WORKS_ON]->(t:Theme) RETURN t {.id, .name} ORDER BY t.id },
			  attributes: %s,
			  links: COLLECT {
			    MATCH (s)-[r]-(o:Stakeholder)
			    WHERE %s
			    RETURN {
			      id: r.id, type: type(r), direction: CASE WHEN startNode(r) = s THEN 'OUT' ELSE 'IN' END,
			      other: o {.id, .name, .sector}, weight: r.weight, start: toString(r.start), end: toString(r.end),
			      status: r.status, evidence: r.evidence, confidence: r.confidence, confidentiality: r.confidentiality,
			      attributes: %s
			    } ORDER BY type(r), o.name
			  }
			} AS stakeholder
			""".formatted(Visibility.NODE_CONDITION, customNamed("s"), Visibility.linkCondition("r", "s", "o"),
			customNamed("r"));

	/**
	 * Changes whenever an import changes the network; the random epoch, when the counter
	 * itself is lost.
	 */
	static final String DATA_VERSION = """
			OPTIONAL MATCH (m:PartnerGraphMeta {key: 'data'})
			RETURN coalesce(m.epoch, 'none') + ':' + toString(coalesce(m.version, 0)) AS version""";

}
