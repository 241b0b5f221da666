package org.partnergraph.view;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pictures of saved views, drawn on the server: well-formed, complete, sized, stable. */
class PicturesIT extends ViewTest {

	static final Path PICTURES = Path.of("target", "pictures");

	@BeforeEach
	void seed() throws Exception {
		loadSeed();
	}

	@Test
	void theSvgIsWellFormedWithOneShapeAndTheNamePerStakeholder() throws Exception {
		String id = createView("""
				{"name": "Cambodia's partners", "filters": {"country": ["KH"]}}""");
		JsonNode network = JSON.readTree(
				this.mvc.perform(get("/api/v1/network?country=KH")).andReturn().getResponse().getContentAsString());
		byte[] svg = this.mvc.perform(get("/api/v1/views/" + id + "/image.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Document document = parse(svg);
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		List<Element> nodes = elements(document, "g").stream()
			.filter(g -> "node".equals(g.getAttribute("class")))
			.toList();
		assertThat(network.get("nodes")).hasSizeGreaterThan(5);
		assertThat(nodes).hasSize(network.get("nodes").size());
		String text = document.getDocumentElement().getTextContent();
		for (JsonNode node : network.get("nodes")) {
			String nodeId = node.get("data").get("id").asString();
			Element shape = nodes.stream()
				.filter(g -> nodeId.equals(g.getAttribute("data-id")))
				.findFirst()
				.orElseThrow();
			// One shape, and the name as its title.
			List<Element> children = children(shape);
			assertThat(children).extracting(Element::getLocalName).containsExactly("title", shapeName(children));
			assertThat(children.getFirst().getTextContent()).isEqualTo(node.get("data").get("label").asString());
			assertThat(text).contains(node.get("data").get("label").asString());
		}
		// Labels drawn as text, a legend of what is drawn and the source line.
		assertThat(elements(document, "text").stream().filter(t -> "label".equals(t.getAttribute("class"))))
			.isNotEmpty();
		List<String> legend = elements(document, "text").stream()
			.filter(t -> "legend".equals(t.getAttribute("class")))
			.map(Element::getTextContent)
			.toList();
		for (JsonNode node : network.get("nodes")) {
			String sector = node.get("data").get("sector").asString();
			assertThat(legend).contains(org.partnergraph.model.Sector.valueOf(sector).label());
		}
		assertThat(text).contains("Cambodia's partners")
			.contains("PartnerGraph, data as of ")
			.contains(network.get("nodes").size() + " organisations, PUBLIC and INTERNAL and RESTRICTED data");
		Files.createDirectories(PICTURES);
		Files.write(PICTURES.resolve("cambodia.svg"), svg);
	}

	@Test
	void thePngHasTheRequestedSize() throws Exception {
		String id = createView("""
				{"name": "Regional", "filters": {"sector": ["ASEAN", "MECHANISM", "JUSTICE"]}}""");
		byte[] svg = this.mvc.perform(get("/api/v1/views/" + id + "/image.svg?width=800&legend=false"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		double height = Double.parseDouble(parse(svg).getDocumentElement().getAttribute("height"));
		byte[] png = this.mvc.perform(get("/api/v1/views/" + id + "/image.png?width=800&scale=2&legend=false"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(image.getHeight()).isEqualTo((int) Math.round(height * 2));
		this.mvc.perform(get("/api/v1/views/" + id + "/image.png?scale=5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("scale"));
		this.mvc.perform(get("/api/v1/views/" + id + "/image.png?width=2000&scale=3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("scale"));
		this.mvc.perform(get("/api/v1/views/" + id + "/image.png?size=5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
	}

	@Test
	void theSameViewGivesTheSameBytes() throws Exception {
		String id = createView("""
				{"name": "Counter-trafficking partnerships in Southeast Asia, 2021",
				 "description": "Every organisation in the seed", "filters": {"asOf": "2021-12-31"}}""");
		for (String picture : List.of("image.svg", "image.png?scale=2", "image.svg?transparent=true&title=false")) {
			byte[] first = this.mvc.perform(get("/api/v1/views/" + id + "/" + picture))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			byte[] second = this.mvc.perform(get("/api/v1/views/" + id + "/" + picture))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(second).as(picture).isEqualTo(first);
		}
		// The README's picture is this one, as anyone gets it
		// (docs/briefings/seed-region.png).
		Files.createDirectories(PICTURES);
		Files.write(PICTURES.resolve("region.png"),
				this.mvc.perform(get("/embed/" + id + "/image.png")).andReturn().getResponse().getContentAsByteArray());
	}

	static Document parse(byte[] svg) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
	}

	static List<Element> elements(Document document, String name) {
		NodeList list = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
		var elements = new ArrayList<Element>();
		for (int i = 0; i < list.getLength(); i++) {
			elements.add((Element) list.item(i));
		}
		return elements;
	}

	private static List<Element> children(Element parent) {
		var children = new ArrayList<Element>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	private static String shapeName(List<Element> children) {
		String name = children.getLast().getLocalName();
		assertThat(name).isIn("path", "circle", "rect");
		return name;
	}

}
