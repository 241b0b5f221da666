package org.partnergraph.view;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.store.ServerSecrets;
import org.springframework.stereotype.Component;

/**
 * Share links, kept in Neo4j as {@code :ViewShare} nodes beside the saved views (no
 * relationship to anything, so no network query reaches them), and the secret their
 * tokens are signed with, one of the {@link ServerSecrets} ({@code share}), made on first
 * use. The secret never leaves this class and {@link ShareTokens}.
 */
@Component
class ShareStore {

	private static final String FIELDS = "s {.id, .viewId, .level, .anonymiseInternal, .createdBy, .createdAt, "
			+ ".expiresAt, .revokedAt, .revokedBy}";

	private final Driver driver;

	private final ServerSecrets secrets;

	ShareStore(Driver driver, ServerSecrets secrets) {
		this.driver = driver;
		this.secrets = secrets;
	}

	/** The share links of a view, newest first. */
	List<ViewShare> findAll(String viewId) {
		return read("MATCH (s:ViewShare {viewId: $viewId}) RETURN " + FIELDS + " AS s ORDER BY s.createdAt DESC, s.id",
				Map.of("viewId", viewId))
			.stream()
			.map(ShareStore::share)
			.toList();
	}

	Optional<ViewShare> find(String viewId, String id) {
		return read("MATCH (s:ViewShare {viewId: $viewId, id: $id}) RETURN " + FIELDS + " AS s",
				Map.of("viewId", viewId, "id", id))
			.stream()
			.findFirst()
			.map(ShareStore::share);
	}

	void create(ViewShare share) {
		var properties = new HashMap<String, Object>();
		properties.put("id", share.id());
		properties.put("viewId", share.viewId());
		properties.put("level", share.level().name());
		properties.put("anonymiseInternal", share.anonymiseInternal());
		properties.put("createdBy", share.createdBy());
		properties.put("createdAt", share.createdAt());
		properties.put("expiresAt", share.expiresAt());
		write("CREATE (s:ViewShare) SET s = $share", Map.of("share", properties));
	}

	/** Revokes a share link that is not revoked yet; false when there is none. */
	boolean revoke(String viewId, String id, String by, OffsetDateTime at) {
		return !write("""
				MATCH (s:ViewShare {viewId: $viewId, id: $id}) WHERE s.revokedAt IS NULL
				SET s.revokedAt = $at, s.revokedBy = $by
				RETURN s.id""", Map.of("viewId", viewId, "id", id, "at", at, "by", by)).isEmpty();
	}

	/** Drops every share link of a view, with the view. */
	void deleteAll(String viewId) {
		write("MATCH (s:ViewShare {viewId: $viewId}) DELETE s", Map.of("viewId", viewId));
	}

	/** The signing secret, made on first use. */
	byte[] secret() {
		return this.secrets.secret(ServerSecrets.SHARE);
	}

	private static ViewShare share(Record record) {
		Value s = record.get("s");
		return new ViewShare(s.get("id").asString(), s.get("viewId").asString(),
				Confidentiality.valueOf(s.get("level").asString()), s.get("anonymiseInternal").asBoolean(false),
				s.get("createdBy").asString(), time(s.get("createdAt")), time(s.get("expiresAt")),
				time(s.get("revokedAt")), s.get("revokedBy").isNull() ? null : s.get("revokedBy").asString());
	}

	private static OffsetDateTime time(Value value) {
		return value.isNull() ? null : value.asOffsetDateTime();
	}

	private List<Record> read(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list());
		}
	}

	private List<Record> write(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> tx.run(cypher, parameters).list());
		}
	}

}
