package org.partnergraph.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.security.Visibility;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of the network: a {@code :Change} node per change of a stakeholder or link,
 * written in the transaction of the change itself (so a change and its record commit or
 * fail together), apart from the network (no relationship joins a change to what it
 * changed, so no network query meets one). A change carries the levels that decide who
 * may read it: the record's, and for a link its ends'; a record that becomes RESTRICTED
 * takes its earlier changes with it.
 */
@Component
public class ChangeLog {

	/** Rows written per statement, as the import batches its own. */
	static final int BATCH_SIZE = 2_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Map<String, Object>>> FIELDS = new TypeReference<>() {
	};

	// The counter gives each change its place in one order over every writer; it is
	// taken under the lock of the meta node, as the data version is.
	private static final String RECORD = """
			MERGE (m:PartnerGraphMeta {key: 'changes'})
			SET m.seq = coalesce(m.seq, 0) + size($rows)
			WITH m.seq - size($rows) AS base
			UNWIND range(0, size($rows) - 1) AS i
			WITH base + i + 1 AS seq, $rows[i] AS row
			CREATE (c:Change {id: randomUUID(), seq: seq, at: $at, actor: $actor, source: $source})
			SET c.importId = $importId, c.action = row.action, c.record = row.record, c.recordId = row.recordId,
			    c.linkType = row.linkType, c.levels = row.levels, c.fields = row.fields, c.reverts = row.reverts
			""";

	// Rows whose places in the order were taken when their change set was opened.
	private static final String RECORD_RESERVED = """
			UNWIND $rows AS row
			CREATE (c:Change {id: randomUUID(), seq: row.seq, at: $at, actor: $actor, source: $source})
			SET c.importId = $importId, c.action = row.action, c.record = row.record, c.recordId = row.recordId,
			    c.linkType = row.linkType, c.levels = row.levels, c.fields = row.fields, c.reverts = row.reverts
			""";

	private static final String PENDING_SETS = """
			MERGE (m:PartnerGraphMeta {key: 'changes'})
			SET m.seq = coalesce(m.seq, 0)
			RETURN COUNT { MATCH (s:ChangeSet {status: 'PENDING'}) } AS pending
			""";

	private static final String VISIBLE = "all(level IN c.levels WHERE level IN $visible)";

	private static final String FIELDS_OF = "c {.id, .seq, .at, .actor, .source, .importId, .action, .record, "
			+ ".recordId, .linkType, .fields, .reverts, .levels}";

	private static final String HISTORY = """
			MATCH (c:Change {recordId: $id})
			WHERE c.record = $record AND %s
			RETURN %s AS c ORDER BY c.seq DESC LIMIT $limit""".formatted(VISIBLE, FIELDS_OF);

	private static final String CHANGES = """
			MATCH (c:Change)
			WHERE c.seq IS NOT NULL AND %s
			  AND ($since IS NULL OR c.at >= $since) AND ($until IS NULL OR c.at < $until)
			  AND ($actor IS NULL OR c.actor = $actor) AND ($importId IS NULL OR c.importId = $importId)
			RETURN %s AS c ORDER BY c.seq DESC LIMIT $limit""".formatted(VISIBLE, FIELDS_OF);

	private static final String ONE = "MATCH (c:Change {id: $id}) WHERE %s RETURN %s AS c".formatted(VISIBLE,
			FIELDS_OF);

	private static final String LATER = """
			MATCH (c:Change {recordId: $recordId})
			WHERE c.record = $record AND c.seq > $seq
			RETURN %s AS c ORDER BY c.seq LIMIT 1""".formatted(FIELDS_OF);

	// The changes of the same records after each of these, in batches.
	private static final String LATER_THAN_ANY = """
			UNWIND $rows AS row
			MATCH (c:Change {recordId: row.recordId})
			WHERE c.record = row.record AND c.seq > row.seq
			RETURN %s AS c""".formatted(FIELDS_OF);

	private static final String OF_IMPORT = """
			MATCH (c:Change {importId: $importId})
			RETURN %s AS c ORDER BY c.seq DESC""".formatted(FIELDS_OF);

	private final Driver driver;

