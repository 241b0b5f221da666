package org.partnergraph.view;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks share tokens, and makes the opaque ids of an anonymised share. A token
 * is {@code SHAREID.MAC}: the share's UUID and the HMAC-SHA256, under the server's share
 * secret, of the view and share ids, base64url. Only the server can make one; a token
 * names one share of one view, and is worth nothing on another view.
 */
final class ShareTokens {

	private static final Pattern TOKEN = Pattern
		.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([A-Za-z0-9_-]{43})");

	private final byte[] secret;

	ShareTokens(byte[] secret) {
		this.secret = secret;
	}

	String token(String viewId, String shareId) {
		return shareId + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(mac("share\n" + viewId + "\n" + shareId));
	}

	/** The share id a token of this view names, if the token is one this server made. */
	Optional<String> shareId(String viewId, String token) {
		var match = token == null ? null : TOKEN.matcher(token);
		if (match == null || !match.matches()) {
			return Optional.empty();
		}
		String shareId = match.group(1);
		byte[] expected = token(viewId, shareId).getBytes(StandardCharsets.US_ASCII);
		// In constant time, so the answer's timing says nothing about how close a guess
		// came.
		return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII)) ? Optional.of(shareId)
				: Optional.empty();
	}

	/**
	 * The id that stands for {@code id} in an anonymised share: the same within that
	 * share, unrelated across shares, and not reversible without the secret.
	 */
	String opaqueId(String shareId, String kind, String id) {
		return "anon-" + HexFormat.of().formatHex(mac("anonymous\n" + shareId + "\n" + kind + "\n" + id), 0, 8);
	}

	private byte[] mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
