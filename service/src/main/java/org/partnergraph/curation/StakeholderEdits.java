package org.partnergraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.partnergraph.importer.Columns;
import org.partnergraph.importer.EditRules;
import org.partnergraph.importer.InvalidRecordException;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.problem.ConflictException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.CurationStore;
import org.partnergraph.store.StakeholderRecord;
import org.partnergraph.store.Versioned;
import org.springframework.stereotype.Service;

/**
 * Creates, changes and deletes one stakeholder, each in one write transaction that reads
 * what it checks. A caller without the RESTRICTED grant meets a hidden stakeholder
 * nowhere: its given id is free to this caller (the hidden one is stored under a sealed
 * id), and its stored id answers 404 as an unknown one does.
 */
@Service
public class StakeholderEdits {

	private final CurationStore store;

	private final EditRules rules;

	StakeholderEdits(CurationStore store, EditRules rules) {
		this.store = store;
		this.rules = rules;
	}

	/** Creates the stakeholder; answers the id it is stored under. */
	public String create(Map<String, Object> body) {
		Visibility visibility = Editors.current();
		Map<String, String> cells = Cells.of(body, Columns.STAKEHOLDERS);
		return this.store.write(tx -> {
			StakeholderRecord given = this.rules.stakeholder(cells, CurationStore.visibleThemes(tx, visibility));
			Editors.mayWrite(visibility, given.confidentiality());
			EditRules.Ids ids = this.rules.ids(tx);
			String id = given.id();
			boolean sealedForm = ids.isSealedStakeholder(id);
			if (sealedForm && !visibility.sees(Confidentiality.RESTRICTED)) {
				// Refused whether or not a hidden record holds it, so the refusal tells
				// nothing.
				throw new InvalidRecordException("id", "id '" + id + "' " + EditRules.Ids.RESERVED_STAKEHOLDER);
			}
			if (given.confidentiality() == Confidentiality.RESTRICTED && !sealedForm) {
				id = sealed(ids, id);
			}
			var existing = CurationStore.stakeholderLevel(tx, id);
			if (existing.isPresent()) {
				if (visibility.sees(existing.get())) {
					throw new ConflictException("A stakeholder with id '" + given.id() + "' exists already");
				}
				// Only a hidden record stored before ids were sealed can be met here.
				throw new InvalidRecordException("id", "id '" + given.id() + "' cannot be used; choose another");
			}
			StakeholderRecord created = given.withId(id);
			EditRules.Writes writes = this.rules.writes(tx);
			writes.upsertStakeholder(created);
			writes.bumpDataVersion();
			ChangeLog.record(tx, Editors.origin(), List.of(ChangeLog.Entry.stakeholder("CREATE", null, created)));
			return id;
		});
	}

	/**
	 * Changes the fields the body names (null clears one); the id stays, but for a
	 * stakeholder made RESTRICTED, which moves to its sealed id.
	 * @return the id it is stored under now
	 */
	public String update(String id, Map<String, Object> body, String ifMatch) {
		Visibility visibility = Editors.current();
		String condition = Preconditions.required(ifMatch);
		Map<String, String> patch = Cells.of(body, Columns.STAKEHOLDERS);
		return this.store.write(tx -> {
			Versioned<StakeholderRecord> current = locked(tx, id, visibility);
			Preconditions.check(condition, current, "The stakeholder");
			if (patch.containsKey("id") && !id.equals(patch.get("id"))) {
				throw new InvalidRecordException("id", "the id of a stakeholder cannot be changed");
			}
			Map<String, String> cells = Cells.of(current.value());
			cells.putAll(patch);
			cells.put("id", id);
			// The edit's fields are the import's columns; custom attributes stay as they
			// were.
			StakeholderRecord changed = this.rules.stakeholder(cells, CurationStore.visibleThemes(tx, visibility))
				.withAttributes(current.value().attributes());
			Editors.mayWrite(visibility, changed.confidentiality());
			if (changed.equals(current.value())) {
				// Nothing to write, nor to record: the revision stays.
				return id;
			}
			EditRules.Ids ids = this.rules.ids(tx);
			EditRules.Writes writes = this.rules.writes(tx);
			String storedId = id;
			if (changed.confidentiality() == Confidentiality.RESTRICTED && !ids.isSealedStakeholder(id)) {
				storedId = sealed(ids, id);
				if (CurationStore.stakeholderLevel(tx, storedId).isPresent()) {
					throw new ConflictException("Another stakeholder holds the sealed id '" + storedId + "'");
				}
				writes.renameStakeholder(id, storedId);
			}
			StakeholderRecord after = changed.withId(storedId);
			writes.upsertStakeholder(after);
			if (!storedId.equals(id)) {
				// Its links are hidden now too, and move to sealed ids.
				ids.sealHiddenRecords(tx);
			}
			writes.bumpDataVersion();
			ChangeLog.record(tx, Editors.origin(),
					List.of(ChangeLog.Entry.stakeholder("UPDATE", current.value(), after)));
			return storedId;
		});
	}

	/**
	 * Deletes the stakeholder; with links only when {@code withLinks}, and never links
	 * the caller may not see.
	 */
	public void delete(String id, String ifMatch, boolean withLinks) {
		Visibility visibility = Editors.current();
		String condition = Preconditions.required(ifMatch);
		this.store.write(tx -> {
			Versioned<StakeholderRecord> current = locked(tx, id, visibility);
			Preconditions.check(condition, current, "The stakeholder");
			CurationStore.LinkCount links = CurationStore.linksOf(tx, id, visibility);
			if (links.visible() > 0 && !withLinks) {
				throw new ConflictException("'" + id + "' has " + links.visible()
						+ " link(s): delete or end them first, or delete with withLinks=true");
			}
			if (links.hidden() > 0) {
				// As an import's replace: named, but not what holds it.
				throw new ConflictException(
						"'" + id + "' has links your account may not remove; ask an administrator to remove it");
			}
			var entries = new ArrayList<ChangeLog.Entry>();
			for (CurationStore.StoredLink link : CurationStore.linksTouching(tx, id)) {
				entries.add(ChangeLog.Entry.link("DELETE", link.link(), null, link.fromLevel(), link.toLevel()));
			}
			entries.add(ChangeLog.Entry.stakeholder("DELETE", current.value(), null));
			EditRules.Writes writes = this.rules.writes(tx);
			writes.deleteStakeholder(id);
			writes.bumpDataVersion();
			ChangeLog.record(tx, Editors.origin(), entries);
			return null;
		});
	}

	static Versioned<StakeholderRecord> locked(TransactionContext tx, String id, Visibility visibility) {
		return CurationStore.lockStakeholder(tx, id)
			.filter(s -> visibility.sees(s.value().confidentiality()))
			.orElseThrow(() -> new NotFoundException("No stakeholder with id '" + id + "'"));
	}

	private static String sealed(EditRules.Ids ids, String id) {
		if (id.length() > EditRules.Ids.MAX_SEALABLE_STAKEHOLDER_ID) {
			throw new InvalidRecordException("id", "the id of a RESTRICTED stakeholder is at most "
					+ EditRules.Ids.MAX_SEALABLE_STAKEHOLDER_ID + " characters");
		}
		return ids.sealedStakeholder(id);
	}

}
