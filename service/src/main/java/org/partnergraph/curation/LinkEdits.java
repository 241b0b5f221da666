package org.partnergraph.curation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.partnergraph.importer.Columns;
import org.partnergraph.importer.EditRules;
import org.partnergraph.importer.InvalidRecordException;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.problem.ConflictException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.CurationStore;
import org.partnergraph.store.LinkRecord;
import org.springframework.stereotype.Service;

/**
 * Creates, changes, ends and deletes one link, each in one write transaction. Its ends
 * are named as in an import: a stakeholder the caller sees, by its stored id or, for a
 * RESTRICTED one and a caller granted it, by its given id. Any other id, hidden or free,
 * is answered alike: no such stakeholder.
 */
@Service
public class LinkEdits {

	private static final List<String> FIXED = List.of("from", "to", "type");

	private final CurationStore store;

	private final EditRules rules;

	private final Clock clock;

	LinkEdits(CurationStore store, EditRules rules, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.clock = clock;
	}

	/** Creates the link; answers the id it is stored under. */
	public String create(Map<String, Object> body) {
		Visibility visibility = Editors.current();
		Map<String, String> cells = Cells.of(body, Columns.LINKS);
		return this.store.write(tx -> {
			EditRules.Ids ids = this.rules.ids(tx);
			Map<String, String> ends = new HashMap<>();
			for (String end : FIXED.subList(0, 2)) {
				String given = cells.get(end);
				String stored = given == null ? null : resolve(tx, ids, visibility, given.strip());
				if (stored != null) {
					ends.put(given.strip(), stored);
				}
			}
			LinkRecord given = endedIfPast(this.rules.link(cells, ends.keySet()), cells);
			Editors.mayWrite(visibility, given.confidentiality());
			String id = given.id();
			boolean sealedForm = ids.isSealedLink(id);
			if (sealedForm && !visibility.sees(Confidentiality.RESTRICTED)) {
				throw new InvalidRecordException("id", "id '" + id + "' " + EditRules.Ids.RESERVED_LINK);
			}
			String from = ends.get(given.from());
			String to = ends.get(given.to());
			boolean hidden = given.confidentiality() == Confidentiality.RESTRICTED
					|| level(tx, from) == Confidentiality.RESTRICTED || level(tx, to) == Confidentiality.RESTRICTED;
			if (hidden && !sealedForm) {
				id = sealed(ids, id);
			}
			for (CurationStore.StoredLink existing : CurationStore.links(tx, id)) {
				if (existing.visibleTo(visibility)) {
					throw new ConflictException("A link with id '" + given.id() + "' exists already");
				}
				// Only a hidden link stored before ids were sealed can be met here.
				throw new InvalidRecordException("id", "id '" + given.id() + "' cannot be used; choose another");
			}
			EditRules.Writes writes = this.rules.writes(tx);
			LinkRecord created = given.withId(id).withEnds(from, to);
			writes.upsertLink(created);
			writes.bumpDataVersion();
			ChangeLog.record(tx, Editors.origin(),
					List.of(ChangeLog.Entry.link("CREATE", null, created, level(tx, from), level(tx, to))));
			return id;
		});
	}

