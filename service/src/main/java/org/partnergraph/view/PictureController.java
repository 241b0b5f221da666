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

	PictureController(ViewService views, ViewPictures pictures) {
		this.views = views;
		this.pictures = pictures;
	}

	@Operation(summary = "The view as an SVG picture",
			description = "Drawn on the server from the view's positions, with what the caller may see narrowed by "
					+ "the view's filters. The same view gives the same bytes.")
	@GetMapping("/api/v1/views/{id}/image.svg")
	ResponseEntity<byte[]> svg(@PathVariable String id,
			@RequestParam(defaultValue = "" + PictureOptions.DEFAULT_WIDTH) int width,
			@RequestParam(defaultValue = "1") int scale, @RequestParam(defaultValue = "false") boolean transparent,
			@RequestParam(defaultValue = "true") boolean legend, @RequestParam(defaultValue = "true") boolean title) {
		var options = new PictureOptions(width, scale, transparent, legend, title);
		SavedView view = this.views.find(id);
		return picture(SVG, this.pictures.svg(view, this.views.network(view), options));
	}

	@Operation(summary = "The view as a PNG picture",
			description = "As image.svg, drawn with Java2D; width × scale pixels wide.")
	@GetMapping("/api/v1/views/{id}/image.png")
	ResponseEntity<byte[]> png(@PathVariable String id,
			@RequestParam(defaultValue = "" + PictureOptions.DEFAULT_WIDTH) int width,
			@RequestParam(defaultValue = "1") int scale, @RequestParam(defaultValue = "false") boolean transparent,
			@RequestParam(defaultValue = "true") boolean legend, @RequestParam(defaultValue = "true") boolean title) {
		var options = new PictureOptions(width, scale, transparent, legend, title);
		SavedView view = this.views.find(id);
		return picture(MediaType.IMAGE_PNG, this.pictures.png(view, this.views.network(view), options));
	}

	private static ResponseEntity<byte[]> picture(MediaType type, byte[] body) {
		// What a picture holds depends on who asks: kept by no shared cache.
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache().cachePrivate()).body(body);
	}

}
