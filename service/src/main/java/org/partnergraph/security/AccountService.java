package org.partnergraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.partnergraph.audit.AuditService;
import org.partnergraph.problem.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and changes accounts and their API tokens. Every change is audited. */
@Service
public class AccountService {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

	/**
	 * Prefix of every API token, so a leaked one is recognisable in logs and by secret
	 * scanners.
	 */
	static final String TOKEN_PREFIX = "pgt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountStore store;

	private final PasswordEncoder passwords;

	private final SecuritySettings settings;

	private final AuditService audit;

	private final CurrentAccounts current;

	private final VerifiedTokens tokens;

	AccountService(AccountStore store, PasswordEncoder passwords, SecuritySettings settings, AuditService audit,
			CurrentAccounts current, VerifiedTokens tokens) {
		this.tokens = tokens;
		this.store = store;
		this.current = current;
		this.passwords = passwords;
		this.settings = settings;
		this.audit = audit;
	}

	public List<UserAccount> list() {
		return this.store.findAll();
	}

	public UserAccount get(String username) {
		return this.store.find(username).orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
	}

	public Optional<UserAccount> find(String username) {
		return this.store.find(username);
	}

	/**
	 * @throws AccountException when a value is not acceptable or the name is taken
	 */
	public UserAccount create(String username, String password, Set<Role> roles, boolean restrictedAccess) {
		var problems = new ArrayList<String>();
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add("username must be 3 to 64 letters, digits or . _ @ -");
		}
		checkPassword(password, problems);
		if (roles == null || roles.isEmpty()) {
			problems.add("roles must name at least one of " + List.of(Role.values()));
		}
		if (!problems.isEmpty()) {
			throw new AccountException(problems);
		}
		var account = new UserAccount(username, this.passwords.encode(password), roles, true, restrictedAccess,
				OffsetDateTime.now());
		if (!this.store.create(account)) {
			throw new AccountConflictException("User '" + username + "' already exists");
		}
		this.current.changed(username);
		this.audit.record("user.create", username, "roles=" + roles + " restrictedAccess=" + restrictedAccess);
		return account;
	}

	/** Changes what is given; null leaves a value as it is. */
	public UserAccount update(String username, String password, Set<Role> roles, Boolean enabled,
			Boolean restrictedAccess) {
		UserAccount current = get(username);
		var problems = new ArrayList<String>();
		if (password != null) {
			checkPassword(password, problems);
		}
		if (roles != null && roles.isEmpty()) {
			problems.add("roles must name at least one of " + List.of(Role.values()));
		}
		if (!problems.isEmpty()) {
			throw new AccountException(problems);
		}
		var updated = new UserAccount(username,
				password == null ? current.passwordHash() : this.passwords.encode(password),
				roles == null ? current.roles() : roles, enabled == null ? current.enabled() : enabled,
				restrictedAccess == null ? current.restrictedAccess() : restrictedAccess, current.createdAt());
		this.store.update(updated);
		// Every session of the account sees the change on its next request
		// (SessionAccountRefresh); a new
		// password or disabling ends them, even if the account is enabled again before
		// they come back.
		if (password != null || Boolean.FALSE.equals(enabled)) {
			this.current.endSessions(username);
		}
		else {
			this.current.changed(username);
		}
		var changes = new ArrayList<String>();
		if (password != null) {
			changes.add("password");
		}
		if (roles != null) {
			changes.add("roles=" + roles);
		}
		if (enabled != null) {
			changes.add("enabled=" + enabled);
		}
		if (restrictedAccess != null) {
			changes.add("restrictedAccess=" + restrictedAccess);
		}
		this.audit.record("user.update", username, String.join(" ", changes));
		return updated;
	}

	/**
	 * Issues a personal API token. The secret is returned once and only its hash is
	 * stored.
	 * @param validDays days until it expires, or null for no expiry
	 */
	public NewApiToken createToken(String username, String name, Integer validDays) {
		get(username);
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new AccountException(List.of("name must be 1 to 100 characters"));
		}
		if (validDays != null && (validDays < 1 || validDays > 3650)) {
			throw new AccountException(List.of("validDays must be from 1 to 3650"));
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String id = UUID.randomUUID().toString();
		OffsetDateTime expiresAt = validDays == null ? null : OffsetDateTime.now().plusDays(validDays);
		this.store.createToken(username, id, name.strip(), hash(token), token.substring(0, 10), expiresAt);
		this.audit.record("token.create", username, "token " + id + " '" + name.strip() + "'");
		return new NewApiToken(id, name.strip(), token, expiresAt);
	}

	public List<ApiTokenInfo> tokens(String username) {
		get(username);
		return this.store.tokens(username);
	}

	public void revokeToken(String username, String id) {
		boolean deleted = this.store.deleteToken(username, id);
		this.tokens.revoked();
		if (!deleted) {
			throw new NotFoundException("No token '" + id + "' for user '" + username + "'");
		}
		this.audit.record("token.revoke", username, "token " + id);
	}

	/** The enabled account owning a live token, if any. */
	Optional<UserAccount> authenticateToken(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.verify(hash(token)).filter(UserAccount::enabled);
	}

	/**
	 * Creates the first admin on first start. Returns the generated password, if one was
	 * generated.
	 */
	Optional<String> createFirstAdmin(String configuredPassword) {
		if (this.store.count() > 0) {
			return Optional.empty();
		}
		boolean generate = configuredPassword == null || configuredPassword.isBlank();
		String password = generate ? generatePassword() : configuredPassword;
		var account = new UserAccount("admin", this.passwords.encode(password), Set.of(Role.ADMIN), true, true,
				OffsetDateTime.now());
		if (this.store.create(account)) {
			this.current.changed(account.username());
			this.audit.recordAs("system", "user.create", "admin", "first start");
		}
		return generate ? Optional.of(password) : Optional.empty();
	}

	private void checkPassword(String password, List<String> problems) {
		if (password == null || password.length() < this.settings.minPasswordLength()) {
			problems.add("password must have at least " + this.settings.minPasswordLength() + " characters");
		}
		else if (password.length() > 128) {
			problems.add("password must have at most 128 characters");
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	// Tokens are long random secrets, so one fast hash is enough; bcrypt would cost every
	// request.
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token just created: the only time its secret is seen. */
	public record NewApiToken(String id, String name, String token, OffsetDateTime expiresAt) {
	}

}
