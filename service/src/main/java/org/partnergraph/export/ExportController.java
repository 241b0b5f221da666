package org.partnergraph.export;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.store.NetworkSnapshot;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/export")
@Tag(name = "Export", description = "The whole network in the import format, and for Gephi")
class ExportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@Operation(summary = "Stakeholders in the import format")
	@GetMapping("/stakeholders.csv")
	ResponseEntity<byte[]> stakeholders() {
		return file(this.exports.stakeholdersCsv(this.exports.snapshot()), "stakeholders.csv", CSV);
	}

	@Operation(summary = "Links in the import format")
	@GetMapping("/links.csv")
	ResponseEntity<byte[]> links() {
		return file(this.exports.linksCsv(this.exports.snapshot()), "links.csv", CSV);
	}

	@Operation(summary = "Workbook with the sheets 'stakeholders' and 'links', in the import format")
	@GetMapping("/network.xlsx")
	ResponseEntity<byte[]> xlsx() {
		return file(this.exports.xlsx(this.exports.snapshot()), "network.xlsx", XLSX);
	}

	@Operation(summary = "GraphML, for Gephi, yEd or Cytoscape desktop")
	@GetMapping("/network.graphml")
	ResponseEntity<byte[]> graphml() {
		return file(GraphXmlWriter.graphml(this.exports.snapshot()), "network.graphml",
				MediaType.parseMediaType("application/graphml+xml"));
	}

	@Operation(summary = "GEXF 1.3 with link dates, for Gephi's timeline")
	@GetMapping("/network.gexf")
	ResponseEntity<byte[]> gexf() {
		return file(GraphXmlWriter.gexf(this.exports.snapshot()), "network.gexf",
				MediaType.parseMediaType("application/gexf+xml"));
	}

	@Operation(summary = "Every stakeholder and link as JSON")
	@GetMapping("/network.json")
	ResponseEntity<NetworkSnapshot> json() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("network.json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.exports.snapshot());
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(body);
	}

}
