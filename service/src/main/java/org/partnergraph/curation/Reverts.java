package org.partnergraph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.partnergraph.importer.Columns;
import org.partnergraph.importer.EditRules;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.problem.ConflictException;
import org.partnergraph.problem.ForbiddenException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.security.Role;
import org.partnergraph.security.Roles;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.ChangeSets;
import org.partnergraph.store.CurationStore;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.StakeholderRecord;
import org.springframework.stereotype.Service;

/**
 * Undoes one change, or every change of one import, when nothing later depends on it: no
 * later change of the same record, and for a stakeholder no link to it made since. The
 * changes of a merge are not undone (409): see {@link Merges}. The undoing is a change of
 * its own, recorded with the change it reverts, in one transaction.
 */
@Service
public class Reverts {

	private final CurationStore store;

	private final EditRules rules;

	private final ChangeSets changeSets;

	Reverts(CurationStore store, EditRules rules, ChangeSets changeSets) {
		this.store = store;
		this.rules = rules;
		this.changeSets = changeSets;
	}

	/** Reverts one change; answers the changes it recorded. */
	public int revert(String changeId) {
		admin();
		return this.store.write(tx -> {
			ChangeLog.Change change = ChangeLog.find(tx, changeId, Visibility.ALL)
				.orElseThrow(() -> new NotFoundException("No change with id '" + changeId + "'"));
			return undo(tx, List.of(change), false);
		});
	}

	/**
	 * Reverts every change of one import, the last first. Its own history is written as
	 * an import's is (see ChangeSets): packed in its transaction, one change per record
	 * after it.
	 */
	public int revertImport(String importId) {
		admin();
		int reverted = this.store.write(tx -> {
			List<ChangeLog.Change> changes = ChangeLog.ofImport(tx, importId);
			if (changes.isEmpty()) {
				throw new NotFoundException("No import with id '" + importId + "' in the history");
			}
			return undo(tx, changes, true);
		});
		this.changeSets.completeInBackground();
		return reverted;
	}

	/** The changes, newest first, undone in that order. */
	private int undo(TransactionContext tx, List<ChangeLog.Change> changes, boolean asSet) {
		Set<String> undone = new java.util.HashSet<>();
		changes.forEach(change -> undone.add(change.id()));
		for (ChangeLog.Change change : changes) {
			if (Merges.SOURCE.equals(change.source())) {
				throw new ConflictException("Change " + change.id() + " is part of a merge (by " + change.actor()
						+ " at " + change.at() + "), which cannot be reverted: its links were moved and joined, "
						+ "and undoing one of its changes would leave the rest half done. Create the merged "
						+ "stakeholder again and move its links back by hand");
			}
		}
		ChangeLog.laterThanAny(tx, changes).ifPresent(later -> {
			throw dependsOn(changes.stream()
				.filter(change -> change.record().equals(later.record()) && change.recordId().equals(later.recordId()))
				.findFirst()
				.orElseThrow(), later);
		});
		var entries = new ArrayList<ChangeLog.Entry>();
		EditRules.Writes writes = this.rules.writes(tx);
		for (ChangeLog.Change change : changes) {
			entries.add(("stakeholder".equals(change.record()) ? undoStakeholder(tx, writes, change, undone)
					: undoLink(tx, writes, change))
				.reverting(change.id()));
		}
		writes.bumpDataVersion();
		ChangeLog.Origin edit = Editors.origin();
		var origin = new ChangeLog.Origin(edit.actor(), edit.at(), "revert", null);
		if (asSet) {
			ChangeSets.open(tx, origin, entries, Map.of("reverted", (long) entries.size()));
		}
		else {
			ChangeLog.record(tx, origin, entries);
		}
		return entries.size();
	}

