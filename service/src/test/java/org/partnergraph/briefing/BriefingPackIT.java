package org.partnergraph.briefing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.partnergraph.audit.AuditEvent;
import org.partnergraph.audit.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Briefing packs: the PowerPoint opens with POI and holds the picture, the tables and the
 * findings; the PDF opens with PDFBox with one page per slide; LibreOffice converts the
 * PowerPoint to as many pages; and neither holds anything its reader may not see.
 */
class BriefingPackIT extends BriefingTest {

	@Autowired
	AuditService audit;

	static final Path OUT = Path.of("target", "briefing");

	static final String REGION = """
			{"name": "The region in 2021", "description": "Every partner of the 2021 mapping, as the ties stood at the end of 2021",
			 "filters": {"asOf": "2021-12-31"}, "sizeBy": "betweenness"}""";

	@Test
	void thePowerPointAndThePdfHoldThePictureTablesAndFindingsPageForPage() throws Exception {
		String id = createView(REGION);
		byte[] pptx = this.mvc.perform(get("/api/v1/views/" + id + "/briefing.pptx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", BriefingController.PPTX.toString()))
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"The-region-in-2021-briefing.pptx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] pdf = this.mvc.perform(get("/api/v1/views/" + id + "/briefing.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("region.pptx"), pptx);
		Files.write(OUT.resolve("region.pdf"), pdf);
		JsonNode findings = json(this.mvc.perform(get("/api/v1/views/" + id + "/findings")).andReturn())
			.get("findings");
		assertThat(findings.size()).isGreaterThan(2);

