package org.partnergraph.importer;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.partnergraph.problem.ConflictException;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.ChangeSets;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.StakeholderRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an import too large for one transaction, still all-or-nothing for every reader.
 *
 * <p>
 * A transaction holds everything it writes in the service's heap until it commits: a
 * hundred thousand stakeholders with a million links is several gigabytes of it. So an
 * import of at least {@code partnergraph.import.stage-from} records (see
 * {@link ImportLimits#stagesFrom}) that only creates, stakeholders and the links among
 * them, is written in parts: the stakeholders as {@code :StagedStakeholder}, which no
 * reader matches, then their links, then its history's parts (see ChangeSets), each part
 * in a transaction of its own. With the embedded database, the records are written
 * through its own API ({@link InProcessStaging}). One last transaction relabels the
 * staged stakeholders {@code :Stakeholder} and opens the history, so readers see the old
 * network or the whole new one. If a part fails, what was staged is deleted; if the
 * service stops part-way, the next start deletes it ({@link #discardLeftovers}).
 *
 * <p>
 * An import that updates or deletes, or links to stakeholders already stored, runs in one
 * transaction as before: staging those would show readers a half-changed network.
 */
final class StagedImport {

	private static final Logger log = LoggerFactory.getLogger(StagedImport.class);

	/** Stakeholders or links per staging transaction: tens of megabytes of heap. */
	static final int RECORDS_PER_TRANSACTION = 50_000;

	/** History parts per transaction (each {@link ChangeSets#PART_SIZE} changes). */
	private static final int PARTS_PER_TRANSACTION = 5;

	private static final int DISCARD_BATCH = 5_000;

	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	/** What to write: the records an import creates, its history, its figures. */
	record Work(String importId, List<StakeholderRecord> stakeholders, List<LinkRecord> links, ImportHistory history,
			Map<String, Long> counts) {
	}

	/**
	 * Writes staged records, each part in a transaction of its own: through Cypher
	 * ({@link ImportWriter}), or in the embedded database through its own API
	 * ({@link InProcessStaging}).
	 */
	interface Stager {

		/**
		 * Stages new stakeholders, whose countries and themes are stored; answers each
		 * one's element id by its id.
		 */
		Map<String, String> stakeholders(List<StakeholderRecord> part);

		/** Stages new links between staged stakeholders, given their element ids. */
		void links(List<LinkRecord> part, Map<String, String> elements);

	}

	private final Driver driver;

	private final ChangeSets changeSets;

	private final Stager stager;

	/** Staging through Cypher, as for any database. */
	StagedImport(Driver driver, ChangeSets changeSets) {
		this(driver, changeSets, (Stager) null);
	}

	/** Staging through {@code stager}, or through Cypher when it is null. */
	StagedImport(Driver driver, ChangeSets changeSets, Stager stager) {
		this.driver = driver;
		this.changeSets = changeSets;
		this.stager = (stager != null) ? stager : new Stager() {

			@Override
			public Map<String, String> stakeholders(List<StakeholderRecord> part) {
				Map<String, String> elements = new HashMap<>();
				inTransaction(writer -> elements.putAll(writer.stageStakeholders(part)));
				return elements;
			}

			@Override
			public void links(List<LinkRecord> part, Map<String, String> elements) {
				inTransaction(writer -> writer.stageLinks(part, elements));
			}

		};
	}

	/**
	 * Whether an import is staged: creating only stakeholders and links among them, and
	 * at least {@link ImportLimits#stagesFrom} of them.
	 */
	boolean applies(boolean onlyCreates, List<StakeholderRecord> stakeholders, List<LinkRecord> links,
			ImportLimits limits) {
		int records = stakeholders.size() + links.size();
		if (!onlyCreates || records == 0 || records < limits.stagesFrom(this.stager instanceof InProcessStaging)) {
			return false;
		}
		Set<String> created = new HashSet<>(stakeholders.size() * 2);
		stakeholders.forEach(s -> created.add(s.id()));
		return links.stream().allMatch(l -> created.contains(l.from()) && created.contains(l.to()));
	}

	/**
	 * Writes the import; when anything fails, deletes what it staged and throws. The
	 * caller holds the import lock, so no other import stages meanwhile.
	 */
	void write(Work work) {
		long started = System.nanoTime();
		discardLeftovers();
		try {
			inTransaction(writer -> writer.writeCountriesAndThemes(work.stakeholders()));
			Map<String, String> elements = new HashMap<>(work.stakeholders().size() * 2);
			inParts("stakeholders staged", work.stakeholders(),
					part -> elements.putAll(this.stager.stakeholders(part)));
			inParts("links staged", work.links(), part -> this.stager.links(part, elements));
			int changes = work.stakeholders().size() + work.links().size();
			int parts = (changes + ChangeSets.PART_SIZE - 1) / ChangeSets.PART_SIZE;
			for (int first = 0; first < parts; first += PARTS_PER_TRANSACTION) {
				int from = first;
				int to = Math.min(parts, first + PARTS_PER_TRANSACTION);
				write(tx -> {
					for (int index = from; index < to; index++) {
						ChangeSets.writePart(tx, work.importId(), index,
								work.history()
									.creations(work.stakeholders(), work.links(), index * ChangeSets.PART_SIZE,
											Math.min(changes, (index + 1) * ChangeSets.PART_SIZE)));
					}
				});
			}
			log.info("Import {}: {} records and their history staged in {} ms", work.importId(), changes,
					(System.nanoTime() - started) / 1_000_000);
			// Another writer of the history (a revert, say) may have opened a change set
			// meanwhile: it is completed first, as before any write of the history.
			this.changeSets.settledThen(() -> write(tx -> {
				var writer = new ImportWriter(tx);
				// Exactly what this import staged, or nothing. Another service process
				// starting meanwhile deletes it as leftovers; one staging an import at
				// once adds its own.
				long[] staged = writer.countStaged(work.importId());
				long[] expected = { work.stakeholders().size(), work.links().size(), parts };
				if (!Arrays.equals(staged, expected)) {
					log.warn("Import {}: staged {} stakeholders, links and history parts, found {}", work.importId(),
							Arrays.toString(expected), Arrays.toString(staged));
					throw new ConflictException("what this import staged changed while it was written (another "
							+ "large import, or a start of another service process on the same database); "
							+ "nothing was imported: import again");
				}
				long published = writer.publishStaged();
				writer.dropMergedIds(work.stakeholders().stream().map(StakeholderRecord::id).toList());
				ChangeSets.openWritten(tx,
						new ChangeLog.Origin(ImportHistory.actor(), OffsetDateTime.now(), "import", work.importId()),
						changes, work.counts());
				writer.bumpDataVersion();
				log.info("Import {}: {} staged stakeholders published", work.importId(), published);
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed while staged; deleting what it staged", work.importId());
			try {
				discardLeftovers();
			}
			catch (RuntimeException discarding) {
				ex.addSuppressed(discarding);
			}
			if ((ex instanceof ClientException client && CONSTRAINT_FAILED.equals(client.code()))
					|| ex instanceof org.neo4j.graphdb.ConstraintViolationException) {
				// Someone wrote a record with one of the import's ids after it was
				// checked.
				log.warn("Import {}: {}", work.importId(), ex.getMessage());
				throw new ConflictException("a stakeholder or link with one of this import's ids was written "
						+ "while the import ran; nothing was imported: import again");
			}
			throw ex;
		}
	}

	/**
	 * Deletes what an import staged and never published: the service stopped, or a part
	 * failed. In batches, each a transaction, as the staging was.
	 */
	void discardLeftovers() {
		try (var session = this.driver.session()) {
			long stakeholders = 0;
			long discarded;
			do {
				discarded = session.executeWrite(tx -> ImportWriter.discardStaged(tx, DISCARD_BATCH));
				stakeholders += discarded;
			}
			while (discarded > 0);
			long parts = 0;
			do {
				discarded = session.executeWrite(tx -> ChangeSets.discardUnopenedParts(tx, DISCARD_BATCH / 100));
				parts += discarded;
			}
			while (discarded > 0);
			if (stakeholders > 0 || parts > 0) {
				log.warn("Deleted what an unfinished import had staged: {} stakeholders with their links, "
						+ "{} parts of its history", stakeholders, parts);
			}
		}
	}

	private <T> void inParts(String what, List<T> records, Consumer<List<T>> stage) {
		for (int from = 0; from < records.size(); from += RECORDS_PER_TRANSACTION) {
			var part = records.subList(from, Math.min(records.size(), from + RECORDS_PER_TRANSACTION));
			stage.accept(part);
			log.info("Import: {} {}/{}", what, from + part.size(), records.size());
		}
	}

	private void inTransaction(Consumer<ImportWriter> work) {
		write(tx -> work.accept(new ImportWriter(tx)));
	}

	private Void write(Consumer<TransactionContext> work) {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> {
				work.accept(tx);
				return null;
			});
		}
	}

}
