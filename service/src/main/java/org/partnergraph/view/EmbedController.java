package org.partnergraph.view;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.view.picture.PictureOptions;
import org.partnergraph.view.picture.Scene;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Embeds: a saved view as a read-only page for an {@code <iframe>}, its data and its
 * pictures, open to anyone, and PUBLIC data only whoever asks
 * ({@link ViewService#publicNetwork}), unless the request carries the token of an active
 * share link ({@code ?share=TOKEN}), which shows that link's level
 * ({@link ShareService}). The page holds the picture inline (the same SVG as
 * {@code image.svg}) with pan, zoom and hover details from {@code /embed/embed.js}; it
 * calls nothing else.
 */
@RestController
@Tag(name = "Embeds", description = "Saved views for anyone: PUBLIC data only, no sign-in")
class EmbedController {

	static final String ID = "{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";

	private final ViewService views;

	private final ViewPictures pictures;

	private final ShareService shares;

	EmbedController(ViewService views, ViewPictures pictures, ShareService shares) {
		this.views = views;
		this.pictures = pictures;
		this.shares = shares;
	}

	/**
	 * PUBLIC data without a share token; with one, the level of its share link, checked
	 * (and audited) on every request.
	 */
	private VisibleNetwork network(SavedView view, String share, String use) {
		return this.shares.embedNetwork(view, share, "/embed/" + view.id() + use);
	}

	/**
	 * No cache may keep what a share link showed: revoking it must end it at once. A
	 * PUBLIC embed may be kept, and asked again before each use.
	 */
	private static CacheControl caching(String share) {
		return share == null ? CacheControl.noCache() : CacheControl.noStore();
	}

	@Operation(summary = "The read-only page of a saved view, for an iframe",
			description = "PUBLIC stakeholders and links only, laid out from them alone. Framable by the pages "
					+ "partnergraph.embed.frame-ancestors names (default: this service only). With ?share=TOKEN, the "
					+ "level of that share link; a revoked, expired or forged token is refused (403).")
	@GetMapping(path = "/embed/" + ID, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable String id, @RequestParam(required = false) String share) {
		SavedView view = this.views.find(id);
		VisibleNetwork network = network(view, share, "");
		String svg = this.pictures.inlineSvg(view, network,
				new PictureOptions(PictureOptions.DEFAULT_WIDTH, 1, false, true, false));
		String name = escape(view.name());
		String page = """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="robots" content="noindex">
				<title>%s (PartnerGraph)</title>
				<link rel="stylesheet" href="/embed/embed.css">
				<script src="/embed/embed.js" defer></script>
				</head>
				<body>
				<header><h1>%s</h1>%s</header>
				<div class="tools" role="toolbar" aria-label="Zoom">
				<button type="button" data-zoom="in" aria-label="Zoom in">+</button>
				<button type="button" data-zoom="out" aria-label="Zoom out">&#8722;</button>
				<button type="button" data-zoom="reset">Fit</button>
				</div>
				<main id="picture" data-nodes="%d" data-links="%d">
				%s</main>
				<p id="details" role="status" aria-live="polite">Point at an organisation for its details.</p>
				</body>
				</html>
				""".formatted(name, name,
				view.description() == null ? "" : "<p class=\"description\">" + escape(view.description()) + "</p>",
				network.nodes().size(), network.edges().size(), svg);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(caching(share))
			.body(page);
	}

	/** What the page shows, as data, for an embed drawn by other means. */
	record EmbedData(String id, String name, String description, String source, List<VisibleNetwork.Node> nodes,
			List<VisibleNetwork.Edge> edges) {
	}

	@Operation(summary = "The data of an embed: PUBLIC nodes with their positions and degrees, and PUBLIC links",
			description = "With ?share=TOKEN, the level of that share link.")
	@GetMapping("/embed/" + ID + "/data")
	ResponseEntity<EmbedData> data(@PathVariable String id, @RequestParam(required = false) String share) {
		SavedView view = this.views.find(id);
		VisibleNetwork network = network(view, share, "/data");
		return ResponseEntity.ok()
			.cacheControl(caching(share))
			.body(new EmbedData(view.id(), view.name(), view.description(),
					Scene.sourceLine(network, this.pictures.asOf(view)), network.nodes(), network.edges()));
	}

	@Operation(summary = "The embed as an SVG picture (PUBLIC only), for an <img> tag",
			description = "With ?share=TOKEN, the level of that share link.")
	@GetMapping("/embed/" + ID + "/image.svg")
	ResponseEntity<byte[]> svg(@PathVariable String id,
			@RequestParam(defaultValue = "" + PictureOptions.DEFAULT_WIDTH) int width,
			@RequestParam(defaultValue = "1") int scale, @RequestParam(defaultValue = "false") boolean transparent,
			@RequestParam(defaultValue = "true") boolean legend, @RequestParam(defaultValue = "true") boolean title,
			@RequestParam(required = false) String share) {
		SavedView view = this.views.find(id);
		VisibleNetwork network = network(view, share, "/image.svg");
		return ResponseEntity.ok()
			.contentType(PictureController.SVG)
			.cacheControl(caching(share))
			.body(this.pictures.svg(view, network, new PictureOptions(width, scale, transparent, legend, title)));
	}

	@Operation(summary = "The embed as a PNG picture (PUBLIC only), for an <img> tag",
			description = "With ?share=TOKEN, the level of that share link.")
	@GetMapping("/embed/" + ID + "/image.png")
	ResponseEntity<byte[]> png(@PathVariable String id,
			@RequestParam(defaultValue = "" + PictureOptions.DEFAULT_WIDTH) int width,
			@RequestParam(defaultValue = "1") int scale, @RequestParam(defaultValue = "false") boolean transparent,
			@RequestParam(defaultValue = "true") boolean legend, @RequestParam(defaultValue = "true") boolean title,
			@RequestParam(required = false) String share) {
		SavedView view = this.views.find(id);
		VisibleNetwork network = network(view, share, "/image.png");
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(caching(share))
			.body(this.pictures.png(view, network, new PictureOptions(width, scale, transparent, legend, title)));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