		int slides;
		String svg;
		try (var show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
			// 16:9
			assertThat(show.getPageSize().getWidth()).isEqualTo(960);
			assertThat(show.getPageSize().getHeight()).isEqualTo(540);
			slides = show.getSlides().size();
			String text = text(show);
			assertThat(text).contains("The region in 2021", "Every partner of the 2021 mapping", "2021-12-31");
			assertThat(shapes(show, XSLFPictureShape.class)).isEqualTo(1);
			assertThat(show.getPictureData().getFirst().getData()).startsWith(0x89, 'P', 'N', 'G');
			// The picture is an SVG, with the PNG as its fallback.
			XSLFPictureShape picture = show.getSlides()
				.stream()
				.flatMap(slide -> slide.getShapes().stream())
				.filter(XSLFPictureShape.class::isInstance)
				.map(XSLFPictureShape.class::cast)
				.findFirst()
				.orElseThrow();
			assertThat(picture.getPictureData().getType()).isEqualTo(PictureData.PictureType.PNG);
			assertThat(picture.getSvgImage()).isNotNull();
			assertThat(picture.getSvgImage().getContentType()).isEqualTo("image/svg+xml");
			svg = new String(picture.getSvgImage().getData(), StandardCharsets.UTF_8);
			// Well-formed, one shape per organisation shown.
			DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
			assertThat(svg.split("<g class=\"node\"", -1).length - 1).isEqualTo(nodes(id));
			// The top ten, the gaps and the bridging opportunities.
			assertThat(shapes(show, XSLFTable.class)).isGreaterThanOrEqualTo(3);
			assertThat(text).contains("Top 10 by betweenness", "Flagged gaps", "Bridging opportunities", "Data sources",
					"Confidentiality of this pack: PUBLIC");
			for (JsonNode finding : findings) {
				assertThat(text).contains(finding.get("text").asString());
			}
			// The evidence of what is shown.
			assertThat(text).contains("CTIP Stakeholder Mapping SEA 2021");
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(slides);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(960f);
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("The region in 2021", "Top 10 by betweenness", "Flagged gaps");
			for (JsonNode finding : findings) {
				assertThat(text).contains(finding.get("text").asString().replaceAll("\\s+", " "));
			}
			// The picture is vector drawing: one form of paths and text, no image
			// anywhere on
			// its page, and the organisations' labels and the source line as text.
			PDResources resources = document.getPage(1).getResources();
			assertThat(resources.getXObjectNames()).hasSize(1);
			PDXObject drawing = resources.getXObject(resources.getXObjectNames().iterator().next());
			assertThat(drawing).isInstanceOf(PDFormXObject.class);
			List<String> operators = operators((PDFormXObject) drawing);
			assertThat(operators).contains("m", "l", "c", "S", "Tj").containsAnyOf("f", "f*");
			assertThat(operators).doesNotContain("Do", "BI");
			var stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String page = stripper.getText(document).replaceAll("\\s+", " ");
			List<String> labels = labels(svg);
			assertThat(labels).hasSizeGreaterThan(5);
			assertThat(page).contains(labels).contains("PartnerGraph, data as of 2021-12-31");
		}
		// The same view gives the same bytes.
		assertThat(this.mvc.perform(get("/api/v1/views/" + id + "/briefing.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
	}

	/**
	 * LibreOffice (Debian's libreoffice-impress-nogui, which .ci/run installs) opens the
	 * PowerPoint and prints one page per slide.
	 */
	@Test
	void libreOfficeConvertsThePowerPointToOnePagePerSlide() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		Assumptions.assumeTrue(Files.isExecutable(soffice),
				"LibreOffice is not installed (apt-get install libreoffice-impress-nogui): the conversion is not tested");
		String id = createView(REGION);
		byte[] pptx = this.mvc.perform(get("/api/v1/views/" + id + "/briefing.pptx"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path dir = Files.createTempDirectory("briefing-soffice-");
		Path input = dir.resolve("pack.pptx");
		Files.write(input, pptx);
		Process process = new ProcessBuilder(soffice.toString(),
				"-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", dir.toString(), input.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soffice finished in time").isTrue();
		assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
		int slides;
		try (var show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
			slides = show.getSlides().size();
		}
		byte[] converted = Files.readAllBytes(dir.resolve("pack.pdf"));
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("region-libreoffice.pdf"), converted);
		try (PDDocument document = Loader.loadPDF(converted)) {
			assertThat(document.getNumberOfPages()).isEqualTo(slides);
		}
	}

	@Test
	void packsHoldNothingTheReaderMayNotSee() throws Exception {
		String id = createView("""
				{"name": "Cambodia", "filters": {"country": ["KH"]}}""");
		String narrowed = createView("""
				{"name": "Cambodia, public", "filters": {"country": ["KH"], "confidentiality": ["PUBLIC"]}}""");
		importHidden(HIDDEN_STAKEHOLDERS, HIDDEN_LINKS);

		// The hidden data are inside the view: the admin's pack has them.
		String admin = everything(id, null);
		assertThat(admin).contains("Inner Circle Fund", "Quiet Harbour Shelter", "internal-fund-evidence")
			.contains("Confidentiality of this pack: RESTRICTED");
		// A viewer's pack: INTERNAL, never RESTRICTED.
		String viewer = everything(id, "VIEWER");
		assertThat(viewer).contains("Inner Circle Fund").contains("Confidentiality of this pack: INTERNAL");
		FindingsIT.assertNone(viewer, RESTRICTED);
		// The view narrowed to PUBLIC: neither level, even for an admin.
		String publicPack = everything(narrowed, null);
		assertThat(publicPack).contains("Confidentiality of this pack: PUBLIC");
		FindingsIT.assertNone(publicPack, RESTRICTED);
		FindingsIT.assertNone(publicPack, INTERNAL);
	}

	/**
	 * A pack leaves the building: each is audited as an export, with the view, the format
	 * and the pack's confidentiality level, which its reader decides.
	 */
	@Test
	void packsAreAuditedAsExportsWithTheirViewFormatAndLevel() throws Exception {
		String id = createView("""
				{"name": "Cambodia", "filters": {"country": ["KH"]}}""");
		importHidden(HIDDEN_STAKEHOLDERS, HIDDEN_LINKS);
		this.mvc.perform(get("/api/v1/views/" + id + "/briefing.pdf")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/views/" + id + "/briefing.pptx").with(user("vera").roles("VIEWER")))
			.andExpect(status().isOk());
		List<AuditEvent> exports = this.audit.find(null, "export", null, null, PageRequest.of(0, 10)).getContent();
		assertThat(exports).extracting(AuditEvent::actor, AuditEvent::target)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("test-admin", "/api/v1/views/" + id + "/briefing.pdf"),
					org.assertj.core.groups.Tuple.tuple("vera", "/api/v1/views/" + id + "/briefing.pptx"));
		assertThat(exports)
			.anySatisfy(event -> assertThat(event.detail()).startsWith("view=" + id + " format=pdf level=RESTRICTED")
				.endsWith("status=200"));
		assertThat(exports)
			.anySatisfy(event -> assertThat(event.detail()).startsWith("view=" + id + " format=pptx level=INTERNAL"));
		assertThat(this.audit.find(null, "view", null, null, PageRequest.of(0, 50)).getContent())
			.extracting(AuditEvent::target)
			.noneMatch(target -> target.contains("/briefing."));
	}

	/**
	 * Every XML part of the PowerPoint, the PDF's text and metadata, and the findings, as
	 * one string.
	 */
	private String everything(String id, String role) throws Exception {
		var text = new StringBuilder();
		for (String format : List.of("pptx", "pdf")) {
			var request = get("/api/v1/views/" + id + "/briefing." + format);
			if (role != null) {
				request = request.with(user("vera").roles(role));
			}
			byte[] body = this.mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			if (format.equals("pptx")) {
				try (var zip = new ZipInputStream(new ByteArrayInputStream(body))) {
					for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						var part = new ByteArrayOutputStream();
						zip.transferTo(part);
						text.append(entry.getName()).append('\n');
						if (!entry.getName().endsWith(".png")) {
							text.append(part.toString(StandardCharsets.UTF_8)).append('\n');
						}
					}
				}
			}
			else {
				try (PDDocument document = Loader.loadPDF(body)) {
					text.append(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).append('\n');
					text.append(document.getDocumentInformation().getTitle()).append('\n');
				}
			}
		}
		var findings = get("/api/v1/views/" + id + "/findings?limit=50");
		if (role != null) {
			findings = findings.with(user("vera").roles(role));
		}
		text.append(this.mvc.perform(findings).andReturn().getResponse().getContentAsString());
		return text.toString();
	}

	/** The labels of the organisations an SVG picture draws, as written. */
	private static List<String> labels(String svg) {
		return java.util.regex.Pattern.compile("<text class=\"label\"[^>]*>([^<]*)</text>")
			.matcher(svg)
			.results()
			.map(match -> match.group(1)
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&amp;", "&"))
			.toList();
	}

	/** The operators of a form's content, in order. */
	private static List<String> operators(PDFormXObject form) throws java.io.IOException {
		var parser = new PDFStreamParser(form);
		var operators = new java.util.ArrayList<String>();
		for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
			if (token instanceof Operator operator) {
				operators.add(operator.getName());
			}
		}
		return operators;
	}

	/** How many organisations the view's picture shows its caller. */
	private int nodes(String id) throws Exception {
		String svg = this.mvc.perform(get("/api/v1/views/" + id + "/image.svg"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return svg.split("<g class=\"node\"", -1).length - 1;
	}

	private static String text(XMLSlideShow show) {
		var text = new StringBuilder();
		for (XSLFSlide slide : show.getSlides()) {
			for (XSLFShape shape : slide.getShapes()) {
				if (shape instanceof XSLFTextShape textShape) {
					text.append(textShape.getText()).append('\n');
				}
				if (shape instanceof XSLFTable table) {
					table.getRows()
						.forEach(row -> row.getCells().forEach(cell -> text.append(cell.getText()).append('\t')));
					text.append('\n');
				}
			}
		}
		return text.toString();
	}

	private static long shapes(XMLSlideShow show, Class<?> kind) {
		return show.getSlides().stream().flatMap(slide -> slide.getShapes().stream()).filter(kind::isInstance).count();
	}

}
