package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.partnergraph.model.Countries;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Themes;
import org.partnergraph.store.CustomAttributes;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.MergedIds;
import org.partnergraph.store.StakeholderRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cypher that writes an import. Everything runs in the caller's transaction, in
 * batches of {@code UNWIND $rows ... MERGE}, so a large file is written fast and still
 * all-or-nothing.
 */
final class ImportWriter {

	private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

	static final int BATCH_SIZE = 2_000;

	private static final String UPSERT_COUNTRIES = """
			UNWIND $rows AS row
			MERGE (c:Country {code: row.code})
			ON CREATE SET c.name = row.name, c.asean = row.asean, c.target = row.target
			""";

	private static final String UPSERT_THEMES = """
			UNWIND $rows AS row
			MERGE (t:Theme {id: row.id})
			ON CREATE SET t.name = row.name
			""";

	private static final String UPSERT_STAKEHOLDERS = """
			UNWIND $rows AS row
			MERGE (s:Stakeholder {id: row.id})
			SET s += row.props, s.revision = coalesce(s.revision, 0) + 1
			WITH s, row
			CALL (s, row) {
			  UNWIND [k IN keys(s) WHERE k STARTS WITH $customPrefix AND NOT k IN keys(row.custom)] AS stale
			  SET s[stale] = null
			}
			SET s += row.custom
			WITH s, row
			CALL (s) {
			  MATCH (s)-[old:OPERATES_IN|WORKS_ON]->()
			  DELETE old
			}
			CALL (s, row) {
			  UNWIND row.countries AS code
			  MATCH (c:Country {code: code})
			  MERGE (s)-[:OPERATES_IN]->(c)
			}
			CALL (s, row) {
			  UNWIND row.themes AS theme
			  MATCH (t:Theme {id: theme})
			  MERGE (s)-[:WORKS_ON]->(t)
			}
			""".replace("$customPrefix", "'" + CustomAttributes.PROPERTY_PREFIX + "'");

	/**
	 * {@link #UPSERT_STAKEHOLDERS} for stakeholders the database does not hold yet: with
	 * nothing to find, compare or clear, a plain CREATE does the same in a fraction of
	 * the time, which is most of a first import's writing.
	 */
	private static final String CREATE_STAKEHOLDERS = """
			UNWIND $rows AS row
			CREATE (s:Stakeholder {id: row.id})
			SET s += row.created
			WITH s, row
			CALL (s, row) {
			  UNWIND row.countries AS code
			  MATCH (c:Country {code: code})
			  CREATE (s)-[:OPERATES_IN]->(c)
			}
			CALL (s, row) {
			  UNWIND row.themes AS theme
			  MATCH (t:Theme {id: theme})
			  CREATE (s)-[:WORKS_ON]->(t)
			}
			""";

	private static final String STAGE_STAKEHOLDERS = CREATE_STAKEHOLDERS.replace("CREATE (s:Stakeholder ",
			"CREATE (s:StagedStakeholder ") + "RETURN s.id AS id, elementId(s) AS element";

	private static final String COUNT_STAGED = """
			RETURN COUNT { (s:StagedStakeholder) } AS stakeholders,
			       COUNT { (:StagedStakeholder)-[]->(:StagedStakeholder) } AS links,
			       COUNT { (p:ChangeSetPart {set: $set}) } AS parts""";

	private static final String PUBLISH_STAGED = """
			MATCH (s:StagedStakeholder)
			REMOVE s:StagedStakeholder
			SET s:Stakeholder
			RETURN count(s) AS published""";

	private static final String DISCARD_STAGED = """
			MATCH (s:StagedStakeholder)
			WITH s LIMIT $batch
			DETACH DELETE s
			RETURN count(*) AS discarded""";

	private static final String DELETE_STAKEHOLDERS = """
			UNWIND $ids AS id
			MATCH (s:Stakeholder {id: id})
			DETACH DELETE s
			""";

