package org.partnergraph.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * The ids of stakeholders merged into others: a {@code :MergedId {id, into, level}} node
 * per merged id, so that a reader of an old id is sent to the stakeholder that kept its
 * facts. The nodes carry no relationship and no {@code :Stakeholder} label, so no network
 * read, analysis or export meets them. {@code level} is the merged stakeholder's
 * confidentiality: the redirect is followed only by a reader who may see it and the kept
 * stakeholder, so it tells nobody of a record hidden from them.
 *
 * <p>
 * A redirect holds while no stakeholder holds its id: whatever writes a stakeholder under
 * that id again (an import, a create, a revert) drops it in the same transaction.
 */
@Component
public class MergedIds {

	// A stakeholder under the id answers before any redirect (it has just been given
	// the id again), and the kept one must be there and visible.
	private static final String FOLLOW = """
			MATCH (m:MergedId {id: $id})
			WHERE m.level IN $visible AND NOT EXISTS { MATCH (:Stakeholder {id: $id}) }
			MATCH (s:Stakeholder {id: m.into})
			WHERE %s
			RETURN s.id AS id""".formatted(Visibility.NODE_CONDITION);

	// An id merged into one that is merged now follows it: redirects never chain.
	private static final String RECORD = """
			UNWIND $merged AS merged
			MERGE (m:MergedId {id: merged.id})
			SET m.into = $into, m.level = merged.level
			WITH count(*) AS written
			MATCH (earlier:MergedId)
			WHERE earlier.into IN $ids
			SET earlier.into = $into
			""";

	/**
	 * Drops the redirects of ids a stakeholder is written under again: see the class
	 * comment. Found through the {@code merged_id} constraint's index, once per batch.
	 */
	public static final String DROP = """
			MATCH (m:MergedId)
			WHERE m.id IN $ids
			DELETE m
			""";

	private static final String CONTINUE_REVISION = """
			MATCH ()-[r:%s {id: $id}]->()
			SET r.revision = $revision
			""";

	private static final String MOVE_LINK_HISTORY = """
			MATCH (c:Change {recordId: $from})
			WHERE c.record = 'link' AND c.linkType = $type
			SET c.recordId = $to, c.levels = CASE WHEN $hidden THEN c.levels + 'RESTRICTED' ELSE c.levels END
			""";

	// As CurationStore's locks: the write lock first, so what is read next is what was
	// committed last.
	private static final String LOCK_LINKS = """
			MATCH (s:Stakeholder)-[r]-(:Stakeholder)
			WHERE s.id IN $ids
			SET r._lock = true REMOVE r._lock
			""";

	private final Driver driver;

	MergedIds(Driver driver) {
		this.driver = driver;
	}

	/**
	 * The id of the stakeholder this id was merged into, if the current caller may see
	 * both the merged one (as it was) and the kept one.
	 */
	public Optional<String> follow(String id) {
		try (var session = this.driver.session()) {
			return session
				.executeRead(tx -> tx.run(FOLLOW, Map.of("id", id, Visibility.PARAMETER, Visibility.current().names()))
					.list(record -> record.get("id").asString())
					.stream()
					.findFirst());
		}
	}

	/** Records, in the merge's transaction, that these ids now lead to {@code into}. */
	public static void record(TransactionContext tx, Map<String, Confidentiality> merged, String into) {
		List<Map<String, Object>> rows = merged.entrySet()
			.stream()
			.map(entry -> Map.<String, Object>of("id", entry.getKey(), "level", entry.getValue().name()))
			.toList();
		tx.run(RECORD, Map.of("merged", rows, "ids", List.copyOf(merged.keySet()), "into", into)).consume();
	}

	/** Drops the redirects of these ids, which stakeholders hold again. */
	public static void drop(TransactionContext tx, Collection<String> ids) {
		tx.run(DROP, Map.of("ids", List.copyOf(ids))).consume();
	}

	/**
	 * Locks every link of these stakeholders for the caller's transaction, so no edit of
	 * one commits between the merge's reading it and writing it moved or joined.
	 */
	public static void lockLinks(TransactionContext tx, Collection<String> stakeholderIds) {
		tx.run(LOCK_LINKS, Map.of("ids", List.copyOf(stakeholderIds))).consume();
	}

	/**
	 * Moves the history of a link to the id it has after a merge.
	 * @param hidden whether it now touches a RESTRICTED stakeholder, so that its history
	 * is hidden with it
	 */
	public static void moveLinkHistory(TransactionContext tx, LinkType type, String from, String to, boolean hidden) {
		tx.run(MOVE_LINK_HISTORY, Map.of("from", from, "to", to, "type", type.name(), "hidden", hidden)).consume();
	}

	/**
	 * Gives a link written anew (moved to other ends) the revision after the one it had,
	 * so an ETag read before the move can never match it again.
	 */
	public static void continueRevision(TransactionContext tx, LinkType type, String id, long previous) {
		tx.run(CONTINUE_REVISION.formatted(type.name()), Map.of("id", id, "revision", previous + 1)).consume();
	}

}
