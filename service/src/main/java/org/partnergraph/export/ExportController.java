package org.partnergraph.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/export")
@Tag(name = "Export", description = "The whole network in the import format, and for Gephi")
class ExportController {

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@Operation(summary = "Stakeholders in the import format")
	@GetMapping("/stakeholders.csv")
	ResponseEntity<byte[]> stakeholders() {
		return Downloads.attachment(this.exports.stakeholdersCsv(this.exports.snapshot()), "stakeholders.csv",
				Downloads.CSV);
	}

	@Operation(summary = "Links in the import format")
	@GetMapping("/links.csv")
	ResponseEntity<byte[]> links() {
		return Downloads.attachment(this.exports.linksCsv(this.exports.snapshot()), "links.csv", Downloads.CSV);
	}

	@Operation(summary = "Workbook with the sheets 'stakeholders' and 'links', in the import format")
	@GetMapping("/network.xlsx")
	ResponseEntity<byte[]> xlsx() {
		return Downloads.attachment(this.exports.xlsx(this.exports.snapshot()), "network.xlsx", Downloads.XLSX);
	}

	@Operation(summary = "GraphML, for Gephi, yEd or Cytoscape desktop")
	@GetMapping("/network.graphml")
	ResponseEntity<byte[]> graphml() {
		return Downloads.attachment(GraphXmlWriter.graphml(this.exports.snapshot()), "network.graphml",
				MediaType.parseMediaType("application/graphml+xml"));
	}

	@Operation(summary = "GEXF 1.3 with link dates, for Gephi's timeline")
	@GetMapping("/network.gexf")
	ResponseEntity<byte[]> gexf() {
		return Downloads.attachment(GraphXmlWriter.gexf(this.exports.snapshot()), "network.gexf",
				MediaType.parseMediaType("application/gexf+xml"));
	}

	@Operation(summary = "Every stakeholder and link as JSON")
	@GetMapping("/network.json")
	ResponseEntity<NetworkSnapshot> json() {
		return Downloads.attachment(this.exports.snapshot(), "network.json", MediaType.APPLICATION_JSON);
	}

}
