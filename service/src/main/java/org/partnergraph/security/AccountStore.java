package org.partnergraph.security;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Accounts and API tokens, kept in the same Neo4j as the network. */
@Component
class AccountStore {

	private static final String USER_FIELDS = "u {.username, .passwordHash, .roles, .enabled, .restrictedAccess, .createdAt}";

	private final Driver driver;

	AccountStore(Driver driver) {
		this.driver = driver;
	}

	long count() {
		return read("MATCH (u:User) RETURN count(u) AS n", Map.of()).getFirst().get("n").asLong();
	}

	Optional<UserAccount> find(String username) {
		return read("MATCH (u:User {username: $username}) RETURN " + USER_FIELDS + " AS u",
				Map.of("username", username))
			.stream()
			.findFirst()
			.map(AccountStore::account);
	}

	List<UserAccount> findAll() {
		return read("MATCH (u:User) RETURN " + USER_FIELDS + " AS u ORDER BY u.username", Map.of()).stream()
			.map(AccountStore::account)
			.toList();
	}

	/** Creates the account; false when the user name is taken. */
	boolean create(UserAccount account) {
		return write("""
				OPTIONAL MATCH (existing:User {username: $username})
				WITH existing WHERE existing IS NULL
				CREATE (u:User {username: $username, passwordHash: $passwordHash, roles: $roles, enabled: $enabled,
				                restrictedAccess: $restrictedAccess, createdAt: $createdAt})
				RETURN count(u) AS created""", parameters(account)) > 0;
	}

	void update(UserAccount account) {
		write("""
				MATCH (u:User {username: $username})
				SET u.passwordHash = $passwordHash, u.roles = $roles, u.enabled = $enabled,
				    u.restrictedAccess = $restrictedAccess
				RETURN count(u) AS updated""", parameters(account));
	}

	void createToken(String username, String id, String name, String hash, String prefix, OffsetDateTime expiresAt) {
		var parameters = new HashMap<String, Object>();
		parameters.put("username", username);
		parameters.put("id", id);
		parameters.put("name", name);
		parameters.put("hash", hash);
		parameters.put("prefix", prefix);
		parameters.put("createdAt", OffsetDateTime.now());
		parameters.put("expiresAt", expiresAt);
		write("""
				MATCH (u:User {username: $username})
				CREATE (t:ApiToken {id: $id, name: $name, hash: $hash, prefix: $prefix, createdAt: $createdAt,
				                    expiresAt: $expiresAt})-[:OWNED_BY]->(u)
				RETURN count(t) AS created""", parameters);
	}

	List<ApiTokenInfo> tokens(String username) {
		return read("""
				MATCH (t:ApiToken)-[:OWNED_BY]->(:User {username: $username})
				RETURN t {.id, .name, .prefix, .createdAt, .expiresAt, .lastUsedAt} AS t ORDER BY t.createdAt""",
				Map.of("username", username))
			.stream()
			.map(record -> {
				Value t = record.get("t");
				return new ApiTokenInfo(t.get("id").asString(), t.get("name").asString(), t.get("prefix").asString(),
						time(t, "createdAt"), time(t, "expiresAt"), time(t, "lastUsedAt"));
			})
			.toList();
	}

	boolean deleteToken(String username, String id) {
		return write("""
				MATCH (t:ApiToken {id: $id})-[:OWNED_BY]->(:User {username: $username})
				DETACH DELETE t
				RETURN count(*) AS deleted""", Map.of("username", username, "id", id)) > 0;
	}

	/**
	 * The owner of a live token with this hash, and when the token expires, marking the
	 * token used.
	 */
	Optional<TokenUse> useToken(String hash) {
		var rows = writeRows("""
				MATCH (t:ApiToken {hash: $hash})-[:OWNED_BY]->(u:User)
				WHERE t.expiresAt IS NULL OR t.expiresAt > $now
				SET t.lastUsedAt = $now
				RETURN %s AS u, t.expiresAt AS expiresAt""".formatted(USER_FIELDS),
				Map.of("hash", hash, "now", OffsetDateTime.now()));
		return rows.stream()
			.findFirst()
			.map(row -> new TokenUse(account(row),
					row.get("expiresAt").isNull() ? null : row.get("expiresAt").asOffsetDateTime()));
	}

	/** A live token's owner, and when the token expires (null: never). */
	record TokenUse(UserAccount account, OffsetDateTime expiresAt) {
	}

	private static Map<String, Object> parameters(UserAccount account) {
		var parameters = new HashMap<String, Object>();
		parameters.put("username", account.username());
		parameters.put("passwordHash", account.passwordHash());
		parameters.put("roles", account.roles().stream().map(Enum::name).sorted().toList());
		parameters.put("enabled", account.enabled());
		parameters.put("restrictedAccess", account.restrictedAccess());
		parameters.put("createdAt", account.createdAt());
		return parameters;
	}

	private static UserAccount account(Record record) {
		Value u = record.get("u");
		var roles = EnumSet.noneOf(Role.class);
		u.get("roles").asList(Value::asString).forEach(role -> roles.add(Role.valueOf(role)));
		return new UserAccount(u.get("username").asString(),
				u.get("passwordHash").isNull() ? null : u.get("passwordHash").asString(), roles,
				u.get("enabled").asBoolean(true), u.get("restrictedAccess").asBoolean(false), time(u, "createdAt"));
	}

	private static OffsetDateTime time(Value map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asOffsetDateTime();
	}

	private List<Record> read(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list());
		}
	}

	private long write(String cypher, Map<String, Object> parameters) {
		List<Record> rows = writeRows(cypher, parameters);
		return rows.isEmpty() ? 0 : rows.getFirst().get(0).asLong();
	}

	private List<Record> writeRows(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> tx.run(cypher, parameters).list());
		}
	}

}
