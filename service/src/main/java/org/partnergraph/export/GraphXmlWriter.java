package org.partnergraph.export;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.partnergraph.importer.Columns;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;

/** GraphML and GEXF, the graph files Gephi, yEd and Cytoscape desktop open. */
final class GraphXmlWriter {

	private GraphXmlWriter() {
	}

	static byte[] graphml(NetworkSnapshot network) {
		return write(xml -> {
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			key(xml, "node", "name", "string");
			key(xml, "node", "sector", "string");
			key(xml, "node", "acronym", "string");
			key(xml, "node", "level", "string");
			key(xml, "node", "countries", "string");
			key(xml, "node", "themes", "string");
			key(xml, "node", "confidentiality", "string");
			key(xml, "edge", "type", "string");
			key(xml, "edge", "weight", "double");
			key(xml, "edge", "start", "string");
			key(xml, "edge", "end", "string");
			key(xml, "edge", "status", "string");
			key(xml, "edge", "confidence", "double");
			key(xml, "edge", "edgeConfidentiality", "string");
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "partnergraph");
			xml.writeAttribute("edgedefault", "directed");
			for (StakeholderRecord s : network.stakeholders()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", s.id());
				for (var entry : nodeAttributes(s).entrySet()) {
					data(xml, entry.getKey(), entry.getValue());
				}
				xml.writeEndElement();
			}
			for (LinkRecord l : network.links()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", l.id());
				xml.writeAttribute("source", l.from());
				xml.writeAttribute("target", l.to());
				for (var entry : edgeAttributes(l).entrySet()) {
					data(xml, "confidentiality".equals(entry.getKey()) ? "edgeConfidentiality" : entry.getKey(),
							entry.getValue());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	/**
	 * GEXF 1.3 with link dates as spells, so Gephi's timeline plays how the network grew.
	 */
	static byte[] gexf(NetworkSnapshot network) {
		return write(xml -> {
			xml.writeStartElement("gexf");
			xml.writeDefaultNamespace("http://gexf.net/1.3");
			xml.writeAttribute("version", "1.3");
			xml.writeStartElement("graph");
			xml.writeAttribute("defaultedgetype", "directed");
			xml.writeAttribute("mode", "dynamic");
			xml.writeAttribute("timeformat", "date");
			attributes(xml, "node",
					new String[] { "sector", "acronym", "level", "countries", "themes", "confidentiality" });
			attributes(xml, "edge", new String[] { "type", "status", "confidence", "confidentiality" });
			xml.writeStartElement("nodes");
			for (StakeholderRecord s : network.stakeholders()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", s.id());
				xml.writeAttribute("label", s.name());
				attributeValues(xml, nodeAttributes(s), "name");
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement("edges");
			for (LinkRecord l : network.links()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", l.id());
				xml.writeAttribute("source", l.from());
				xml.writeAttribute("target", l.to());
				xml.writeAttribute("label", l.type().name());
				xml.writeAttribute("weight", ExportService.number(l.weight()));
				if (l.start() != null) {
					xml.writeAttribute("start", l.start().toString());
				}
				if (l.end() != null) {
					xml.writeAttribute("end", l.end().toString());
				}
				attributeValues(xml, edgeAttributes(l), "weight", "start", "end");
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	private static Map<String, String> nodeAttributes(StakeholderRecord s) {
		var values = new LinkedHashMap<String, String>();
		values.put("name", s.name());
		values.put("sector", s.sector().name());
		values.put("acronym", s.acronym());
		values.put("level", s.level() == null ? null : s.level().name());
		values.put("countries", s.countries().isEmpty() ? null : String.join(Columns.LIST_SEPARATOR, s.countries()));
		values.put("themes", s.themes().isEmpty() ? null : String.join(Columns.LIST_SEPARATOR, s.themes()));
		values.put("confidentiality", s.confidentiality().name());
		return values;
	}

	private static Map<String, String> edgeAttributes(LinkRecord l) {
		var values = new LinkedHashMap<String, String>();
		values.put("type", l.type().name());
		values.put("weight", ExportService.number(l.weight()));
		values.put("start", l.start() == null ? null : l.start().toString());
		values.put("end", l.end() == null ? null : l.end().toString());
		values.put("status", l.status().name());
		values.put("confidence", l.confidence() == null ? null : ExportService.number(l.confidence()));
		values.put("confidentiality", l.confidentiality().name());
		return values;
	}

	private static void key(XMLStreamWriter xml, String target, String name, String type) throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", name);
		xml.writeAttribute("for", target);
		xml.writeAttribute("attr.name", "edgeConfidentiality".equals(name) ? "confidentiality" : name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void attributes(XMLStreamWriter xml, String target, String[] names) throws XMLStreamException {
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", target);
		for (String name : names) {
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", name);
			xml.writeAttribute("title", name);
			xml.writeAttribute("type", "confidence".equals(name) ? "double" : "string");
		}
		xml.writeEndElement();
	}

	private static void attributeValues(XMLStreamWriter xml, Map<String, String> values, String... skip)
			throws XMLStreamException {
		xml.writeStartElement("attvalues");
		outer: for (var entry : values.entrySet()) {
			for (String name : skip) {
				if (name.equals(entry.getKey())) {
					continue outer;
				}
			}
			if (entry.getValue() != null) {
				xml.writeEmptyElement("attvalue");
				xml.writeAttribute("for", entry.getKey());
				xml.writeAttribute("value", entry.getValue());
			}
		}
		xml.writeEndElement();
	}

	private static byte[] write(XmlBody body) {
		var out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the graph file", ex);
		}
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
