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
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes an import into the history: one change per record it created, changed or
 * deleted, all under the import's id, in the import's transaction and in the same batches
 * as its writes.
 */
final class ImportHistory {

	private static final Logger log = LoggerFactory.getLogger(ImportHistory.class);

	/** Changes above which an import records no per-record history; see write. */
	static final int PER_RECORD_UP_TO = 20_000;

	private final List<ChangeLog.Entry> entries = new ArrayList<>();

	private final Map<String, Confidentiality> levels = new HashMap<>();

	private final Map<String, StakeholderRecord> storedStakeholders = new HashMap<>();

	private final Map<String, LinkRecord> storedLinks = new HashMap<>();

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

	private ChangeLog.Entry link(String action, LinkRecord before, LinkRecord after) {
		LinkRecord now = after == null ? before : after;
		return ChangeLog.Entry.link(action, before, after, level(now.from()), level(now.to()));
	}

	private Confidentiality level(String id) {
		return this.levels.getOrDefault(id, Confidentiality.PUBLIC);
	}

	/** Writes the changes; answers the import's id, or null when it changed nothing. */
	String write(TransactionContext tx) {
		if (this.entries.isEmpty()) {
			return null;
		}
		long started = System.nanoTime();
		String importId = UUID.randomUUID().toString();
		if (this.entries.size() > PER_RECORD_UP_TO) {
			// The history shares the import's transaction, whose memory Neo4j caps (70 %
			// of
			// the heap by default); a change per record of a 40,000 + 120,000 import does
			// not fit beside the import itself in a 2 GB service. Such an import is kept
			// without per-record history (and so cannot be reverted as a whole) rather
			// than
			// refused.
			log.warn("Import of {} changes: too large for per-record history; none recorded", this.entries.size());
			return null;
		}
		ChangeLog.record(tx, new ChangeLog.Origin(actor(), OffsetDateTime.now(), "import", importId), this.entries);
		log.info("Import {}: {} changes recorded in {} ms", importId, this.entries.size(),
				(System.nanoTime() - started) / 1_000_000);
		return importId;
	}

	/** The account importing; the system (seed, command line) when none. */
	static String actor() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return (caller == null || caller.getName() == null) ? "system" : caller.getName();
	}

}
