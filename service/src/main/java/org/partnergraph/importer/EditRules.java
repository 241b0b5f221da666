package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.StakeholderRecord;
import org.springframework.stereotype.Component;

/**
 * The import's rules for one record at a time, for the edit API: the same validation of
 * every field ({@link RowValidator}, with its vocabularies of sectors, link types and
 * themes), the same sealed ids for what some callers may not see ({@link SealedIds}), and
 * the same writes ({@link ImportWriter}). A record is read as a one-row table, so an edit
 * and an import can never disagree about what a value means.
 */
@Component
public class EditRules {

	/** Where an edit's errors say they are: the record, never a file or row. */
	private static final String NO_FILE = " in the file or the database";

	private final ImportLimits limits;

	EditRules(ImportLimits limits) {
		this.limits = limits;
	}

	/**
	 * A stakeholder read from import cells (column name to text; lists joined by ';').
	 * @param knownThemes the themes stored and visible to the caller
	 * @throws InvalidRecordException listing every problem
	 */
	public StakeholderRecord stakeholder(Map<String, String> cells, Collection<String> knownThemes) {
		var errors = new ArrayList<ImportError>();
		var validator = RowValidator.withKnownThemes(this.limits, errors, new ArrayList<>(), knownThemes);
		List<StakeholderRecord> records = validator.stakeholders(table("stakeholder", Columns.STAKEHOLDERS, cells));
		return single(records, errors);
	}

	/**
	 * A link read from import cells.
	 * @param nameable the stakeholder ids its ends may name: those that exist and the
	 * caller sees
	 * @throws InvalidRecordException listing every problem
	 */
	public LinkRecord link(Map<String, String> cells, Set<String> nameable) {
		var errors = new ArrayList<ImportError>();
		var validator = RowValidator.withKnownThemes(this.limits, errors, new ArrayList<>(), List.of());
		List<LinkRecord> records = validator.links(table("link", Columns.LINKS, cells), nameable);
		return single(records, errors);
	}

	/** The sealing of ids in this database, read in the caller's transaction. */
	public Ids ids(TransactionContext tx) {
		return new Ids(SealedIds.read(tx));
	}

	/** The import's writes, for one record, in the caller's transaction. */
	public Writes writes(TransactionContext tx) {
		return new Writes(tx);
	}

	private static RawTable table(String file, List<String> columns, Map<String, String> cells) {
		var row = new LinkedHashMap<String, String>();
		for (String column : columns) {
			if (cells.get(column) != null) {
				row.put(column, cells.get(column));
			}
		}
		return new RawTable(file, file, 1, columns, List.of(new RawTable.Row(2, row)), false, true);
	}

	private static <T> T single(List<T> records, List<ImportError> errors) {
		if (!errors.isEmpty() || records.size() != 1) {
			throw new InvalidRecordException(errors.stream()
				.map(error -> new InvalidRecordException.FieldError(error.column(),
						error.message().replace(NO_FILE, "")))
				.toList());
		}
		return records.getFirst();
	}

	/** The ids of hidden records: see {@link SealedIds}. */
	public static final class Ids {

		/**
		 * Said of an id of the reserved form, whether or not a hidden record holds it.
		 */
		public static final String RESERVED_STAKEHOLDER = ImportIds.RESERVED_STAKEHOLDER;

		public static final String RESERVED_LINK = ImportIds.RESERVED_LINK;

		public static final int MAX_SEALABLE_STAKEHOLDER_ID = ImportIds.MAX_SEALABLE_STAKEHOLDER_ID;

		public static final int MAX_SEALABLE_LINK_ID = ImportIds.MAX_SEALABLE_LINK_ID;

		private final SealedIds seal;

		private Ids(SealedIds seal) {
			this.seal = seal;
		}

		public boolean isSealedStakeholder(String id) {
			return SealedIds.isSealedStakeholder(id);
		}

		public boolean isSealedLink(String id) {
			return SealedIds.isSealedLink(id);
		}

		/** The id a RESTRICTED stakeholder given this id is stored under. */
		public String sealedStakeholder(String given) {
			return this.seal.stakeholder(given);
		}

		/** The id a hidden link given this id is stored under. */
		public String sealedLink(String given) {
			return this.seal.link(given);
		}

		/**
		 * Seals what became hidden: links left under plain ids when one of their ends
		 * became RESTRICTED.
		 */
		public int sealHiddenRecords(TransactionContext tx) {
			return this.seal.sealHiddenRecords(tx);
		}

	}

	/** One record's writes, by the import's own Cypher. */
	public static final class Writes {

		private final TransactionContext tx;

		private final ImportWriter writer;

		private Writes(TransactionContext tx) {
			this.tx = tx;
			this.writer = new ImportWriter(tx);
		}

		/** Creates or replaces the stakeholder, countries and themes too. */
		public void upsertStakeholder(StakeholderRecord stakeholder) {
			this.writer.writeStakeholders(List.of(), List.of(stakeholder));
		}

		/** Deletes the stakeholder and every link it has. */
		public void deleteStakeholder(String id) {
			this.writer.deleteStakeholders(List.of(id));
		}

		public void renameStakeholder(String from, String to) {
			SealedIds.renameStakeholders(this.tx, Map.of(from, to));
		}

		public void renameLink(LinkRecord link, String to) {
			SealedIds.renameLinks(this.tx, link.type(), Map.of(link.id(), to));
		}

		public void upsertLink(LinkRecord link) {
			this.writer.writeLinks(List.of(), List.of(link));
		}

		public void deleteLink(LinkRecord link) {
			this.writer.deleteLinks(List.of(link));
		}

		/** Tells every cache of results computed from the network that it changed. */
		public void bumpDataVersion() {
			this.writer.bumpDataVersion();
		}

	}

}