	private final ChangeSets changeSets;

	ChangeLog(Driver driver, ChangeSets changeSets) {
		this.driver = driver;
		this.changeSets = changeSets;
	}

	/** Who made a set of changes, when, and by what: an edit, an import or a revert. */
	public record Origin(String actor, OffsetDateTime at, String source, String importId) {

		public static Origin edit(String actor, OffsetDateTime at) {
			return new Origin(actor, at, "edit", null);
		}

	}

	/**
	 * One change to write.
	 *
	 * @param action CREATE, UPDATE or DELETE
	 * @param record {@code stakeholder} or {@code link}
	 * @param levels the levels a reader must see: the record's, and a link's ends'
	 * @param fields each changed field with {@code from} and {@code to}
	 * @param reverts the id of the change this one undoes, or null
	 */
	public record Entry(String action, String record, String recordId, String linkType, List<String> levels,
			Map<String, Map<String, Object>> fields, String reverts) {

		public static Entry stakeholder(String action, StakeholderRecord before, StakeholderRecord after) {
			StakeholderRecord now = after == null ? before : after;
			return new Entry(action, "stakeholder", now.id(), null, List.of(now.confidentiality().name()), RecordFields
				.diff(before == null ? null : RecordFields.of(before), after == null ? null : RecordFields.of(after)),
					null);
		}

		public static Entry link(String action, LinkRecord before, LinkRecord after, Confidentiality fromLevel,
				Confidentiality toLevel) {
			LinkRecord now = after == null ? before : after;
			return new Entry(action, "link", now.id(), now.type().name(),
					List.of(now.confidentiality().name(), fromLevel.name(), toLevel.name()),
					RecordFields.diff(before == null ? null : RecordFields.of(before),
							after == null ? null : RecordFields.of(after)),
					null);
		}

		public Entry reverting(String changeId) {
			return new Entry(this.action, this.record, this.recordId, this.linkType, this.levels, this.fields,
					changeId);
		}

	}

	/** A change as read back. */
	public record Change(String id, long seq, OffsetDateTime at, String actor, String source, String importId,
			String action, String record, String recordId, String linkType, Map<String, Map<String, Object>> fields,
			String reverts, List<String> levels) {
	}

	/**
	 * Writes the changes in the caller's transaction, in batches. Refused with
	 * {@link HistoryPending} while a change set's history is still being written (see
	 * {@link ChangeSets}): this change would else be checked against, and renamed with,
	 * an incomplete history.
	 */
	public static void record(TransactionContext tx, Origin origin, List<Entry> entries) {
		refuseWhilePending(tx);
		for (int from = 0; from < entries.size(); from += BATCH_SIZE) {
			var parameters = origin(origin);
			parameters.put("rows", rows(entries.subList(from, Math.min(entries.size(), from + BATCH_SIZE))));
			tx.run(RECORD, parameters).consume();
		}
	}

	/**
	 * Takes the lock of the changes' counter, as every writer of the history does, and
	 * then looks for change sets whose history is not written yet: one opened in a
	 * transaction that committed before this one has taken the lock is seen.
	 */
	static void refuseWhilePending(TransactionContext tx) {
		long pending = tx.run(PENDING_SETS).single().get("pending").asLong();
		if (pending > 0) {
			throw new HistoryPending(pending);
		}
	}

	/**
	 * Writes changes whose places in the order were taken before ({@code seq} in each
	 * row), in the caller's transaction.
	 */
	static void recordReserved(TransactionContext tx, Origin origin, List<Map<String, Object>> rows) {
		var parameters = origin(origin);
		parameters.put("rows", rows);
		tx.run(RECORD_RESERVED, parameters).consume();
	}

	/** The entries as the rows the statements write. */
	static List<Map<String, Object>> rows(List<Entry> entries) {
		var rows = new ArrayList<Map<String, Object>>(entries.size());
		for (Entry entry : entries) {
			var row = new HashMap<String, Object>();
			row.put("action", entry.action());
			row.put("record", entry.record());
			row.put("recordId", entry.recordId());
			row.put("linkType", entry.linkType());
			row.put("levels", entry.levels());
			row.put("fields", JSON.writeValueAsString(entry.fields()));
			row.put("reverts", entry.reverts());
			rows.add(row);
		}
		return rows;
	}

