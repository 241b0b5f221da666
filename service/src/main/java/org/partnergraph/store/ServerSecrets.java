package org.partnergraph.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Named secrets of this server, kept in the database (one {@code :PartnerGraphMeta} node
 * per name, {@code key} the name, {@code secret} 32 random bytes in base64) so that every
 * process on the same database signs and seals alike, and made on first use. Used for the
 * id seal ({@link #SEAL}) and for share links ({@link #SHARE}). A secret, once made, is
 * never changed here: what was sealed or signed under it keeps working.
 */
@Component
public class ServerSecrets {

	/** The secret of the sealed ids of hidden records. */
	public static final String SEAL = "seal";

	/** The secret share links are signed with. */
	public static final String SHARE = "share";

	private static final String READ = "MATCH (m:PartnerGraphMeta {key: $name}) RETURN m.secret AS secret";

	// Two first uses at once agree on whichever secret MERGE kept (the key is unique:
	// V0006); a secret already there is kept.
	private static final String MAKE = """
			MERGE (m:PartnerGraphMeta {key: $name})
			SET m.secret = coalesce(m.secret, $candidate)
			RETURN m.secret AS secret""";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Driver driver;

	ServerSecrets(Driver driver) {
		this.driver = driver;
	}

	/** The secret of that name, made now if there is none. */
	public byte[] secret(String name) {
		try (var session = this.driver.session()) {
			return ensure(session, name);
		}
	}

	/**
	 * The secret of that name, made now if there is none, in a write transaction of its
	 * own, so that a later read transaction of the caller's (a dry run) can {@link #read}
	 * it.
	 */
	public static byte[] ensure(Session session, String name) {
		byte[] stored = session.executeRead(tx -> stored(tx, name));
		if (stored != null) {
			return stored;
		}
		return decode(session.executeWrite(
				tx -> tx.run(MAKE, Map.of("name", name, "candidate", candidate())).single().get("secret").asString()));
	}

	/**
	 * The secret of that name, read in the caller's transaction.
	 * @throws IllegalStateException when it was never made ({@link #ensure} first)
	 */
	public static byte[] read(TransactionContext tx, String name) {
		byte[] stored = stored(tx, name);
		if (stored == null) {
			throw new IllegalStateException("The database has no '" + name + "' secret yet");
		}
		return stored;
	}

	private static byte[] stored(TransactionContext tx, String name) {
		var rows = tx.run(READ, Map.of("name", name)).list();
		if (rows.isEmpty()) {
			return null;
		}
		Record row = rows.getFirst();
		return row.get("secret").isNull() ? null : decode(row.get("secret").asString());
	}

	private static String candidate() {
		byte[] candidate = new byte[32];
		RANDOM.nextBytes(candidate);
		return Base64.getEncoder().encodeToString(candidate);
	}

	private static byte[] decode(String secret) {
		return Base64.getDecoder().decode(secret);
	}

}
