package org.partnergraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded database's {@code neo4j} user, for the service and for
 * people with cypher-shell.
 */
final class BoltPassword {

	private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);

	static final String FILE = "bolt-password";

	private BoltPassword() {
	}

	static String resolve(PartnerGraphProperties properties, Path home) {
		if (properties.boltPassword() != null && !properties.boltPassword().isBlank()) {
			return properties.boltPassword();
		}
		Path file = home.resolve(FILE);
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			byte[] bytes = new byte[24];
			new SecureRandom().nextBytes(bytes);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			Files.createDirectories(home);
			Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// Windows: the data directory's own permissions protect it.
			}
			log.info("Generated the password of the embedded database user 'neo4j' into {}", file);
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write " + file, ex);
		}
	}

	/**
	 * Sets the password when it differs from the one set last, so a changed setting or
	 * file takes effect. What was set last is kept as a digest in
	 * {@code data/bolt-password.applied}, beside Neo4j's own files so that it goes when
	 * they go: the usual start then skips a system-database command, which costs a cold
	 * Cypher compilation.
	 */
	static void apply(DatabaseManagementService service, String password, Path home) {
		Path applied = home.resolve("data").resolve(APPLIED_FILE);
		String digest = digest(password);
		try {
			if (Files.exists(applied) && Files.readString(applied, StandardCharsets.UTF_8).strip().equals(digest)) {
				return;
			}
		}
		catch (IOException ex) {
			// Unreadable: set the password again, as if it were new.
		}
		try {
			service.database("system")
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// Neo4j refuses to set the password it already has (a data directory from
			// before the digest file).
			if (!String.valueOf(ex.getMessage()).contains("Old password and new password cannot be the same")) {
				throw ex;
			}
		}
		try {
			Files.writeString(applied, digest + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + applied, ex);
		}
	}

	static final String APPLIED_FILE = "bolt-password.applied";

	private static String digest(String password) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
