package org.partnergraph.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of a large set of changes (an import's), written in two steps so that it
 * neither shares the memory of the transaction that makes the changes nor goes missing
 * when the service stops between the two.
 *
 * <p>
 * In the changes' own transaction, {@link #open} writes one {@code :ChangeSet} node (who,
 * when, how many changes, and their places in the history's order, taken then, under the
 * same lock as every other writer's) and the changes themselves packed into a few
 * {@code :ChangeSetPart} nodes of deflated JSON: about a tenth of the memory one
 * {@code :Change} node per record takes. Once that transaction has committed,
 * {@link #complete} unpacks each part into {@code :Change} nodes, one part per
 * transaction that also deletes the part, so a stop part-way leaves every change either
 * written or still packed, never both; the set is then marked COMPLETE. A set still
 * PENDING (the service stopped, or the writing failed) is completed at the next start,
 * and before any other writer of the history goes on: {@link ChangeLog#record} refuses
 * while one is pending, and {@link #settledThen} completes it and runs the work again.
 * Until then its changes are missing from the history's lists, but nothing is lost.
 */
@Component
public class ChangeSets {

	private static final Logger log = LoggerFactory.getLogger(ChangeSets.class);

	/** Changes per part, and so per transaction when they are unpacked. */
	public static final int PART_SIZE = 10_000;

	/**
	 * How long the history's writer waits between two parts for the projection reads that
	 * requests wait on.
	 */
	private static final Duration YIELD_AT_MOST = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
	};

	private static final String OPEN = """
			MERGE (m:PartnerGraphMeta {key: 'changes'})
			SET m.seq = coalesce(m.seq, 0) + $count
			WITH m.seq - $count AS base
			CREATE (s:ChangeSet {id: $id, source: $source, actor: $actor, at: $at, importId: $importId,
			                     changes: $count, firstSeq: base + 1, partSize: $partSize, status: 'PENDING'})
			SET s += $counts
			""";

	private static final String PART = """
			MATCH (s:ChangeSet {id: $id})
			CREATE (p:ChangeSetPart {set: $id, index: $index, rows: $rows})
			""";

	private static final String UNOPENED_PART = """
			CREATE (p:ChangeSetPart {set: $id, index: $index, rows: $rows})
			""";

	private static final String DISCARD_UNOPENED = """
			MATCH (p:ChangeSetPart)
			WHERE NOT EXISTS { MATCH (s:ChangeSet {id: p.set}) }
			WITH p LIMIT $batch
			DELETE p
			RETURN count(*) AS discarded""";

	private static final String PENDING = """
			MATCH (s:ChangeSet {status: 'PENDING'})
			RETURN s.id AS id ORDER BY s.firstSeq""";

	private static final String SET = """
			MATCH (s:ChangeSet {id: $id})
			RETURN s.source AS source, s.actor AS actor, s.at AS at, s.importId AS importId,
			       s.firstSeq AS firstSeq, s.partSize AS partSize, s.changes AS changes,
			       COLLECT { MATCH (p:ChangeSetPart {set: $id}) RETURN p.index ORDER BY p.index } AS parts""";

	private static final String TAKE_PART = """
			MATCH (p:ChangeSetPart {set: $id, index: $index})
			WITH p, p.rows AS rows
			DELETE p
			RETURN rows""";

	private static final String DONE = """
			MATCH (s:ChangeSet {id: $id})
			WHERE NOT EXISTS { MATCH (p:ChangeSetPart {set: $id}) }
			SET s.status = 'COMPLETE', s.completedAt = $now
			""";

	private final Driver driver;

	// One completer at a time in this service; the parts' deletion guards the rest.
	private final ReentrantLock completing = new ReentrantLock();

	private final ExecutorService background = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("history-writer").daemon().factory());

	/** The background completion last started, which history reads wait for. */
	private volatile CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

	private final ForegroundReads foregroundReads;

	ChangeSets(Driver driver, ForegroundReads foregroundReads) {
		this.driver = driver;
		this.foregroundReads = foregroundReads;
	}

	/**
	 * Opens a change set in the caller's transaction: its summary and its changes,
	 * packed. {@link #complete} writes them out once that transaction has committed.
	 * @param origin who, when, and the import's id, which names the set (a revert's set
	 * gets an id of its own)
	 * @param counts figures kept on the set for those who list it (say, stakeholders
	 * created)
	 */
	public static String open(TransactionContext tx, ChangeLog.Origin origin, List<ChangeLog.Entry> entries,
			Map<String, Long> counts) {
		String id = openWritten(tx, origin, entries.size(), counts);
		// The parts are packed side by side: for an import of tens of thousands of
		// records, packing is a second of the import's time on one core.
		int parts = (entries.size() + PART_SIZE - 1) / PART_SIZE;
		List<byte[]> packed = IntStream.range(0, parts)
			.parallel()
			.mapToObj(index -> pack(ChangeLog
				.rows(entries.subList(index * PART_SIZE, Math.min(entries.size(), (index + 1) * PART_SIZE)))))
			.toList();
		for (int index = 0; index < parts; index++) {
			tx.run(PART, Map.of("id", id, "index", index, "rows", packed.get(index))).consume();
		}
		return id;
	}

	/**
	 * Writes part {@code index} of a change set not opened yet, in the caller's
	 * transaction: an import too large for one transaction writes its history's parts in
	 * the transactions that stage its records, and opens the set with
	 * {@link #openWritten} in the one that makes them visible. Every part but the last
	 * holds {@link #PART_SIZE} changes, the set's order.
	 */
	public static void writePart(TransactionContext tx, String id, int index, List<ChangeLog.Entry> entries) {
		tx.run(UNOPENED_PART, Map.of("id", id, "index", index, "rows", pack(ChangeLog.rows(entries)))).consume();
	}

	/**
	 * Opens a change set whose {@code count} changes are written already, as
	 * {@link #writePart} parts under {@code origin}'s import id; answers the set's id.
	 */
	public static String openWritten(TransactionContext tx, ChangeLog.Origin origin, long count,
			Map<String, Long> counts) {
		ChangeLog.refuseWhilePending(tx);
		String id = origin.importId() != null ? origin.importId() : UUID.randomUUID().toString();
		var parameters = new HashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("source", origin.source());
		parameters.put("actor", origin.actor());
		parameters.put("at", origin.at());
		parameters.put("importId", origin.importId());
		parameters.put("count", count);
		parameters.put("partSize", (long) PART_SIZE);
		parameters.put("counts", counts);
		tx.run(OPEN, parameters).consume();
		return id;
	}

	/**
	 * Deletes parts of sets never opened: those of an import that failed or was stopped
	 * before it made its records visible. One batch per call; answers how many went.
	 */
	public static long discardUnopenedParts(TransactionContext tx, int batch) {
		return tx.run(DISCARD_UNOPENED, Map.of("batch", batch)).single().get("discarded").asLong();
	}

	/**
	 * Runs work that writes the history once every pending set is complete; when a set
	 * was opened meanwhile (the work is refused with {@link ChangeLog.HistoryPending}),
	 * completes that too and runs the work again.
	 */
	public <T> T settledThen(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			complete();
			try {
				return work.get();
			}
			catch (ChangeLog.HistoryPending ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Writes out every pending change set in the background, so that an import answers
	 * once its own transaction has committed, not after its history too (some seconds for
	 * tens of thousands of records). Nothing waits for it but readers of the history
	 * ({@link #awaitWritten}, which every history read of this service calls) and the
	 * next writer of the history ({@link #settledThen}, through the same lock); a stop
	 * part-way leaves the rest pending for the next start, as before.
	 */
	public void completeInBackground() {
		this.written = CompletableFuture.runAsync(() -> {
			try {
				complete(true);
			}
			catch (RuntimeException ex) {
				// Still pending: the next writer of the history, or the next start,
				// completes it.
				log.warn("Could not write a change set into the history yet; it stays pending", ex);
			}
		}, this.background);
	}

	/**
	 * Waits until the history this service began writing in the background is written, so
	 * a reader sees the changes of an import that has answered.
	 */
	public void awaitWritten() {
		this.written.join();
	}

	/** A graceful stop lets the history being written finish. */
	@PreDestroy
	void finishWriting() {
		this.background.shutdown();
		awaitWritten();
	}

	/** Writes out every pending change set, oldest first. */
	public void complete() {
		complete(false);
	}

	/**
	 * {@link #complete()}; {@code inBackground}, where no request waits for it, giving
	 * way between parts to the projection reads that requests wait on.
	 */
	private void complete(boolean inBackground) {
		this.completing.lock();
		try (var session = this.driver.session()) {
			List<String> pending = session.executeRead(tx -> tx.run(PENDING).list(row -> row.get("id").asString()));
			for (String id : pending) {
				complete(id, inBackground);
			}
		}
		finally {
			this.completing.unlock();
		}
	}

	/** At start, the sets the service stopped before completing. */
	@EventListener(ApplicationReadyEvent.class)
	void completeLeftOver() {
		// A set this service is writing already (the seed's, say) is not left over.
		awaitWritten();
		try (var session = this.driver.session()) {
			long pending = session.executeRead(tx -> tx.run(PENDING).list().size());
			if (pending > 0) {
				log.warn("{} import(s) committed before the last stop without their history written; writing it now",
						pending);
				complete();
			}
		}
	}

	private void complete(String id, boolean inBackground) {
		long started = System.nanoTime();
		try (var session = this.driver.session()) {
			var set = session.executeRead(tx -> tx.run(SET, Map.of("id", id)).single());
			var origin = new ChangeLog.Origin(text(set.get("actor")), set.get("at").asOffsetDateTime(),
					text(set.get("source")), text(set.get("importId")));
			long firstSeq = set.get("firstSeq").asLong();
			long partSize = set.get("partSize").asLong();
			for (long index : set.get("parts").asList(Value::asLong)) {
				if (inBackground) {
					this.foregroundReads.awaitNone(YIELD_AT_MOST);
				}
				session.executeWrite(tx -> {
					var taken = tx.run(TAKE_PART, Map.of("id", id, "index", index)).list();
					if (!taken.isEmpty()) {
						List<Map<String, Object>> rows = unpack(taken.getFirst().get("rows").asByteArray());
						for (int i = 0; i < rows.size(); i++) {
							rows.get(i).put("seq", firstSeq + index * partSize + i);
						}
						ChangeLog.recordReserved(tx, origin, rows);
					}
					return null;
				});
			}
			session.executeWrite(tx -> tx.run(DONE, Map.of("id", id, "now", OffsetDateTime.now())).consume());
			log.info("Change set {}: {} changes written into the history in {} ms", id, set.get("changes").asLong(),
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	private static byte[] pack(List<Map<String, Object>> rows) {
		var bytes = new ByteArrayOutputStream();
		// The fastest level: the parts live only until the set is complete.
		var deflater = new Deflater(Deflater.BEST_SPEED);
		try (var out = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
			JSON.writeValue(out, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	private static List<Map<String, Object>> unpack(byte[] packed) {
		var inflater = new Inflater();
		try (var in = new InflaterInputStream(new ByteArrayInputStream(packed), inflater, 1 << 16)) {
			return new ArrayList<>(JSON.readValue(in, ROWS));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			inflater.end();
		}
	}

	private static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
