package org.partnergraph.security;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts and their API tokens (admins only)")
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	record NewUser(String username, String password, Set<Role> roles, Boolean restrictedAccess) {
	}

	record UserChange(String password, Set<Role> roles, Boolean enabled, Boolean restrictedAccess) {
	}

	record NewToken(String name, Integer validDays) {
	}

	@Operation(summary = "Create an account")
	@PostMapping
	ResponseEntity<UserAccount> create(@RequestBody NewUser user) {
		UserAccount created = this.accounts.create(user.username(), user.password(), user.roles(),
				Boolean.TRUE.equals(user.restrictedAccess()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@Operation(summary = "List accounts")
	@GetMapping
	List<UserAccount> list() {
		return this.accounts.list();
	}

	@GetMapping("/{username}")
	UserAccount get(@PathVariable String username) {
		return this.accounts.get(username);
	}

	@Operation(summary = "Change an account: password, roles, enabled (false disables it), restrictedAccess")
	@PatchMapping("/{username}")
	UserAccount update(@PathVariable String username, @RequestBody UserChange change) {
		return this.accounts.update(username, change.password(), change.roles(), change.enabled(),
				change.restrictedAccess());
	}

	@Operation(summary = "Issue an API token for the account; the secret is in this response only")
	@PostMapping("/{username}/tokens")
	ResponseEntity<AccountService.NewApiToken> createToken(@PathVariable String username, @RequestBody NewToken token) {
		var created = this.accounts.createToken(username, token.name(), token.validDays());
		return ResponseEntity.created(URI.create("/api/v1/users/" + username + "/tokens/" + created.id()))
			.body(created);
	}

	@GetMapping("/{username}/tokens")
	List<ApiTokenInfo> tokens(@PathVariable String username) {
		return this.accounts.tokens(username);
	}

	@DeleteMapping("/{username}/tokens/{id}")
	ResponseEntity<Void> revoke(@PathVariable String username, @PathVariable String id) {
		this.accounts.revokeToken(username, id);
		return ResponseEntity.noContent().build();
	}

}