	/**
	 * Changes the fields the body names (null clears one). Its ends and type stay: a
	 * different tie is a different link. Sending {@code end} ends the partnership on that
	 * day: its status becomes ENDED when the day is not in the future.
	 * @return the id it is stored under now
	 */
	public String update(String id, Map<String, Object> body, String ifMatch) {
		Visibility visibility = Editors.current();
		String condition = Preconditions.required(ifMatch);
		Map<String, String> patch = Cells.of(body, Columns.LINKS);
		return this.store.write(tx -> {
			CurationStore.StoredLink current = locked(tx, id, visibility);
			Preconditions.check(condition, new org.partnergraph.store.Versioned<>(current, current.revision()),
					"The link");
			Map<String, String> cells = Cells.of(current.link());
			for (String field : List.of("id", "from", "to", "type")) {
				if (patch.containsKey(field) && !String.valueOf(cells.get(field)).equals(patch.get(field))) {
					throw new InvalidRecordException(field,
							"the " + field + " of a link cannot be changed; delete it and create another");
				}
			}
			cells.putAll(patch);
			// The edit's fields are the import's columns; custom attributes stay as they
			// were.
			LinkRecord changed = endedIfPast(
					this.rules.link(cells, java.util.Set.of(current.link().from(), current.link().to())), patch)
				.withAttributes(current.link().attributes());
			Editors.mayWrite(visibility, changed.confidentiality());
			if (changed.equals(current.link())) {
				return id;
			}
			EditRules.Ids ids = this.rules.ids(tx);
			EditRules.Writes writes = this.rules.writes(tx);
			String storedId = id;
			if (changed.confidentiality() == Confidentiality.RESTRICTED && !ids.isSealedLink(id)) {
				storedId = sealed(ids, id);
				writes.renameLink(current.link(), storedId);
			}
			LinkRecord after = changed.withId(storedId);
			writes.upsertLink(after);
			writes.bumpDataVersion();
			ChangeLog.record(tx, Editors.origin(), List
				.of(ChangeLog.Entry.link("UPDATE", current.link(), after, current.fromLevel(), current.toLevel())));
			return storedId;
		});
	}

	public void delete(String id, String ifMatch) {
		Visibility visibility = Editors.current();
		String condition = Preconditions.required(ifMatch);
		this.store.write(tx -> {
			CurationStore.StoredLink current = locked(tx, id, visibility);
			Preconditions.check(condition, new org.partnergraph.store.Versioned<>(current, current.revision()),
					"The link");
			EditRules.Writes writes = this.rules.writes(tx);
			writes.deleteLink(current.link());
			writes.bumpDataVersion();
			ChangeLog.record(tx, Editors.origin(), List
				.of(ChangeLog.Entry.link("DELETE", current.link(), null, current.fromLevel(), current.toLevel())));
			return null;
		});
	}

	static CurationStore.StoredLink locked(TransactionContext tx, String id, Visibility visibility) {
		return CurationStore.lockLink(tx, id)
			.filter(link -> link.visibleTo(visibility))
			.orElseThrow(() -> new NotFoundException("No link with id '" + id + "'"));
	}

	/**
	 * An end named by a link, as stored; null when the caller may not name it, which is
	 * when it does not exist and when the caller may not see it.
	 */
	private static String resolve(TransactionContext tx, EditRules.Ids ids, Visibility visibility, String given) {
		var level = CurationStore.stakeholderLevel(tx, given);
		if (level.isPresent()) {
			return visibility.sees(level.get()) ? given : null;
		}
		if (visibility.sees(Confidentiality.RESTRICTED) && !ids.isSealedStakeholder(given)) {
			String sealed = ids.sealedStakeholder(given);
			if (CurationStore.stakeholderLevel(tx, sealed).isPresent()) {
				return sealed;
			}
		}
		return null;
	}

	private static Confidentiality level(TransactionContext tx, String id) {
		return CurationStore.stakeholderLevel(tx, id).orElse(Confidentiality.PUBLIC);
	}

	/**
	 * A link given an end that has come, and no status of its own, has ENDED: a status
	 * sent beside the end is kept as sent.
	 */
	private LinkRecord endedIfPast(LinkRecord link, Map<String, String> sent) {
		boolean endSent = sent.get("end") != null;
		boolean statusSent = sent.get("status") != null;
		if (endSent && !statusSent && link.end() != null && !link.end().isAfter(LocalDate.now(this.clock))) {
			return link.withStatus(LinkStatus.ENDED);
		}
		return link;
	}

	private static String sealed(EditRules.Ids ids, String id) {
		if (id.length() > EditRules.Ids.MAX_SEALABLE_LINK_ID) {
			throw new InvalidRecordException("id",
					"the id of a hidden link is at most " + EditRules.Ids.MAX_SEALABLE_LINK_ID + " characters");
		}
		return ids.sealedLink(id);
	}

}