	private ChangeLog.Entry undoStakeholder(TransactionContext tx, EditRules.Writes writes, ChangeLog.Change change,
			Set<String> undone) {
		var current = CurationStore.lockStakeholder(tx, change.recordId());
		switch (change.action()) {
			case "CREATE" -> {
				StakeholderRecord created = current.orElseThrow(() -> gone(change)).value();
				for (CurationStore.StoredLink link : CurationStore.linksTouching(tx, created.id())) {
					throw new ConflictException("Change " + change.id() + " cannot be reverted: '" + created.id()
							+ "' has the link '" + link.link().id() + "' made since; revert or delete that first");
				}
				writes.deleteStakeholder(created.id());
				return ChangeLog.Entry.stakeholder("DELETE", created, null);
			}
			case "UPDATE" -> {
				StakeholderRecord now = current.orElseThrow(() -> gone(change)).value();
				// The history holds the import's columns; custom attributes stay as they
				// are.
				StakeholderRecord before = this.rules
					.stakeholder(restored(Cells.of(now), change), CurationStore.visibleThemes(tx, Visibility.ALL))
					.withAttributes(now.attributes());
				writes.upsertStakeholder(before);
				return ChangeLog.Entry.stakeholder("UPDATE", now, before);
			}
			default -> {
				if (current.isPresent()) {
					throw new ConflictException("Change " + change.id() + " cannot be reverted: a stakeholder with id '"
							+ change.recordId() + "' exists again");
				}
				StakeholderRecord before = this.rules.stakeholder(restored(new LinkedHashMap<>(), change),
						CurationStore.visibleThemes(tx, Visibility.ALL));
				writes.upsertStakeholder(before);
				return ChangeLog.Entry.stakeholder("CREATE", null, before);
			}
		}
	}

	private ChangeLog.Entry undoLink(TransactionContext tx, EditRules.Writes writes, ChangeLog.Change change) {
		var current = CurationStore.links(tx, change.recordId())
			.stream()
			.filter(link -> link.link().type() == LinkType.valueOf(change.linkType()))
			.findFirst();
		switch (change.action()) {
			case "CREATE" -> {
				CurationStore.StoredLink created = current.orElseThrow(() -> gone(change));
				writes.deleteLink(created.link());
				return ChangeLog.Entry.link("DELETE", created.link(), null, created.fromLevel(), created.toLevel());
			}
			case "UPDATE" -> {
				CurationStore.StoredLink now = current.orElseThrow(() -> gone(change));
				// The history holds the import's columns; custom attributes stay as they
				// are.
				LinkRecord before = this.rules
					.link(restored(Cells.of(now.link()), change), Set.of(now.link().from(), now.link().to()))
					.withAttributes(now.link().attributes());
				writes.upsertLink(before);
				return ChangeLog.Entry.link("UPDATE", now.link(), before, now.fromLevel(), now.toLevel());
			}
			default -> {
				if (current.isPresent()) {
					throw new ConflictException("Change " + change.id() + " cannot be reverted: a link with id '"
							+ change.recordId() + "' exists again");
				}
				Map<String, String> cells = restored(new LinkedHashMap<>(), change);
				var ends = new HashMap<String, Confidentiality>();
				for (String end : List.of(cells.get("from"), cells.get("to"))) {
					ends.put(end,
							CurationStore.stakeholderLevel(tx, end)
								.orElseThrow(() -> new ConflictException("Change " + change.id()
										+ " cannot be reverted: its end '" + end + "' has been deleted since")));
				}
				LinkRecord before = this.rules.link(cells, ends.keySet());
				writes.upsertLink(before);
				return ChangeLog.Entry.link("CREATE", null, before, ends.get(before.from()), ends.get(before.to()));
			}
		}
	}

	/** The cells with each field the change changed put back as it was. */
	private static Map<String, String> restored(Map<String, String> cells, ChangeLog.Change change) {
		var before = new LinkedHashMap<String, Object>();
		change.fields().forEach((field, values) -> before.put(field, values.get("from")));
		if (!cells.isEmpty()) {
			// A record still there keeps its id (one sealed by the change stays sealed),
			// and a link its ends and type, which no edit changes.
			List.of("id", "from", "to", "type").forEach(before::remove);
		}
		Map<String, String> result = new LinkedHashMap<>(cells);
		result.putAll(Cells.of(before, "stakeholder".equals(change.record()) ? Columns.STAKEHOLDERS : Columns.LINKS));
		return result;
	}

	private static ConflictException dependsOn(ChangeLog.Change change, ChangeLog.Change later) {
		return new ConflictException(
				"Change " + change.id() + " cannot be reverted: change " + later.id() + " (" + later.action() + " by "
						+ later.actor() + " at " + later.at() + ") changed the same record later; revert that first");
	}

	private static ConflictException gone(ChangeLog.Change change) {
		return new ConflictException(
				"Change " + change.id() + " cannot be reverted: " + change.recordId() + " is no longer there");
	}

	private static void admin() {
		if (!Roles.currentHasAtLeast(Role.ADMIN)) {
			throw new ForbiddenException("Reverting changes needs the ADMIN role.");
		}
	}

}
