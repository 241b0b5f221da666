package org.partnergraph.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The audit log: who did what, when. Kept in Neo4j beside the network.
 *
 * <p>
 * A request does not wait for its audit record to be written: records go to a bounded
 * queue that one thread writes in batches, so a burst of reads costs one transaction per
 * batch instead of one per request. When the queue is full the request writes its own
 * record, so nothing is dropped under load. Stopping the service writes what is queued
 * before the database closes; a crash loses what was queued, at most the last
 * {@link #FLUSH_INTERVAL} or so. Reading the log writes what is queued first, so it shows
 * every action recorded before the read.
 */
@Service
public class AuditService {

	private static final Logger log = LoggerFactory.getLogger(AuditService.class);

	private static final int MAX_TEXT = 2_000;

	static final int QUEUE_CAPACITY = 10_000;

	private static final int BATCH_SIZE = 1_000;

	static final Duration FLUSH_INTERVAL = Duration.ofMillis(200);

	private static final String WRITE = """
			UNWIND $events AS event
			CREATE (e:AuditEvent)
			SET e = event""";

	private static final String FILTER = """
			($actor IS NULL OR e.actor = $actor) AND ($action IS NULL OR e.action STARTS WITH $action)
			AND ($since IS NULL OR e.at >= $since) AND ($until IS NULL OR e.at < $until)""";

	private final Driver driver;

	private final BlockingQueue<Map<String, Object>> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);

	// One writer at a time, so a flush returns only once every earlier record is written.
	private final ReentrantLock writing = new ReentrantLock();

	private final Thread writer;

	// Counted down once, at a graceful stop: it ends the writer's wait at once, with no
	// interrupt, and tells callers to write their own records from then on.
	private final CountDownLatch stopping = new CountDownLatch(1);

	AuditService(Driver driver) {
		this.driver = driver;
		this.writer = Thread.ofPlatform().name("audit-writer").daemon().unstarted(this::writeContinually);
		this.writer.start();
	}

	/** Records an action of the current caller. */
	public void record(String action, String target, String detail) {
		recordAs(currentActor(), action, target, detail);
	}

	public void recordAs(String actor, String action, String target, String detail) {
		var event = new HashMap<String, Object>();
		event.put("id", UUID.randomUUID().toString());
		event.put("at", OffsetDateTime.now());
		event.put("actor", clip(actor));
		event.put("action", clip(action));
		event.put("target", clip(target));
		event.put("detail", clip(detail));
		if (this.stopping.getCount() == 0 || !this.queue.offer(event)) {
			// Full, or stopping: this caller writes its own record rather than lose it.
			this.writing.lock();
			try {
				write(List.of(event));
			}
			finally {
				this.writing.unlock();
			}
		}
	}

	/** Writes every record queued so far; returns once they are in the database. */
	public void flush() {
		this.writing.lock();
		try {
			var batch = new ArrayList<Map<String, Object>>();
			while (this.queue.drainTo(batch, BATCH_SIZE) > 0) {
				write(batch);
				batch.clear();
			}
		}
		finally {
			this.writing.unlock();
		}
	}

	/**
	 * Writes what is queued before the database closes (this bean depends on it). The
	 * writer is told to stop rather than interrupted: an interrupt during its write made
	 * the driver give up that batch ("Retries interrupted"), and the records drained for
	 * it were lost.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.stopping.countDown();
		this.writer.join(Duration.ofSeconds(10));
		flush();
	}

	private void writeContinually() {
		while (true) {
			try {
				if (this.stopping.await(FLUSH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
					return;
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			try {
				flush();
			}
			catch (RuntimeException ex) {
				log.error("The audit writer failed: {}", ex.toString());
			}
		}
	}

	private void write(List<Map<String, Object>> events) {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run(WRITE, Map.of("events", events)).consume());
		}
		catch (RuntimeException ex) {
			// Losing audit records must not fail anyone's request, but it must be
			// noticed.
			log.error("Could not write {} audit records, the first {} {} {}: {}", events.size(),
					events.get(0).get("actor"), events.get(0).get("action"), events.get(0).get("target"),
					ex.toString());
		}
	}

	public Page<AuditEvent> find(String actor, String action, OffsetDateTime since, OffsetDateTime until,
			Pageable page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("actor", actor);
		parameters.put("action", action);
		parameters.put("since", since);
		parameters.put("until", until);
		parameters.put("skip", page.getOffset());
		parameters.put("limit", page.getPageSize());
		flush();
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				List<AuditEvent> events = tx.run("""
						MATCH (e:AuditEvent) WHERE %s
						RETURN e ORDER BY e.at DESC SKIP $skip LIMIT $limit""".formatted(FILTER), parameters)
					.list(record -> event(record.get("e")));
				long total = tx.run("MATCH (e:AuditEvent) WHERE %s RETURN count(e)".formatted(FILTER), parameters)
					.single()
					.get(0)
					.asLong();
				return new PageImpl<>(events, page, total);
			});
		}
	}

	private static AuditEvent event(Value e) {
		return new AuditEvent(e.get("id").asString(), e.get("at").asOffsetDateTime(), e.get("actor").asString(),
				e.get("action").asString(), e.get("target").isNull() ? null : e.get("target").asString(),
				e.get("detail").isNull() ? null : e.get("detail").asString());
	}

	static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return "system";
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return "anonymous";
		}
		return authentication.getName();
	}

	private static String clip(String text) {
		return (text == null || text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT) + "...";
	}

}
