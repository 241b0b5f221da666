package org.partnergraph.view;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Saved views")
class ShareController {

	private final ShareService shares;

	ShareController(ShareService shares) {
		this.shares = shares;
	}

	@Operation(summary = "Issues a share link of a view",
			description = "The view's owner and admins, who see more than PUBLIC data. Body: {level: INTERNAL|PUBLIC, "
					+ "expires?: date or date-time (default and longest: partnergraph.share.*), anonymiseInternal?}. "
					+ "Answers 201 with the link; its url is the embed with ?share=TOKEN. RESTRICTED is never shared.")
	@PostMapping("/api/v1/views/{id}/shares")
	ResponseEntity<ShareService.ShareLink> issue(@PathVariable String id, @RequestBody ShareRequest request) {
		ShareService.ShareLink link = this.shares.issue(id, request);
		return ResponseEntity.created(URI.create("/api/v1/views/" + id + "/shares/" + link.id()))
			.cacheControl(CacheControl.noStore())
			.body(link);
	}

	@Operation(summary = "The share links of a view, newest first, with their status",
			description = "The view's owner and admins. Active links carry their url.")
	@GetMapping("/api/v1/views/{id}/shares")
	ResponseEntity<List<ShareService.ShareLink>> list(@PathVariable String id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.shares.list(id));
	}

	@Operation(summary = "Revokes a share link", description = "The view's owner and admins. It stops working at once.")
	@DeleteMapping("/api/v1/views/{id}/shares/{shareId}")
	ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String shareId) {
		this.shares.revoke(id, shareId);
		return ResponseEntity.noContent().build();
	}

}
