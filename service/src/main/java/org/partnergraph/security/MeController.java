package org.partnergraph.security;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The signed-in account and its personal API tokens")
class MeController {

	private final AccountService accounts;

	MeController(AccountService accounts) {
		this.accounts = accounts;
	}

	@Operation(summary = "Who am I, and what may I see")
	@GetMapping
	Map<String, Object> me(Authentication authentication) {
		// Anonymous reading (partnergraph.security.anonymous-read) lets a caller in
		// without an account.
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return Map.of("username", "anonymous", "anonymous", true, "authorities", List.of(), "visible",
					Visibility.PUBLIC_ONLY.names());
		}
		return Map.of("username", authentication.getName(), "anonymous", false, "authorities",
				authentication.getAuthorities().stream().map(Object::toString).sorted().toList(), "visible",
				Visibility.of(authentication).names());
	}

	@Operation(summary = "Issue a personal API token; the secret is in this response only")
	@PostMapping("/tokens")
	ResponseEntity<AccountService.NewApiToken> createToken(Principal me,
			@RequestBody AccountController.NewToken token) {
		var created = this.accounts.createToken(me.getName(), token.name(), token.validDays());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id())).body(created);
	}

	@GetMapping("/tokens")
	List<ApiTokenInfo> tokens(Principal me) {
		return this.accounts.tokens(me.getName());
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(Principal me, @PathVariable String id) {
		this.accounts.revokeToken(me.getName(), id);
		return ResponseEntity.noContent().build();
	}

}
