package org.partnergraph.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Reads and transactions of the edit API: one stakeholder or link at a time, locked in
 * the write transaction before its revision is read, so two writers of one record are put
 * one after the other and the second sees the first's revision.
 */
@Component
public class CurationStore {

	private static final String STAKEHOLDER_FIELDS = """
			s {
			  .id, .name, .sector, .acronym, .aliases, .subsector, .level, .website, .description, .evidence,
			  .confidentiality,
			  countries: COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code },
			  themes: COLLECT { MATCH (s)-[:WORKS_ON]->(t:Theme) RETURN t.id },
			  attributes: %s
			} AS s, coalesce(s.revision, 0) AS revision""".formatted(NetworkQueries.customPairs("s"));

	// Taking the write lock first (the set-and-remove) makes the revision read next the
	// one committed last.
	private static final String LOCK_STAKEHOLDER = """
			MATCH (s:Stakeholder {id: $id})
			SET s._lock = true REMOVE s._lock
			RETURN %s""".formatted(STAKEHOLDER_FIELDS);

	private static final String STAKEHOLDER_LEVEL = "MATCH (s:Stakeholder {id: $id}) RETURN s.confidentiality AS level";

	private static final String VISIBLE_THEMES = """
			MATCH (s:Stakeholder)-[:WORKS_ON]->(t:Theme)
			WHERE %s
			RETURN DISTINCT t.id AS id""".formatted(Visibility.NODE_CONDITION);

	private static final String LINK_FIELDS = """
			r {
			  .id, .weight, .start, .end, .status, .evidence, .confidence, .confidentiality,
			  type: type(r), from: a.id, to: b.id, attributes: %s
			} AS r, coalesce(r.revision, 0) AS revision,
			a.confidentiality AS fromLevel, b.confidentiality AS toLevel""".formatted(NetworkQueries.customPairs("r"));

	// One branch per type, so each uses its type's id index rather than scanning every
	// relationship.
	private static final String LINK_BY_ID = java.util.Arrays.stream(LinkType.values())
		.map(type -> "MATCH (a:Stakeholder)-[r:%s {id: $id}]->(b:Stakeholder) RETURN a, r, b".formatted(type.name()))
		.collect(Collectors.joining(" UNION ALL ", "CALL () { ", " } "));

	private static final String LOCK_LINK = LINK_BY_ID + "SET r._lock = true REMOVE r._lock RETURN " + LINK_FIELDS;

	private static final String LINK_EXISTS = LINK_BY_ID + "RETURN " + LINK_FIELDS;

	private static final String LINKS_TOUCHING = """
			MATCH (s:Stakeholder {id: $id})-[r]-(o:Stakeholder)
			WITH r, startNode(r) AS a, endNode(r) AS b
			RETURN %s""".formatted(LINK_FIELDS);

	private static final String LINKS_OF = """
			MATCH (s:Stakeholder {id: $id})-[r]-(o:Stakeholder)
			RETURN count(CASE WHEN %1$s THEN r END) AS visible, count(CASE WHEN NOT (%1$s) THEN r END) AS hidden
			""".formatted(Visibility.linkCondition("r", "s", "o"));

	private static final String LINK_DETAILS = LINK_BY_ID + """
			WITH a, r, b WHERE %s
			RETURN {
			  id: r.id, type: type(r), from: a {.id, .name, .sector}, to: b {.id, .name, .sector},
			  weight: r.weight, start: toString(r.start), end: toString(r.end), status: r.status,
			  evidence: r.evidence, confidence: r.confidence, confidentiality: r.confidentiality
			} AS link, coalesce(r.revision, 0) AS revision""".formatted(Visibility.LINK_CONDITION);

	private static final String STAKEHOLDER_REVISION = """
			MATCH (s:Stakeholder {id: $id})
			WHERE %s
			RETURN coalesce(s.revision, 0) AS revision""".formatted(Visibility.NODE_CONDITION);

	private final Driver driver;

	private final GraphStore store;

	private final ChangeSets changeSets;

	CurationStore(Driver driver, GraphStore store, ChangeSets changeSets) {
		this.driver = driver;
		this.store = store;
		this.changeSets = changeSets;
	}

	/**
	 * Runs one edit in a managed write transaction (retried by the driver on transient
	 * failures), and tells the caches of the analyses that the network changed.
	 */
	public <T> T write(Function<TransactionContext, T> work) {
		try (var session = this.driver.session()) {
			// An edit's change goes after an import's whose history is still being
			// written.
			return this.changeSets.settledThen(() -> session.executeWrite(work::apply));
		}
		finally {
			this.store.networkChanged();
		}
	}

	/**
	 * Runs an edit's work and rolls it back whatever it did: a preview (dry run) answers
	 * what the edit would do, by the edit's own code, and leaves nothing behind, not even
	 * a change of the data version.
	 */
	public <T> T preview(Function<TransactionContext, T> work) {
		try (var session = this.driver.session()) {
			// A managed transaction rolls back when its work throws, and the driver does
			// not retry a failure of ours. Like an edit, it waits for an import's history
			// still being written, which the edit's own history would go after.
			this.changeSets.settledThen(() -> session.executeWrite(tx -> {
				throw new RolledBack(work.apply(tx));
			}));
			throw new IllegalStateException("unreachable");
		}
		catch (RolledBack rolledBack) {
			@SuppressWarnings("unchecked")
			T result = (T) rolledBack.result;
			return result;
		}
	}

