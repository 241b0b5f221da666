package org.partnergraph.export;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.web.Downloads;
import org.partnergraph.web.RequestParameters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	@Operation(summary = "GraphML, for Gephi, yEd, Cytoscape desktop, igraph or NetworkX",
			description = "Every field as a typed attribute; each node has a label. Symmetric link types are "
					+ "undirected edges (directed=\"false\"), the others directed. NetworkX refuses such mixed "
					+ "graphs: edges=directed writes every link directed in its stored direction, and the edge "
					+ "attribute symmetric tells them apart in either case.")
	@GetMapping("/network.graphml")
	ResponseEntity<byte[]> graphml(
			@Parameter(description = "mixed (default) or directed") @RequestParam(required = false) String edges) {
		return Downloads.attachment(GraphXmlWriter.graphml(this.exports.snapshot(), edges(edges)), "network.graphml",
				MediaType.parseMediaType("application/graphml+xml"));
	}

	@Operation(summary = "GEXF with link dates, for Gephi's timeline, NetworkX or igraph",
			description = "version=1.3 (default) writes link dates as the edge's start and end; version=1.2 "
					+ "writes them as spells, which Gephi and every NetworkX release read (Debian's NetworkX 2.8 "
					+ "reads no 1.3). Symmetric link types are undirected edges, the others directed; "
					+ "edges=directed writes every link directed, for NetworkX, which refuses mixed graphs.")
	@GetMapping("/network.gexf")
	ResponseEntity<byte[]> gexf(
			@Parameter(description = "1.3 (default) or 1.2") @RequestParam(required = false) String version,
			@Parameter(description = "mixed (default) or directed") @RequestParam(required = false) String edges) {
		return Downloads.attachment(GraphXmlWriter.gexf(this.exports.snapshot(), gexfVersion(version), edges(edges)),
				"network.gexf", MediaType.parseMediaType("application/gexf+xml"));
	}

	private static GraphXmlWriter.Edges edges(String value) {
		return RequestParameters.enumValue("edges", value, GraphXmlWriter.Edges.class, GraphXmlWriter.Edges.MIXED);
	}

	private static GraphXmlWriter.GexfVersion gexfVersion(String value) {
		if (value == null || value.isBlank()) {
			return GraphXmlWriter.GexfVersion.V1_3;
		}
		return switch (value.strip()) {
			case "1.2", "1.2draft" -> GraphXmlWriter.GexfVersion.V1_2;
			case "1.3" -> GraphXmlWriter.GexfVersion.V1_3;
			default -> throw new BadParameterException("version", "version '" + value + "' is not one of [1.2, 1.3]",
					List.of("1.2", "1.3"));
		};
	}

	@Operation(summary = "Pajek .net: stakeholder ids as vertices, directed links as arcs, symmetric ones as edges, "
			+ "with weights")
	@GetMapping("/network.net")
	ResponseEntity<byte[]> pajek() {
		return Downloads.attachment(PlainGraphWriter.pajek(this.exports.snapshot()), "network.net",
				MediaType.TEXT_PLAIN);
	}

	@Operation(summary = "Links counted per sector pair, as a CSV table",
			description = "Rows are the sector a link starts from, columns the sector it goes to; a symmetric link "
					+ "counts in both cells.")
	@GetMapping("/sector-pairs.csv")
	ResponseEntity<byte[]> sectorPairs() {
		return Downloads.attachment(PlainGraphWriter.sectorPairsCsv(this.exports.snapshot()), "sector-pairs.csv",
				Downloads.CSV);
	}

	@Operation(summary = "Every stakeholder and link as JSON")
	@GetMapping("/network.json")
	ResponseEntity<NetworkSnapshot> json() {
		return Downloads.attachment(this.exports.snapshot(), "network.json", MediaType.APPLICATION_JSON);
	}

}
