package org.partnergraph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Level;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Reads the whole stored network in the shape of the import format. Imports compare against it,
 * exports write it out.
 */
@Component
public class GraphStore {

	private static final String STAKEHOLDERS = """
			MATCH (s:Stakeholder)
			WHERE s.confidentiality IN $visible
			RETURN s {
			  .id, .name, .sector, .acronym, .aliases, .subsector, .level, .website, .description, .evidence,
			  .confidentiality,
			  countries: COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code },
			  themes: COLLECT { MATCH (s)-[:WORKS_ON]->(t:Theme) RETURN t.id }
			} AS s
			ORDER BY s.id
			""";

	private static final String LINKS = """
			MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
			WHERE %s
			RETURN r {
			  .id, .weight, .start, .end, .status, .evidence, .confidence, .confidentiality,
			  type: type(r), from: a.id, to: b.id
			} AS r
			ORDER BY r.id
			""".formatted(Visibility.LINK_CONDITION);

	private final Driver driver;

	public GraphStore(Driver driver) {
		this.driver = driver;
	}

	/**
	 * A value that changes whenever an import changes the network, for caches of anything computed
	 * from it. The random epoch makes it change too when the version counter itself is lost.
	 */
	public String dataVersion() {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("""
					OPTIONAL MATCH (m:PartnerGraphMeta {key: 'data'})
					RETURN coalesce(m.epoch, 'none') + ':' + toString(coalesce(m.version, 0)) AS version""")
				.single()
				.get("version")
				.asString());
		}
	}

	/** Everything the current caller may see. */
	public NetworkSnapshot readAll() {
		return readAll(Visibility.current());
	}

	public NetworkSnapshot readAll(Visibility visibility) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> readAll(tx, visibility));
		}
	}

	/** Reads inside a transaction the caller holds, so it sees the caller's own writes. */
	public static NetworkSnapshot readAll(TransactionContext tx, Visibility visibility) {
		Map<String, Object> parameters = Map.of(Visibility.PARAMETER, visibility.names());
		List<StakeholderRecord> stakeholders = tx.run(STAKEHOLDERS, parameters).list(GraphStore::stakeholder);
		List<LinkRecord> links = tx.run(LINKS, parameters).list(GraphStore::link);
		return new NetworkSnapshot(stakeholders, links);
	}

	private static StakeholderRecord stakeholder(Record record) {
		Value s = record.get("s");
		return new StakeholderRecord(s.get("id").asString(), s.get("name").asString(),
				Sector.valueOf(s.get("sector").asString()), text(s, "acronym"),
				s.get("aliases").isNull() ? List.of() : s.get("aliases").asList(Value::asString),
				text(s, "subsector"), s.get("level").isNull() ? null : Level.valueOf(s.get("level").asString()),
				s.get("countries").asList(Value::asString), s.get("themes").asList(Value::asString),
				text(s, "website"), text(s, "description"), text(s, "evidence"),
				s.get("confidentiality").isNull() ? null
						: Confidentiality.valueOf(s.get("confidentiality").asString()));
	}

	private static LinkRecord link(Record record) {
		Value r = record.get("r");
		return new LinkRecord(r.get("id").asString(), r.get("from").asString(), r.get("to").asString(),
				LinkType.valueOf(r.get("type").asString()), r.get("weight").isNull() ? 1.0 : r.get("weight").asDouble(),
				date(r, "start"), date(r, "end"),
				r.get("status").isNull() ? null : LinkStatus.valueOf(r.get("status").asString()), text(r, "evidence"),
				r.get("confidence").isNull() ? null : r.get("confidence").asDouble(),
				r.get("confidentiality").isNull() ? null
						: Confidentiality.valueOf(r.get("confidentiality").asString()));
	}

	private static String text(Value map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asString();
	}

	private static LocalDate date(Value map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asLocalDate();
	}

}