	private static Map<String, Object> origin(Origin origin) {
		var parameters = new HashMap<String, Object>();
		parameters.put("at", origin.at());
		parameters.put("actor", origin.actor());
		parameters.put("source", origin.source());
		parameters.put("importId", origin.importId());
		return parameters;
	}

	/**
	 * A change set's history is still being written; retry once {@link ChangeSets} has
	 * completed it.
	 */
	public static final class HistoryPending extends RuntimeException {

		HistoryPending(long pending) {
			super(pending + " change set(s) still being written into the history");
		}

	}

	/** The changes of one record the caller may read, newest first. */
	public List<Change> history(String record, String id, Visibility visibility, int limit) {
		return read(HISTORY,
				Map.of("record", record, "id", id, Visibility.PARAMETER, visibility.names(), "limit", limit));
	}

	/** The changes the caller may read, newest first; null bounds are open. */
	public List<Change> changes(OffsetDateTime since, OffsetDateTime until, String actor, String importId,
			Visibility visibility, int limit) {
		var parameters = new HashMap<String, Object>();
		parameters.put("since", since);
		parameters.put("until", until);
		parameters.put("actor", actor);
		parameters.put("importId", importId);
		parameters.put(Visibility.PARAMETER, visibility.names());
		parameters.put("limit", limit);
		return read(CHANGES, parameters);
	}

	/** One change, if the caller may read it. */
	public static Optional<Change> find(TransactionContext tx, String id, Visibility visibility) {
		return tx.run(ONE, Map.of("id", id, Visibility.PARAMETER, visibility.names()))
			.list(ChangeLog::change)
			.stream()
			.findFirst();
	}

	/** Every change of one import, newest first. */
	public static List<Change> ofImport(TransactionContext tx, String importId) {
		return tx.run(OF_IMPORT, Map.of("importId", importId)).list(ChangeLog::change);
	}

	/** The first change of the same record after this one, whoever may read it. */
	public static Optional<Change> later(TransactionContext tx, Change change) {
		return tx.run(LATER, Map.of("recordId", change.recordId(), "record", change.record(), "seq", change.seq()))
			.list(ChangeLog::change)
			.stream()
			.findFirst();
	}

	/**
	 * The earliest change, other than those given, of a record one of them changed, after
	 * that one: what would stop reverting them together.
	 */
	public static Optional<Change> laterThanAny(TransactionContext tx, List<Change> changes) {
		var given = new java.util.HashSet<String>();
		changes.forEach(change -> given.add(change.id()));
		Change first = null;
		for (int from = 0; from < changes.size(); from += BATCH_SIZE) {
			var rows = changes.subList(from, Math.min(changes.size(), from + BATCH_SIZE))
				.stream()
				.map(change -> Map.<String, Object>of("recordId", change.recordId(), "record", change.record(), "seq",
						change.seq()))
				.toList();
			for (Change later : tx.run(LATER_THAN_ANY, Map.of("rows", rows)).list(ChangeLog::change)) {
				if (!given.contains(later.id()) && (first == null || later.seq() < first.seq())) {
					first = later;
				}
			}
		}
		return Optional.ofNullable(first);
	}

	private List<Change> read(String cypher, Map<String, Object> parameters) {
		// An import that has answered has its history written, as far as its reader can
		// tell.
		this.changeSets.awaitWritten();
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list(ChangeLog::change));
		}
	}

	private static Change change(Record record) {
		Value c = record.get("c");
		return new Change(c.get("id").asString(), c.get("seq").asLong(), c.get("at").asOffsetDateTime(),
				text(c.get("actor")), text(c.get("source")), text(c.get("importId")), text(c.get("action")),
				text(c.get("record")), text(c.get("recordId")), text(c.get("linkType")),
				c.get("fields").isNull() ? Map.of() : JSON.readValue(c.get("fields").asString(), FIELDS),
				text(c.get("reverts")), c.get("levels").asList(Value::asString));
	}

	private static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
