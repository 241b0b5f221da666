package org.partnergraph.importer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.store.ServerSecrets;

/**
 * The ids of records that some callers may not see.
 *
 * <p>
 * Ids are unique, so an id that is taken cannot be given again. If a RESTRICTED record
 * kept the id its importer chose, anyone able to import could learn that it exists by
 * trying that id and being refused. So a RESTRICTED stakeholder, and a link that is
 * RESTRICTED or touches a RESTRICTED stakeholder, is stored under its given id followed
 * by {@code .r} (a link: {@code ~~}) and 16 hexadecimal digits: a keyed hash
 * (HMAC-SHA256) of the given id under a secret kept in the database. Those who may see
 * the record meet the same id on every import of the same row, so re-imports update it;
 * those who may not cannot compute it, and find the given id free. Ids of that form are
 * reserved: a caller who cannot see a record with such an id is refused the id whether or
 * not it is taken, so the refusal tells nothing.
 */
final class SealedIds {

	/**
	 * What a sealed stakeholder id looks like; Java and Cypher read these patterns alike.
	 */
	static final String SEALED_STAKEHOLDER = ".*\\.r[0-9a-f]{16}";

	/**
	 * What a sealed link id looks like. It differs from a stakeholder's: a derived link
	 * id ends with the id of its second stakeholder, which may be sealed, and it never
	 * holds "~~".
	 */
	static final String SEALED_LINK = ".*~~[0-9a-f]{16}";

	private static final Pattern STAKEHOLDER_FORM = Pattern.compile(SEALED_STAKEHOLDER);

	private static final Pattern LINK_FORM = Pattern.compile(SEALED_LINK);

	/** A given id plus the seal must still fit the id limits of imports. */
	static final int SEAL_LENGTH = 18;

	private static final String UNSEALED_STAKEHOLDERS = """
			MATCH (s:Stakeholder {confidentiality: 'RESTRICTED'})
			WHERE NOT s.id =~ $sealedStakeholder
			RETURN s.id AS id
			""";

	/**
	 * The links hidden from all but RESTRICTED readers. Whether an id is sealed already
	 * is tested in Java, on these few: in Cypher the regular expression ran first, on
	 * every link of the network, and took seconds of a large import.
	 */
	private static final String RESTRICTED_LINKS = """
			MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
			WHERE r.id IS NOT NULL
			  AND (r.confidentiality = 'RESTRICTED' OR a.confidentiality = 'RESTRICTED'
			       OR b.confidentiality = 'RESTRICTED')
			RETURN type(r) AS type, r.id AS id
			""";

	// The history of a record follows it to its sealed id, and is hidden with it.
	private static final String RENAME_STAKEHOLDER = """
			UNWIND $renames AS rename
			MATCH (s:Stakeholder {id: rename.from})
			SET s.id = rename.to
			WITH rename
			CALL (rename) {
			  MATCH (c:Change {recordId: rename.from})
			  WHERE c.record = 'stakeholder'
			  SET c.recordId = rename.to, c.levels = c.levels + 'RESTRICTED'
			}
			""";

	// The relationship type cannot be a parameter; it comes from the LinkType allow-list
	// only.
	private static final String RENAME_LINK = """
			UNWIND $renames AS rename
			MATCH ()-[r:%1$s {id: rename.from}]->()
			SET r.id = rename.to
			WITH rename
			CALL (rename) {
			  MATCH (c:Change {recordId: rename.from})
			  WHERE c.record = 'link' AND c.linkType = '%1$s'
			  SET c.recordId = rename.to, c.levels = c.levels + 'RESTRICTED'
			}
			""";

	private final byte[] secret;

	private SealedIds(byte[] secret) {
		this.secret = secret;
	}

	/**
	 * Makes the secret on first use, in a transaction of its own so that a dry run (a
	 * read transaction) can seal too.
	 */
	static void ensureSecret(Session session) {
		ServerSecrets.ensure(session, ServerSecrets.SEAL);
	}

