package org.partnergraph.importer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.TransactionContext;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.ChangeSets;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes an import into the history: one change per record it created, changed or
 * deleted, all under the import's id. The import's transaction holds them packed in the
 * import's change set; they become one {@code :Change} per record once it has committed
 * (see ChangeSets).
 */
final class ImportHistory {

	private static final Logger log = LoggerFactory.getLogger(ImportHistory.class);

	private final List<ChangeLog.Entry> entries = new ArrayList<>();

	private final Map<String, Confidentiality> levels = new HashMap<>();

	private final Map<String, StakeholderRecord> storedStakeholders = new HashMap<>();

	private final Map<String, LinkRecord> storedLinks = new HashMap<>();

	private final Map<String, String> renames = new HashMap<>();

	/**
	 * @param stored what the import was compared with, under its final ids
	 * @param incoming the stakeholders the import writes
	 */
	ImportHistory(NetworkSnapshot stored, List<StakeholderRecord> incoming) {
		stored.stakeholders().forEach(s -> {
			this.levels.put(s.id(), s.confidentiality());
			this.storedStakeholders.put(s.id(), s);
		});
		incoming.forEach(s -> this.levels.put(s.id(), s.confidentiality()));
		stored.links().forEach(l -> this.storedLinks.put(l.type() + " " + l.id(), l));
	}

	void stakeholders(List<StakeholderRecord> created, List<StakeholderRecord> updated,
			List<StakeholderRecord> deleted) {
		created.forEach(s -> this.entries.add(ChangeLog.Entry.stakeholder("CREATE", null, s)));
		updated.forEach(
				s -> this.entries.add(ChangeLog.Entry.stakeholder("UPDATE", this.storedStakeholders.get(s.id()), s)));
		deleted.forEach(s -> this.entries.add(ChangeLog.Entry.stakeholder("DELETE", s, null)));
	}

	void links(List<LinkRecord> created, List<LinkRecord> updated, List<LinkRecord> deleted) {
		created.forEach(l -> this.entries.add(link("CREATE", null, l)));
		updated.forEach(l -> this.entries.add(link("UPDATE", this.storedLinks.get(l.type() + " " + l.id()), l)));
		deleted.forEach(l -> this.entries.add(link("DELETE", l, null)));
	}

	/**
	 * The changes of an import that only creates, from {@code from} to {@code to} in the
	 * history's order (its stakeholders, then its links): made a part at a time, where a
	 * whole list of a million changes would not fit beside the import.
	 */
	List<ChangeLog.Entry> creations(List<StakeholderRecord> stakeholders, List<LinkRecord> links, int from, int to) {
		var part = new ArrayList<ChangeLog.Entry>(to - from);
		for (int index = from; index < to; index++) {
			part.add(index < stakeholders.size() ? ChangeLog.Entry.stakeholder("CREATE", null, stakeholders.get(index))
					: link("CREATE", null, links.get(index - stakeholders.size())));
		}
		return part;
	}

	private ChangeLog.Entry link(String action, LinkRecord before, LinkRecord after) {
		LinkRecord now = after == null ? before : after;
		return ChangeLog.Entry.link(action, before, after, level(now.from()), level(now.to()));
	}

	private Confidentiality level(String id) {
		return this.levels.getOrDefault(id, Confidentiality.PUBLIC);
	}

	/**
	 * Follows a record the import's transaction moved to its sealed id afterwards: its
	 * change is recorded under that id, hidden with it.
	 */
	void renamed(String record, String linkType, String from, String to) {
		this.renames.put(key(record, linkType, from), to);
	}

	/**
	 * Opens the import's change set in its transaction (see ChangeSets): its summary, and
	 * every change packed, written out as one change per record once the import has
	 * committed. Answers the import's id, or null when it changed nothing.
	 */
	String write(TransactionContext tx, Map<String, Long> counts) {
		if (this.entries.isEmpty()) {
			return null;
		}
		long started = System.nanoTime();
		String importId = UUID.randomUUID().toString();
		List<ChangeLog.Entry> entries = this.renames.isEmpty() ? this.entries
				: this.entries.stream().map(this::followRename).toList();
		ChangeSets.open(tx, new ChangeLog.Origin(actor(), OffsetDateTime.now(), "import", importId), entries, counts);
		log.info("Import {}: {} changes packed in {} ms", importId, this.entries.size(),
				(System.nanoTime() - started) / 1_000_000);
		return importId;
	}

	private ChangeLog.Entry followRename(ChangeLog.Entry entry) {
		String sealed = this.renames.get(key(entry.record(), entry.linkType(), entry.recordId()));
		if (sealed == null) {
			return entry;
		}
		var levels = new ArrayList<>(entry.levels());
		levels.add(Confidentiality.RESTRICTED.name());
		return new ChangeLog.Entry(entry.action(), entry.record(), sealed, entry.linkType(), levels, entry.fields(),
				entry.reverts());
	}

	private static String key(String record, String linkType, String id) {
		return record + " " + linkType + " " + id;
	}

	/** The account importing; the system (seed, command line) when none. */
	static String actor() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return (caller == null || caller.getName() == null) ? "system" : caller.getName();
	}

}