	/** Carries a preview's answer out of the transaction it rolls back. */
	private static final class RolledBack extends RuntimeException {

		private final transient Object result;

		RolledBack(Object result) {
			super(null, null, false, false);
			this.result = result;
		}

	}

	/** One stakeholder with its countries, themes and links, with its revision. */
	public Optional<Versioned<Map<String, Object>>> stakeholder(String id) {
		Map<String, Object> parameters = Map.of("id", id, Visibility.PARAMETER, Visibility.current().names());
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				var details = tx.run(NetworkQueries.STAKEHOLDER_DETAILS, parameters)
					.list(record -> record.get("stakeholder").asMap());
				if (details.isEmpty()) {
					return Optional.empty();
				}
				long revision = tx.run(STAKEHOLDER_REVISION, parameters).single().get("revision").asLong();
				return Optional.of(new Versioned<>(details.getFirst(), revision));
			});
		}
	}

	/** One link the current caller may see, with its ends, and its revision. */
	public Optional<Versioned<Map<String, Object>>> link(String id) {
		Map<String, Object> parameters = Map.of("id", id, Visibility.PARAMETER, Visibility.current().names());
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(LINK_DETAILS, parameters)
				.list(record -> new Versioned<>(record.get("link").asMap(), record.get("revision").asLong()))
				.stream()
				.findFirst());
		}
	}

	/** Whether a stakeholder is stored under this id, whoever may see it. */
	public boolean stakeholderExists(String id) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> stakeholderLevel(tx, id).isPresent());
		}
	}

	/** Whether a link is stored under this id, whoever may see it. */
	public boolean linkExists(String id) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> !links(tx, id).isEmpty());
		}
	}

	/** The stakeholder stored under this id, locked for this transaction. */
	public static Optional<Versioned<StakeholderRecord>> lockStakeholder(TransactionContext tx, String id) {
		return tx.run(LOCK_STAKEHOLDER, Map.of("id", id))
			.list(record -> new Versioned<>(GraphStore.stakeholder(record), record.get("revision").asLong()))
			.stream()
			.findFirst();
	}

	/** The level of the stakeholder stored under this id, if one is. */
	public static Optional<Confidentiality> stakeholderLevel(TransactionContext tx, String id) {
		return tx.run(STAKEHOLDER_LEVEL, Map.of("id", id))
			.list(record -> level(record.get("level")))
			.stream()
			.findFirst();
	}

	/** The themes of the stakeholders the caller sees: those an edit may name. */
	public static List<String> visibleThemes(TransactionContext tx, Visibility visibility) {
		return tx.run(VISIBLE_THEMES, Map.of(Visibility.PARAMETER, visibility.names()))
			.list(record -> record.get("id").asString());
	}

	/** The link stored under this id, of any type, locked for this transaction. */
	public static Optional<StoredLink> lockLink(TransactionContext tx, String id) {
		return tx.run(LOCK_LINK, Map.of("id", id)).list(CurationStore::storedLink).stream().findFirst();
	}

	/** The links stored under this id, of every type (a link id is unique per type). */
	public static List<StoredLink> links(TransactionContext tx, String id) {
		return tx.run(LINK_EXISTS, Map.of("id", id)).list(CurationStore::storedLink);
	}

	/** How many links the stakeholder has that the caller sees, and does not. */
	public static LinkCount linksOf(TransactionContext tx, String id, Visibility visibility) {
		Record record = tx.run(LINKS_OF, Map.of("id", id, Visibility.PARAMETER, visibility.names())).single();
		return new LinkCount(record.get("visible").asLong(), record.get("hidden").asLong());
	}

	/** Every link of the stakeholder, visible or not. */
	public static List<StoredLink> linksTouching(TransactionContext tx, String id) {
		return tx.run(LINKS_TOUCHING, Map.of("id", id)).list(CurationStore::storedLink);
	}

	public record LinkCount(long visible, long hidden) {
	}

	/**
	 * A link as stored, with the levels of its ends, which decide with its own who may
	 * see it.
	 */
	public record StoredLink(LinkRecord link, long revision, Confidentiality fromLevel, Confidentiality toLevel) {

		public boolean visibleTo(Visibility visibility) {
			return visibility.sees(this.link.confidentiality()) && visibility.sees(this.fromLevel)
					&& visibility.sees(this.toLevel);
		}

	}

	private static StoredLink storedLink(Record record) {
		return new StoredLink(GraphStore.link(record), record.get("revision").asLong(), level(record.get("fromLevel")),
				level(record.get("toLevel")));
	}

	private static Confidentiality level(Value value) {
		return value.isNull() ? Confidentiality.PUBLIC : Confidentiality.valueOf(value.asString());
	}

}
