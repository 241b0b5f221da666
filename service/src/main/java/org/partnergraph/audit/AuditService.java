package org.partnergraph.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The audit log: who did what, when. Kept in Neo4j beside the network, written in its own
 * transaction so an audited action that fails is still recorded.
 */
@Service
public class AuditService {

	private static final Logger log = LoggerFactory.getLogger(AuditService.class);

	private static final int MAX_TEXT = 2_000;

	private static final String FILTER = """
			($actor IS NULL OR e.actor = $actor) AND ($action IS NULL OR e.action STARTS WITH $action)
			AND ($since IS NULL OR e.at >= $since) AND ($until IS NULL OR e.at < $until)""";

	private final Driver driver;

	AuditService(Driver driver) {
		this.driver = driver;
	}

	/** Records an action of the current caller. */
	public void record(String action, String target, String detail) {
		recordAs(currentActor(), action, target, detail);
	}

	public void recordAs(String actor, String action, String target, String detail) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("at", OffsetDateTime.now());
		parameters.put("actor", clip(actor));
		parameters.put("action", clip(action));
		parameters.put("target", clip(target));
		parameters.put("detail", clip(detail));
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					CREATE (:AuditEvent {id: $id, at: $at, actor: $actor, action: $action, target: $target,
					                     detail: $detail})""", parameters).consume());
		}
		catch (RuntimeException ex) {
			// Losing an audit record must not fail the caller's request, but it must be
			// noticed.
			log.error("Could not write the audit record {} {} {}: {}", actor, action, target, ex.toString());
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