	// The relationship type cannot be a parameter; it comes from the LinkType allow-list
	// only.
	private static final String UPSERT_LINKS = """
			UNWIND $rows AS row
			MATCH (a:Stakeholder {id: row.from})
			MATCH (b:Stakeholder {id: row.to})
			MERGE (a)-[r:%s {id: row.id}]->(b)
			SET r += row.props, r.revision = coalesce(r.revision, 0) + 1
			WITH r, row
			CALL (r, row) {
			  UNWIND [k IN keys(r) WHERE k STARTS WITH $customPrefix AND NOT k IN keys(row.custom)] AS stale
			  SET r[stale] = null
			}
			SET r += row.custom
			""".replace("$customPrefix", "'" + CustomAttributes.PROPERTY_PREFIX + "'");

	/**
	 * {@link #UPSERT_LINKS} for links the database does not hold yet, of every type in
	 * one statement (the type a row's, from the LinkType allow-list), so one plan serves
	 * them all instead of one per type.
	 */
	private static final String CREATE_LINKS = """
			UNWIND $rows AS row
			MATCH (a:Stakeholder {id: row.from})
			MATCH (b:Stakeholder {id: row.to})
			CREATE (a)-[r:$(row.type) {id: row.id}]->(b)
			SET r += row.created
			""";