	/** The sealing of this database; {@link #ensureSecret} has run before. */
	static SealedIds read(TransactionContext tx) {
		return new SealedIds(ServerSecrets.read(tx, ServerSecrets.SEAL));
	}

	static boolean isSealedStakeholder(String id) {
		return id != null && STAKEHOLDER_FORM.matcher(id).matches();
	}

	static boolean isSealedLink(String id) {
		return id != null && LINK_FORM.matcher(id).matches();
	}

	String stakeholder(String given) {
		return isSealedStakeholder(given) ? given : given + ".r" + digest("stakeholder:" + given);
	}

	String link(String given) {
		return isSealedLink(given) ? given : given + "~~" + digest("link:" + given);
	}

	/**
	 * Seals every RESTRICTED stakeholder and every link that is RESTRICTED or touches
	 * one, where the id is not sealed yet: records stored before sealing existed, and
	 * links left in place when an import made one of their ends RESTRICTED.
	 * @return how many ids were sealed
	 */
	int sealHiddenRecords(TransactionContext tx) {
		return sealHiddenRecords(tx, (record, linkType, from, to) -> {
		});
	}

	/** As {@link #sealHiddenRecords(TransactionContext)}, telling each rename. */
	int sealHiddenRecords(TransactionContext tx, Renamed renamed) {
		var sealed = Map.<String, Object>of("sealedStakeholder", SEALED_STAKEHOLDER);
		List<Map<String, Object>> stakeholders = tx.run(UNSEALED_STAKEHOLDERS, sealed)
			.list(row -> Map.<String, Object>of("from", row.get("id").asString(), "to",
					stakeholder(row.get("id").asString())));
		if (!stakeholders.isEmpty()) {
			tx.run(RENAME_STAKEHOLDER, Map.of("renames", stakeholders)).consume();
			stakeholders.forEach(rename -> renamed.renamed("stakeholder", null, (String) rename.get("from"),
					(String) rename.get("to")));
		}
		int links = 0;
		var unsealedLinks = tx.run(RESTRICTED_LINKS)
			.list()
			.stream()
			.filter(row -> !isSealedLink(row.get("id").asString()))
			.toList();
		for (LinkType type : LinkType.values()) {
			List<Map<String, Object>> renames = unsealedLinks.stream()
				.filter(row -> row.get("type").asString().equals(type.name()))
				.map(row -> Map.<String, Object>of("from", row.get("id").asString(), "to",
						link(row.get("id").asString())))
				.toList();
			if (!renames.isEmpty()) {
				renameLinks(tx, type, renames);
				links += renames.size();
				renames.forEach(rename -> renamed.renamed("link", type.name(), (String) rename.get("from"),
						(String) rename.get("to")));
			}
		}
		return stakeholders.size() + links;
	}

	/** A record moved to its sealed id, and its history with it. */
	interface Renamed {

		void renamed(String record, String linkType, String from, String to);

	}

	static void renameStakeholders(TransactionContext tx, Map<String, String> renames) {
		if (!renames.isEmpty()) {
			tx.run(RENAME_STAKEHOLDER, Map.of("renames", asRows(renames))).consume();
		}
	}

	static void renameLinks(TransactionContext tx, LinkType type, Map<String, String> renames) {
		if (!renames.isEmpty()) {
			renameLinks(tx, type, asRows(renames));
		}
	}

	private static void renameLinks(TransactionContext tx, LinkType type, List<Map<String, Object>> renames) {
		tx.run(RENAME_LINK.formatted(type.name()), Map.of("renames", renames)).consume();
	}

	private static List<Map<String, Object>> asRows(Map<String, String> renames) {
		return renames.entrySet()
			.stream()
			.map(rename -> Map.<String, Object>of("from", rename.getKey(), "to", rename.getValue()))
			.toList();
	}

	static boolean hides(Confidentiality level) {
		return level == Confidentiality.RESTRICTED;
	}

	private String digest(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] full = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(full, 0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
