package org.partnergraph.briefing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.audit.ReadAudit;
import org.partnergraph.view.SavedView;
import org.partnergraph.view.ViewService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Briefings")
class BriefingController {

	static final MediaType PPTX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private static final String SLIDES = """
			Slides: the view's name, description and date; its picture with the legend; the top ten by its size \
			measure; the flagged gaps (sector pairs without ties, missing-tie checks, single points of failure); \
			bridging opportunities with who could introduce them; the findings with their sources; the data \
			sources (evidence) and the pack's confidentiality level, which is also on every slide's footer. \
			Computed from what the caller may see, narrowed by the view's filters, as the view's picture.""";

	private final BriefingPacks packs;

	private final ViewService views;

	BriefingController(BriefingPacks packs, ViewService views) {
		this.packs = packs;
		this.views = views;
	}

	@Operation(summary = "The view as a 16:9 slide pack (PowerPoint)", description = SLIDES)
	@GetMapping("/api/v1/views/{id}/briefing.pptx")
	ResponseEntity<byte[]> pptx(@PathVariable String id) {
		SavedView view = this.views.find(id);
		return pack(PPTX, view, "pptx", this.packs.pptx(view));
	}

	@Operation(summary = "The view as a 16:9 PDF briefing, one page per slide of the PowerPoint pack",
			description = SLIDES)
	@GetMapping("/api/v1/views/{id}/briefing.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id) {
		SavedView view = this.views.find(id);
		return pack(MediaType.APPLICATION_PDF, view, "pdf", this.packs.pdf(view));
	}

	private static ResponseEntity<byte[]> pack(MediaType type, SavedView view, String format, BriefingPacks.Pack pack) {
		// A pack is made to leave the building: audited as an export, with what it holds.
		ReadAudit.detail("view=" + view.id() + " format=" + format + " level=" + pack.level());
		// What a pack holds depends on who asks: kept by no shared cache.
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(fileName(view, format)).build().toString())
			.body(pack.body());
	}

	static String fileName(SavedView view, String extension) {
		String base = view.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return (base.isEmpty() ? "briefing" : base + "-briefing") + "." + extension;
	}

}
