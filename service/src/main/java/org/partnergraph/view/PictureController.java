package org.partnergraph.view;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.view.picture.PictureOptions;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Saved views")
class PictureController {

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final ViewService views;

	private final ViewPictures pictures;

	private final ShareService shares;

	PictureController(ViewService views, ViewPictures pictures, ShareService shares) {
		this.views = views;
		this.pictures = pictures;
		this.shares = shares;
	}

	/**
	 * What the caller may see, narrowed by the view's filters; with a share token, the
	 * level of its share link instead, under the embed's rules (checked and audited on
	 * every request; never RESTRICTED; revoked, expired and forged tokens refused).
	 */
	private VisibleNetwork network(SavedView view, String share, String use) {
		return share == null ? this.views.network(view)
				: this.shares.embedNetwork(view, share, "/api/v1/views/" + view.id() + use);
	}

	@Operation(summary = "The view as an SVG picture",
			description = "Drawn on the server from the view's positions, with what the caller may see narrowed by "
					+ "the view's filters. The same view gives the same bytes. With ?share=TOKEN, the level of that "
					+ "share link instead, as the embed's pictures: never RESTRICTED; a revoked, expired or forged "
					+ "token is refused (403).")
	@GetMapping("/api/v1/views/{id}/image.svg")
	ResponseEntity<byte[]> svg(@PathVariable String id,
			@RequestParam(defaultValue = "" + PictureOptions.DEFAULT_WIDTH) int width,
			@RequestParam(defaultValue = "1") int scale, @RequestParam(defaultValue = "false") boolean transparent,
			@RequestParam(defaultValue = "true") boolean legend, @RequestParam(defaultValue = "true") boolean title,
			@RequestParam(required = false) String share) {
		var options = new PictureOptions(width, scale, transparent, legend, title);
		SavedView view = this.views.find(id);
		return picture(SVG, share, this.pictures.svg(view, network(view, share, "/image.svg"), options));
	}

	@Operation(summary = "The view as a PNG picture",
			description = "As image.svg, drawn with Java2D; width × scale pixels wide. Takes ?share=TOKEN as image.svg.")
	@GetMapping("/api/v1/views/{id}/image.png")
	ResponseEntity<byte[]> png(@PathVariable String id,
			@RequestParam(defaultValue = "" + PictureOptions.DEFAULT_WIDTH) int width,
			@RequestParam(defaultValue = "1") int scale, @RequestParam(defaultValue = "false") boolean transparent,
			@RequestParam(defaultValue = "true") boolean legend, @RequestParam(defaultValue = "true") boolean title,
			@RequestParam(required = false) String share) {
		var options = new PictureOptions(width, scale, transparent, legend, title);
		SavedView view = this.views.find(id);
		return picture(MediaType.IMAGE_PNG, share,
				this.pictures.png(view, network(view, share, "/image.png"), options));
	}

	private static ResponseEntity<byte[]> picture(MediaType type, String share, byte[] body) {
		// What a picture holds depends on who asks: kept by no shared cache; and by no
		// cache at all what a share link showed, which must end the moment it is revoked.
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(share == null ? CacheControl.noCache().cachePrivate() : CacheControl.noStore())
			.body(body);
	}

}