	/**
	 * {@link #CREATE_LINKS} between staged stakeholders, found by the element ids their
	 * staging answered: a seek by id, where a unique index's seek takes a lock per row
	 * and was a third of the statement's time. Nothing deletes a staged stakeholder while
	 * its import runs, so its element id stays its own.
	 */
	private static final String STAGE_LINKS = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.a
			MATCH (b) WHERE elementId(b) = row.b
			CREATE (a)-[r:$(row.type) {id: row.id}]->(b)
			SET r += row.created
			""";

	private static final String DELETE_LINKS = """
			UNWIND $ids AS id
			MATCH ()-[r:%s {id: id}]->()
			DELETE r
			""";

	private static final String BUMP_DATA_VERSION = """
			MERGE (m:PartnerGraphMeta {key: 'data'})
			ON CREATE SET m.epoch = randomUUID()
			SET m.version = coalesce(m.version, 0) + 1
			""";

	private final TransactionContext tx;

	ImportWriter(TransactionContext tx) {
		this.tx = tx;
	}

	/**
	 * Writes stakeholders: {@code created} ones the database does not hold (no
	 * stakeholder, visible or hidden, has their ids), {@code upserted} ones it may hold,
	 * merged in.
	 */
	void writeStakeholders(List<StakeholderRecord> created, List<StakeholderRecord> upserted) {
		writeCountriesAndThemes(Stream.concat(created.stream(), upserted.stream()).toList());
		batched("stakeholders created", created, CREATE_STAKEHOLDERS, s -> stakeholderRow(s, true));
		batched("stakeholders updated", upserted, UPSERT_STAKEHOLDERS, s -> stakeholderRow(s, false));
		dropMergedIds(Stream.concat(created.stream(), upserted.stream()).map(StakeholderRecord::id).toList());
	}

	/** An id given again is a stakeholder again, no longer one merged away. */
	void dropMergedIds(List<String> ids) {
		batchedIds("merged ids taken again", ids, MergedIds.DROP);
	}

	/** The countries and themes the stakeholders name, created where missing. */
	void writeCountriesAndThemes(List<StakeholderRecord> stakeholders) {
		var countries = new TreeSet<String>();
		var themes = new TreeSet<String>();
		stakeholders.forEach(s -> {
			countries.addAll(s.countries());
			themes.addAll(s.themes());
		});
		batched("countries", List.copyOf(countries), UPSERT_COUNTRIES,
				code -> Map.of("code", code, "name", Countries.name(code), "asean", Countries.ASEAN.contains(code),
						"target", Countries.TARGET.contains(code)));
		batched("themes", List.copyOf(themes), UPSERT_THEMES, id -> Map.of("id", id, "name", Themes.name(id)));
	}

	/**
	 * Writes new stakeholders as {@code :StagedStakeholder}, which no reader matches, for
	 * {@link StagedImport}; their countries and themes must exist.
	 */
	Map<String, String> stageStakeholders(List<StakeholderRecord> created) {
		var elements = new HashMap<String, String>();
		batched(null, created, STAGE_STAKEHOLDERS, s -> stakeholderRow(s, true),
				row -> elements.put(row.get("id").asString(), row.get("element").asString()));
		return elements;
	}

	/**
	 * Writes new links between staged stakeholders, for {@link StagedImport}, given each
	 * staged stakeholder's element id.
	 */
	void stageLinks(List<LinkRecord> created, Map<String, String> elements) {
		batched(null, created, STAGE_LINKS, link -> {
			var row = linkRow(link, true);
			row.put("a", elements.get(link.from()));
			row.put("b", elements.get(link.to()));
			return row;
		});
	}

	/** Makes every staged stakeholder, with its links, part of the network. */
	long publishStaged() {
		return this.tx.run(PUBLISH_STAGED).single().get("published").asLong();
	}

	/**
	 * What is staged: stakeholders, links among them, and history parts of the change set
	 * {@code set}, in that order.
	 */
	long[] countStaged(String set) {
		var counts = this.tx.run(COUNT_STAGED, Map.of("set", set)).single();
		return new long[] { counts.get("stakeholders").asLong(), counts.get("links").asLong(),
				counts.get("parts").asLong() };
	}

	/**
	 * Deletes up to {@code batch} staged stakeholders with their links; answers how many
	 * went.
	 */
	static long discardStaged(TransactionContext tx, int batch) {
		return tx.run(DISCARD_STAGED, Map.of("batch", batch)).single().get("discarded").asLong();
	}

	void deleteStakeholders(Collection<String> ids) {
		batchedIds("stakeholders deleted", List.copyOf(ids), DELETE_STAKEHOLDERS);
	}

	/**
	 * Writes links: {@code created} ones the database does not hold, {@code upserted}
	 * ones it may (updated in place, or removed first because their ends or type
	 * changed).
	 */
	void writeLinks(List<LinkRecord> created, List<LinkRecord> upserted) {
		batched("links created", created, CREATE_LINKS, l -> linkRow(l, true));
		for (var entry : byType(upserted, LinkRecord::type).entrySet()) {
			batched(entry.getKey() + " links updated", entry.getValue(), UPSERT_LINKS.formatted(entry.getKey().name()),
					l -> linkRow(l, false));
		}
	}

	void deleteLinks(List<LinkRecord> links) {
		for (var entry : byType(links, LinkRecord::type).entrySet()) {
			batchedIds(entry.getKey() + " links deleted", entry.getValue().stream().map(LinkRecord::id).toList(),
					DELETE_LINKS.formatted(entry.getKey().name()));
		}
	}

	void bumpDataVersion() {
		this.tx.run(BUMP_DATA_VERSION).consume();
	}

	/**
	 * Custom attributes as stored properties: each name behind the prefix, so it cannot
	 * overwrite a field (see CustomAttributes).
	 */
	private static Map<String, Object> custom(Map<String, String> attributes) {
		var properties = new HashMap<String, Object>();
		attributes.forEach((name, value) -> properties.put(CustomAttributes.PROPERTY_PREFIX + name, value));
		return properties;
	}

	/**
	 * Every property of a new record in one map, for one SET: its fields that have a
	 * value, its custom attributes and its first revision. Three SETs cost three changes
	 * per record, a quarter of a large import's statement time.
	 */
	private static Map<String, Object> created(Map<String, Object> props, Map<String, String> attributes) {
		var created = new HashMap<String, Object>(custom(attributes));
		props.forEach((name, value) -> {
			if (value != null) {
				created.put(name, value);
			}
		});
		created.put("revision", 1L);
		return created;
	}

	private <T> void batched(String what, List<T> items, String cypher, Function<T, Map<String, Object>> toRow) {
		batched(what, items, cypher, toRow, answer -> {
		});
	}

	/**
	 * Runs the statement over the items in batches, handing each row it answers to
	 * {@code answers}; with {@code what}, logs the progress of a large list (a caller
	 * that gives one part at a time logs its own).
	 */
	private <T> void batched(String what, List<T> items, String cypher, Function<T, Map<String, Object>> toRow,
			Consumer<Record> answers) {
		for (int from = 0; from < items.size(); from += BATCH_SIZE) {
			int to = Math.min(items.size(), from + BATCH_SIZE);
			var rows = items.subList(from, to).stream().map(toRow).toList();
			this.tx.run(cypher, Map.of("rows", rows)).forEachRemaining(answers);
			if (what != null && items.size() > BATCH_SIZE) {
				log.info("Import: {} {}/{}", what, to, items.size());
			}
		}
	}

	private void batchedIds(String what, List<String> ids, String cypher) {
		for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
			int to = Math.min(ids.size(), from + BATCH_SIZE);
			this.tx.run(cypher, Map.of("ids", ids.subList(from, to))).consume();
			if (ids.size() > BATCH_SIZE) {
				log.info("Import: {} {}/{}", what, to, ids.size());
			}
		}
	}

	/**
	 * A stakeholder as the statements take it. A new one's properties come in one map
	 * ({@code created}); an existing one's fields and custom attributes come apart, so
	 * the upsert can clear what the record no longer has.
	 */
	private static Map<String, Object> stakeholderRow(StakeholderRecord s, boolean isNew) {
		var row = new HashMap<String, Object>();
		row.put("id", s.id());
		withProperties(row, stakeholderFields(s), s.attributes(), isNew);
		// Distinct, as a CREATE of the relationships would repeat a repeated code.
		row.put("countries", s.countries().stream().distinct().toList());
		row.put("themes", s.themes().stream().distinct().toList());
		return row;
	}

	/**
	 * Every property a new stakeholder is stored with but its id, as {@code created} has
	 * them: for writers that do not go through these statements.
	 */
	static Map<String, Object> newStakeholderProperties(StakeholderRecord s) {
		return created(stakeholderFields(s), s.attributes());
	}

	private static Map<String, Object> stakeholderFields(StakeholderRecord s) {
		var props = new HashMap<String, Object>();
		props.put("name", s.name());
		props.put("sector", s.sector().name());
		props.put("acronym", s.acronym());
		props.put("aliases", s.aliases().isEmpty() ? null : s.aliases());
		props.put("aliasesText", s.aliases().isEmpty() ? null : String.join(" ; ", s.aliases()));
		props.put("subsector", s.subsector());
		props.put("level", s.level() == null ? null : s.level().name());
		props.put("website", s.website());
		props.put("description", s.description());
		props.put("evidence", s.evidence());
		props.put("confidentiality", s.confidentiality().name());
		return props;
	}

	/** A link as the statements take it, its properties as {@link #stakeholderRow}'s. */
	private static Map<String, Object> linkRow(LinkRecord l, boolean isNew) {
		var row = new HashMap<String, Object>();
		row.put("id", l.id());
		row.put("type", l.type().name());
		row.put("from", l.from());
		row.put("to", l.to());
		withProperties(row, linkFields(l), l.attributes(), isNew);
		return row;
	}

	/**
	 * Every property a new link is stored with but its id, as
	 * {@link #newStakeholderProperties}.
	 */
	static Map<String, Object> newLinkProperties(LinkRecord l) {
		return created(linkFields(l), l.attributes());
	}

	private static Map<String, Object> linkFields(LinkRecord l) {
		var props = new HashMap<String, Object>();
		props.put("weight", l.weight());
		props.put("start", l.start());
		props.put("end", l.end());
		props.put("status", l.status().name());
		props.put("evidence", l.evidence());
		props.put("confidence", l.confidence());
		props.put("confidentiality", l.confidentiality().name());
		return props;
	}

	private static void withProperties(Map<String, Object> row, Map<String, Object> props,
			Map<String, String> attributes, boolean isNew) {
		if (isNew) {
			row.put("created", created(props, attributes));
		}
		else {
			row.put("props", props);
			row.put("custom", custom(attributes));
		}
	}

	private static <T> Map<LinkType, List<T>> byType(List<T> items, Function<T, LinkType> type) {
		var groups = new LinkedHashMap<LinkType, List<T>>();
		for (T item : items) {
			groups.computeIfAbsent(type.apply(item), key -> new ArrayList<>()).add(item);
		}
		return groups;
	}

}
