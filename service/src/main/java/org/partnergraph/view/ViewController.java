package org.partnergraph.view;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Saved views", description = "Named views of the network: filters, focus, layout and positions")
class ViewController {

	private final ViewService views;

	ViewController(ViewService views) {
		this.views = views;
	}

	@Operation(summary = "Saves a view",
			description = "Analysts and above. Answers 201 with the view, its id, its Location and its ETag. "
					+ "Filters take the same names and values as the network's query parameters. A view without "
					+ "positions is laid out by the server (seeded force-directed), and the positions are stored.")
	@PostMapping("/api/v1/views")
	ResponseEntity<SavedView> create(@RequestBody ViewRequest request) {
		SavedView view = this.views.create(request);
		return ResponseEntity.created(URI.create("/api/v1/views/" + view.id())).eTag(view.etag()).body(view);
	}

	@Operation(summary = "Every saved view", description = "Positions are those the caller may see (see the README).")
	@GetMapping("/api/v1/views")
	List<SavedView> list() {
		return this.views.list();
	}

	@Operation(summary = "One saved view, with its ETag for a later PUT")
	@GetMapping("/api/v1/views/{id}")
	ResponseEntity<SavedView> get(@PathVariable String id) {
		SavedView view = this.views.get(id);
		return ResponseEntity.ok().eTag(view.etag()).cacheControl(CacheControl.noCache().cachePrivate()).body(view);
	}

	@Operation(summary = "Replaces a saved view",
			description = "The owner and admins. If-Match must carry the ETag of the view as last read: "
					+ "412 when someone changed it meanwhile, 428 when If-Match is missing.")
	@PutMapping("/api/v1/views/{id}")
	ResponseEntity<SavedView> update(@PathVariable String id, @RequestBody ViewRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		SavedView view = this.views.update(id, request, ifMatch);
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

	@Operation(summary = "Deletes a saved view",
			description = "The owner and admins; with If-Match, only if the view is still at that ETag (else 412).")
	@DeleteMapping("/api/v1/views/{id}")
	ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.views.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
