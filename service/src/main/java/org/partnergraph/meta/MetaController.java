package org.partnergraph.meta;

import java.util.Arrays;
import java.util.Comparator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.analysis.Measure;
import org.partnergraph.gap.MissingTieCheck;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Countries;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Meta", description = "The service's vocabulary: sectors, link types, measures, themes, checks")
class MetaController {

	// Built once: it changes only with a new release.
	private static final Catalogue CATALOGUE = new Catalogue(
			Arrays.stream(Sector.values())
				.map(s -> new Catalogue.SectorInfo(s.name(), s.label(), s.shortLabel(), s.description(), s.colour(),
						s.shape()))
				.toList(),
			Arrays.stream(LinkType.values())
				.map(t -> new Catalogue.LinkTypeInfo(t.name(), t.label(), t.description(), !t.symmetric(), t.colour(),
						t.lineStyle(), t.arrow()))
				.toList(),
			Arrays.stream(Measure.values())
				.map(m -> new Catalogue.MeasureInfo(m.code(), m.label(), m.description(), m.directed()))
				.toList(),
			Themes.catalogue()
				.entrySet()
				.stream()
				.map(e -> new Catalogue.ThemeInfo(e.getKey(), e.getValue(), Themes.VICTIM_SUPPORT.contains(e.getKey())))
				.toList(),
			Arrays.stream(Confidentiality.values()).map(Enum::name).toList(),
			Arrays.stream(MissingTieCheck.values())
				.map(c -> new Catalogue.GapCheckInfo(c.slug(), c.title(), c.description()))
				.toList(),
			Countries.TARGET_ORDER,
			Countries.codes()
				.stream()
				.map(code -> new Catalogue.CountryInfo(code, Countries.name(code), Countries.TARGET.contains(code),
						Countries.ASEAN.contains(code)))
				.sorted(Comparator.comparing(Catalogue.CountryInfo::code))
				.toList());

	@Operation(summary = "The vocabulary the explorer and other clients build their choices and legends from")
	@GetMapping("/api/v1/meta")
	ResponseEntity<Catalogue> catalogue() {
		// Revalidated, like the page's scripts, so a new release's vocabulary is seen at
		// once.
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(CATALOGUE);
	}

}
