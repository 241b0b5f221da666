package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.partnergraph.database.EmbeddedDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeSets;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Imports a network from a CSV pair or an XLSX workbook.
 *
 * <p>
 * The files are validated against the database inside the one write transaction that then
 * writes them, so an import is all-or-nothing: any invalid row rejects it with every
 * error listed, and a crash part-way leaves the database as it was. Readers see the old
 * network or the new one. An import too large for one transaction that only creates is
 * validated in that transaction and then written in parts by {@link StagedImport}, which
 * keeps the same promise to readers.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final Driver driver;

	private final ImportLimits limits;

	// One import at a time within this service; the database transaction guards the rest.
	private final ReentrantLock lock = new ReentrantLock();

	private final ReentrantLock workbookReading = new ReentrantLock(true);

	private final GraphStore store;

	private final ChangeSets changeSets;

	private final StagedImport staged;

	public ImportService(Driver driver, ImportLimits limits, GraphStore store, ChangeSets changeSets,
			ObjectProvider<EmbeddedDatabase> embedded) {
		this.driver = driver;
		this.limits = limits;
		this.store = store;
		this.changeSets = changeSets;
		EmbeddedDatabase inProcess = embedded.getIfAvailable();
		this.staged = new StagedImport(driver, changeSets,
				(inProcess != null) ? new InProcessStaging(inProcess) : null);
	}

	/** At start, deletes what an import the service stopped during had staged. */
	@EventListener(ApplicationReadyEvent.class)
	void discardUnfinishedImport() {
		this.lock.lock();
		try {
			this.staged.discardLeftovers();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Imports a CSV pair. Either file may be missing when merging; replacing needs both.
	 * @throws ImportRejectedException listing every problem, when anything is invalid
	 */
	public ImportReport importCsv(ImportFile stakeholders, ImportFile links, ImportMode mode, boolean dryRun,
			Visibility visibility) {
		var errors = new ArrayList<ImportError>();
		if (stakeholders == null && links == null) {
			errors.add(ImportError.ofFile("request", "send the parts 'stakeholders' and 'links', or 'workbook'"));
		}
		if (mode == ImportMode.REPLACE && (stakeholders == null || links == null)) {
			errors.add(ImportError.ofFile("request", "mode=replace needs both 'stakeholders' and 'links'"));
		}
		var warnings = new ArrayList<ImportWarning>();
		var reader = new CsvTableReader(this.limits);
		RawTable stakeholderTable = stakeholders == null ? null
				: reader.read(stakeholders.name(), stakeholders.bytes(), ImportTable.STAKEHOLDERS, errors, warnings);
		RawTable linkTable = links == null ? null
				: reader.read(links.name(), links.bytes(), ImportTable.LINKS, errors, warnings);
		return run(stakeholderTable, linkTable, mode, dryRun, visibility, errors, warnings);
	}

	/** Imports the two sheets of an XLSX workbook. */
	public ImportReport importWorkbook(ImportFile workbook, ImportMode mode, boolean dryRun, Visibility visibility) {
		var errors = new ArrayList<ImportError>();
		var warnings = new ArrayList<ImportWarning>();
		List<RawTable> sheets;
		// One workbook is read at a time: concurrent uploads wait their turn instead of
		// multiplying the
		// memory that reading takes.
		this.workbookReading.lock();
		try {
			sheets = new XlsxTableReader(this.limits).read(workbook.name(), workbook.bytes(), errors, warnings);
		}
		finally {
			this.workbookReading.unlock();
		}
		if (sheets == null) {
			throw ImportFindings.rejection(errors, warnings);
		}
		return run(sheets.get(0), sheets.get(1), mode, dryRun, visibility, errors, warnings);
	}

	/**
	 * Errors found while reading do not stop here: the rows of every file are still
	 * checked, so that one answer lists every error of every file.
	 */
	private ImportReport run(RawTable stakeholderTable, RawTable linkTable, ImportMode mode, boolean dryRun,
			Visibility visibility, List<ImportError> readErrors, List<ImportWarning> warnings) {
		this.lock.lock();
		try (var session = this.driver.session()) {
			SealedIds.ensureSecret(session);
			long started = System.nanoTime();
			ImportReport report;
			if (dryRun) {
				report = session
					.executeRead(
							tx -> apply(tx, stakeholderTable, linkTable, mode, true, visibility, readErrors, warnings))
					.report();
			}
			else {
				try {
					Outcome outcome = this.changeSets.settledThen(() -> session.executeWrite(tx -> apply(tx,
							stakeholderTable, linkTable, mode, false, visibility, readErrors, warnings)));
					if (outcome.staged() != null) {
						this.staged.write(outcome.staged());
					}
					report = outcome.report();
				}
				finally {
					this.store.networkChanged();
				}
				// The import's history, packed in its transaction, becomes one change per
				// record next, in transactions of its own (see ChangeSets).
				this.changeSets.completeInBackground();
			}
			log.info("Import {}: {} in {} ms", dryRun ? "dry run" : "done", report,
					(System.nanoTime() - started) / 1_000_000);
			return report;
		}
		catch (ImportRejectedException ex) {
			throw ImportFindings.rejection(ex.errors(), warnings, stakeholderTable, linkTable);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * What the import's transaction did: the report, and for an import too large for it,
	 * the work it left to {@link StagedImport}.
	 */
	private record Outcome(ImportReport report, StagedImport.Work staged) {
	}

	private Outcome apply(TransactionContext tx, RawTable stakeholderTable, RawTable linkTable, ImportMode mode,
			boolean dryRun, Visibility visibility, List<ImportError> readErrors, List<ImportWarning> warnings) {
		// The caller works on what it may see. What it may not see is neither compared,
		// changed nor
		// deleted, and its ids are refused without saying what they belong to.
		NetworkSnapshot everything = GraphStore.readAll(tx, Visibility.ALL);
		NetworkSnapshot stored = everything.visibleTo(visibility);
		Set<String> hiddenIds = new HashSet<>();
		everything.stakeholders().forEach(s -> hiddenIds.add(s.id()));
		everything.links().forEach(l -> hiddenIds.add(l.id()));
		stored.stakeholders().forEach(s -> hiddenIds.remove(s.id()));
		stored.links().forEach(l -> hiddenIds.remove(l.id()));

		var errors = new ArrayList<ImportError>(readErrors);
		var validator = new RowValidator(this.limits, errors, warnings, stored);
		List<StakeholderRecord> stakeholders = stakeholderTable == null ? List.of()
				: validator.stakeholders(stakeholderTable);

		Set<String> knownIds = new HashSet<>();
		if (stakeholderTable != null) {
			stakeholderTable.rows().forEach(row -> {
				String id = row.get("id");
				if (id != null) {
					knownIds.add(id);
				}
			});
		}
		SealedIds seal = SealedIds.read(tx);
		Set<String> nameable = mode == ImportMode.MERGE ? ImportIds.nameable(knownIds, stored, seal) : knownIds;
		nameable.removeAll(hiddenIds);
		List<LinkRecord> links = linkTable == null ? List.of() : validator.links(linkTable, nameable);
		checkAllowed(stakeholderTable, stakeholders, StakeholderRecord::id, StakeholderRecord::confidentiality,
				SealedIds::isSealedStakeholder, visibility, hiddenIds, errors);
		checkAllowed(linkTable, links, LinkRecord::id, LinkRecord::confidentiality, SealedIds::isSealedLink, visibility,
				hiddenIds, errors);
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors);
		}
		ImportIds ids = ImportIds.resolve(seal, stakeholders, links, stored,
				visibility.sees(Confidentiality.RESTRICTED), new RowsOfIds(stakeholderTable, linkTable), errors);
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors);
		}
		NetworkSnapshot compared = ids.stored();
		String importId = null;

		var stakeholderDiff = Diff.of(compared.stakeholders(), ids.stakeholders(), StakeholderRecord::id, mode,
				stakeholderTable != null);
		var linkDiff = Diff.of(compared.links(), ids.links(), LinkRecord::id, mode, linkTable != null);
		refuseDeletingWhatCannotBeSeen(stakeholderDiff.deleted(), everything, hiddenIds);
		Set<String> created = new HashSet<>();
		stakeholderDiff.created().forEach(s -> created.add(s.id()));
		warnings.addAll(DuplicateWarnings.find(stakeholderTable, stakeholders, ids.stakeholders(),
				compared.stakeholders(), created, mode == ImportMode.REPLACE));
		var counts = Map.of("stakeholdersCreated", (long) stakeholderDiff.created().size(), "stakeholdersUpdated",
				(long) stakeholderDiff.updated().size(), "stakeholdersDeleted", (long) stakeholderDiff.deleted().size(),
				"linksCreated", (long) linkDiff.created().size(), "linksUpdated", (long) linkDiff.updated().size(),
				"linksDeleted", (long) linkDiff.deleted().size());
		StagedImport.Work staged = null;
		boolean onlyCreates = stakeholderDiff.updated().isEmpty() && stakeholderDiff.deleted().isEmpty()
				&& linkDiff.updated().isEmpty() && linkDiff.deleted().isEmpty() && !ids.renamesAnything();
		if (!dryRun && this.staged.applies(onlyCreates, stakeholderDiff.created(), linkDiff.created(), this.limits)) {
			importId = UUID.randomUUID().toString();
			staged = new StagedImport.Work(importId, stakeholderDiff.created(), linkDiff.created(),
					new ImportHistory(compared, ids.stakeholders()), counts);
		}
		else if (!dryRun) {
			var writer = new ImportWriter(tx);
			SealedIds.renameStakeholders(tx, ids.stakeholderRenames());
			ids.linkRenames().forEach((type, renames) -> SealedIds.renameLinks(tx, type, renames));
			writer.writeStakeholders(stakeholderDiff.created(), stakeholderDiff.updated());
			writer.deleteStakeholders(stakeholderDiff.deleted().stream().map(StakeholderRecord::id).toList());
			// A link whose ends or type changed is a different relationship: remove the
			// old one first.
			var linksToRemove = new ArrayList<>(linkDiff.deleted());
			Map<String, LinkRecord> storedLinks = index(compared.links(), LinkRecord::id);
			for (LinkRecord updated : linkDiff.updated()) {
				LinkRecord before = storedLinks.get(updated.id());
				if (!before.from().equals(updated.from()) || !before.to().equals(updated.to())
						|| before.type() != updated.type()) {
					linksToRemove.add(before);
				}
			}
			writer.deleteLinks(linksToRemove);
			writer.writeLinks(linkDiff.created(), linkDiff.updated());
			var history = new ImportHistory(compared, ids.stakeholders());
			history.stakeholders(stakeholderDiff.created(), stakeholderDiff.updated(), stakeholderDiff.deleted());
			history.links(linkDiff.created(), linkDiff.updated(), linkDiff.deleted());
			// Links that stay while one of their ends became RESTRICTED are hidden now
			// too.
			int sealed = seal.sealHiddenRecords(tx, history::renamed);
			importId = history.write(tx, counts);
			if (!stakeholderDiff.isEmpty() || !linkDiff.isEmpty() || sealed > 0 || ids.renamesAnything()) {
				writer.bumpDataVersion();
			}
		}
		return new Outcome(new ImportReport(mode, dryRun, stakeholderDiff.created().size(),
				stakeholderDiff.updated().size(), stakeholderDiff.unchanged(), stakeholderDiff.deleted().size(),
				linkDiff.created().size(), linkDiff.updated().size(), linkDiff.unchanged(), linkDiff.deleted().size(),
				ImportFindings.ordered(warnings, stakeholderTable, linkTable), importId), staged);
	}

	/**
	 * Refuses rows that would touch, or create, what the caller may not see. Ids of the
	 * sealed form are left to {@link ImportIds}, which refuses them alike whether taken
	 * or free.
	 */
	private static <T> void checkAllowed(RawTable table, List<T> records, Function<T, String> id,
			Function<T, Confidentiality> level, Predicate<String> sealedForm, Visibility visibility,
			Set<String> hiddenIds, List<ImportError> errors) {
		if (table == null) {
			return;
		}
		Map<String, Integer> rowOfId = new HashMap<>();
		for (RawTable.Row row : table.rows()) {
			String rowId = row.get("id");
			if (rowId != null) {
				rowOfId.putIfAbsent(rowId, row.number());
			}
		}
		for (T record : records) {
			Integer row = rowOfId.get(id.apply(record));
			// Before its ids were sealed, a hidden record could be met here by its plain
			// id.
			if (hiddenIds.contains(id.apply(record)) && !sealedForm.test(id.apply(record))) {
				errors.add(new ImportError(table.file(), row, "id",
						"id '" + id.apply(record) + "' cannot be used; choose another"));
			}
			if (!visibility.sees(level.apply(record))) {
				errors.add(new ImportError(table.file(), row, "confidentiality",
						"you may not import " + level.apply(record) + " data"));
			}
		}
	}

	/** Finds the row that gives an id, in the file that holds it. */
	private record RowsOfIds(RawTable stakeholders, RawTable links) implements ImportIds.RowLookup {

		@Override
		public ImportError stakeholderError(String id, String column, String message) {
			return at(this.stakeholders, id, column, message);
		}

		@Override
		public ImportError linkError(String id, String column, String message) {
			return at(this.links, id, column, message);
		}

		private static ImportError at(RawTable table, String id, String column, String message) {
			Integer row = table.rows()
				.stream()
				.filter(r -> id.equals(r.get("id")))
				.map(RawTable.Row::number)
				.findFirst()
				.orElse(null);
			return new ImportError(table.file(), row, column, message);
		}

	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
	}

	/** How the incoming records differ from the stored ones. */
	/**
	 * Deleting a stakeholder deletes its links, and a caller never deletes what it may
	 * not see: a stakeholder that has links the caller cannot see is not removed by this
	 * caller's replace. The refusal names the stakeholders (which the caller sees) but
	 * not what holds them, and nothing is written; an account that sees everything can
	 * remove them.
	 */
	private static void refuseDeletingWhatCannotBeSeen(List<StakeholderRecord> deleted, NetworkSnapshot everything,
			Set<String> hiddenIds) {
		Set<String> deletedIds = new HashSet<>();
		deleted.forEach(s -> deletedIds.add(s.id()));
		var held = new java.util.TreeSet<String>();
		for (LinkRecord link : everything.links()) {
			if (hiddenIds.contains(link.id())) {
				if (deletedIds.contains(link.from())) {
					held.add(link.from());
				}
				if (deletedIds.contains(link.to())) {
					held.add(link.to());
				}
			}
		}
		if (!held.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportError.ofFile("stakeholders",
					"this import would remove " + String.join(", ", held) + ", which your account may not remove; "
							+ "keep them in the file, or ask an administrator to remove them")));
		}
	}

	private record Diff<T>(List<T> created, List<T> updated, int unchanged, List<T> deleted) {

		static <T> Diff<T> of(List<T> stored, List<T> incoming, Function<T, String> id, ImportMode mode,
				boolean fileGiven) {
			Map<String, T> before = index(stored, id);
			var created = new ArrayList<T>();
			var updated = new ArrayList<T>();
			int unchanged = 0;
			var seen = new HashSet<String>();
			for (T record : incoming) {
				seen.add(id.apply(record));
				T old = before.get(id.apply(record));
				if (old == null) {
					created.add(record);
				}
				else if (Objects.equals(old, record)) {
					unchanged++;
				}
				else {
					updated.add(record);
				}
			}
			List<T> deleted = (mode == ImportMode.REPLACE && fileGiven)
					? stored.stream().filter(record -> !seen.contains(id.apply(record))).toList() : List.of();
			return new Diff<>(created, updated, unchanged, deleted);
		}

		boolean isEmpty() {
			return this.created.isEmpty() && this.updated.isEmpty() && this.deleted.isEmpty();
		}

	}

}
