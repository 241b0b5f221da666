package org.partnergraph.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.partnergraph.importer.Columns;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;

/**
 * GraphML and GEXF, the graph files Gephi, yEd, Cytoscape desktop, NetworkX and igraph
 * open. Every field of a stakeholder and a link is written, each as a typed attribute, so
 * nothing the spreadsheet export holds is lost on the way to a graph tool.
 * <p>
 * Symmetric link types are undirected edges and the others directed ones
 * ({@link Edges#MIXED}), which Gephi, yEd and igraph read. NetworkX refuses a file that
 * mixes the two (in every version, for both formats), so {@link Edges#DIRECTED} writes
 * every link as a directed edge in its stored direction; the edge attribute
 * {@code symmetric} says which links read both ways in either case.
 */
final class GraphXmlWriter {

	/** How links become edges. */
	enum Edges {

		/** Symmetric link types undirected, the others directed. */
		MIXED,

		/** Every link directed, for readers that refuse mixed graphs (NetworkX). */
		DIRECTED

	}

	/** The GEXF versions written. */
	enum GexfVersion {

		/**
		 * 1.2 (namespace 1.2draft), link dates as spells: what Gephi and every NetworkX
		 * release read.
		 */
		V1_2("1.2", "http://www.gexf.net/1.2draft"),

		/** 1.3, link dates as start and end attributes of the edge. */
		V1_3("1.3", "http://gexf.net/1.3");

		final String number;

		final String namespace;

		GexfVersion(String number, String namespace) {
			this.number = number;
			this.namespace = namespace;
		}

	}

	/**
	 * One attribute a file carries: its id in the file, the name readers show, its
	 * GraphML and GEXF type and its value.
	 */
	record Field<T>(String id, String name, String type, Function<T, String> value) {

		Field(String name, String type, Function<T, String> value) {
			this(name, name, type, value);
		}

	}

	/**
	 * The fields of every stakeholder, then its custom attributes: ids xn0, xn1... (names
	 * may hold spaces, which ids may not).
	 */
	static List<Field<StakeholderRecord>> nodeFields(NetworkSnapshot network) {
		var fields = new ArrayList<>(NODE_FIELDS);
		List<String> custom = ExportService.stakeholderAttributes(network);
		for (int i = 0; i < custom.size(); i++) {
			String name = custom.get(i);
			fields.add(new Field<StakeholderRecord>("xn" + i, name, "string", s -> s.attributes().get(name)));
		}
		return fields;
	}

	static List<Field<LinkRecord>> edgeFields(NetworkSnapshot network) {
		var fields = new ArrayList<>(EDGE_FIELDS);
		List<String> custom = ExportService.linkAttributes(network);
		for (int i = 0; i < custom.size(); i++) {
			String name = custom.get(i);
			fields.add(new Field<LinkRecord>("xe" + i, name, "string", l -> l.attributes().get(name)));
		}
		return fields;
	}

	static final List<Field<StakeholderRecord>> NODE_FIELDS = List.of(
			new Field<StakeholderRecord>("name", "string", StakeholderRecord::name),
			new Field<StakeholderRecord>("sector", "string", s -> s.sector().name()),
			new Field<StakeholderRecord>("acronym", "string", StakeholderRecord::acronym),
			new Field<StakeholderRecord>("aliases", "string", s -> join(s.aliases())),
			new Field<StakeholderRecord>("subsector", "string", StakeholderRecord::subsector),
			new Field<StakeholderRecord>("level", "string", s -> (s.level() == null) ? null : s.level().name()),
			new Field<StakeholderRecord>("countries", "string", s -> join(s.countries())),
			new Field<StakeholderRecord>("themes", "string", s -> join(s.themes())),
			new Field<StakeholderRecord>("website", "string", StakeholderRecord::website),
			new Field<StakeholderRecord>("description", "string", StakeholderRecord::description),
			new Field<StakeholderRecord>("evidence", "string", StakeholderRecord::evidence),
			new Field<StakeholderRecord>("confidentiality", "string", s -> s.confidentiality().name()));

	static final List<Field<LinkRecord>> EDGE_FIELDS = List.of(
			new Field<LinkRecord>("type", "string", l -> l.type().name()),
			new Field<LinkRecord>("symmetric", "boolean", l -> Boolean.toString(l.type().symmetric())),
			new Field<LinkRecord>("weight", "double", l -> ExportService.number(l.weight())),
			new Field<LinkRecord>("start", "string", l -> (l.start() == null) ? null : l.start().toString()),
			new Field<LinkRecord>("end", "string", l -> (l.end() == null) ? null : l.end().toString()),
			new Field<LinkRecord>("status", "string", l -> l.status().name()),
			new Field<LinkRecord>("evidence", "string", LinkRecord::evidence),
			new Field<LinkRecord>("confidence", "double",
					l -> (l.confidence() == null) ? null : ExportService.number(l.confidence())),
			new Field<LinkRecord>("confidentiality", "string", l -> l.confidentiality().name()));

	private GraphXmlWriter() {
	}

	static byte[] graphml(NetworkSnapshot network, Edges edges) {
		List<Field<StakeholderRecord>> nodeFields = nodeFields(network);
		List<Field<LinkRecord>> edgeFields = edgeFields(network);
		return write(xml -> {
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			// Gephi and yEd take a node attribute named label as the node's label.
			key(xml, "label", "node", "label", "string");
			for (var field : nodeFields) {
				key(xml, field.id(), "node", field.name(), field.type());
			}
			for (var field : edgeFields) {
				key(xml, graphmlEdgeKey(field.id()), "edge", field.name(), field.type());
			}
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "partnergraph");
			xml.writeAttribute("edgedefault", "directed");
			for (StakeholderRecord s : network.stakeholders()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", s.id());
				data(xml, "label", s.name());
				for (var field : nodeFields) {
					data(xml, field.id(), field.value().apply(s));
				}
				xml.writeEndElement();
			}
			for (LinkRecord l : network.links()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", l.id());
				xml.writeAttribute("source", l.from());
				xml.writeAttribute("target", l.to());
				if (edges == Edges.MIXED && l.type().symmetric()) {
					xml.writeAttribute("directed", "false");
				}
				for (var field : edgeFields) {
					data(xml, graphmlEdgeKey(field.id()), field.value().apply(l));
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	/**
	 * GraphML key ids are shared by nodes and edges: an edge attribute whose name a node
	 * attribute has too gets its own id (the name readers show stays the same).
	 */
	private static String graphmlEdgeKey(String name) {
		boolean shared = NODE_FIELDS.stream().anyMatch(field -> field.name().equals(name));
		return shared ? "edge" + Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
	}

	/**
	 * GEXF with the link dates, so Gephi's timeline plays how the network grew: in 1.2 as
	 * a spell, in 1.3 as the edge's start and end.
	 */
	static byte[] gexf(NetworkSnapshot network, GexfVersion version, Edges edges) {
		List<Field<StakeholderRecord>> nodeFields = nodeFields(network).stream()
			.filter(field -> !field.id().equals("name"))
			.toList();
		List<Field<LinkRecord>> edgeFields = edgeFields(network).stream()
			.filter(field -> !gexfEdgeOwn(field.id()))
			.toList();
		return write(xml -> {
			xml.writeStartElement("gexf");
			xml.writeDefaultNamespace(version.namespace);
			xml.writeAttribute("version", version.number);
			xml.writeStartElement("graph");
			xml.writeAttribute("defaultedgetype", "directed");
			xml.writeAttribute("mode", "dynamic");
			xml.writeAttribute("timeformat", "date");
			// The node's name is its label; weight, start and end are the edge's own.
			attributes(xml, "node", nodeFields);
			attributes(xml, "edge", edgeFields);
			xml.writeStartElement("nodes");
			for (StakeholderRecord s : network.stakeholders()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", s.id());
				xml.writeAttribute("label", s.name());
				xml.writeStartElement("attvalues");
				for (var field : nodeFields) {
					attvalue(xml, field.id(), field.value().apply(s));
				}
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement("edges");
			for (LinkRecord l : network.links()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", l.id());
				xml.writeAttribute("source", l.from());
				xml.writeAttribute("target", l.to());
				if (edges == Edges.MIXED && l.type().symmetric()) {
					xml.writeAttribute("type", "undirected");
				}
				xml.writeAttribute("label", l.type().name());
				xml.writeAttribute("weight", ExportService.number(l.weight()));
				if (version == GexfVersion.V1_3) {
					if (l.start() != null) {
						xml.writeAttribute("start", l.start().toString());
					}
					if (l.end() != null) {
						xml.writeAttribute("end", l.end().toString());
					}
				}
				xml.writeStartElement("attvalues");
				for (var field : edgeFields) {
					attvalue(xml, field.id(), field.value().apply(l));
				}
				xml.writeEndElement();
				if (version == GexfVersion.V1_2 && (l.start() != null || l.end() != null)) {
					xml.writeStartElement("spells");
					xml.writeEmptyElement("spell");
					if (l.start() != null) {
						xml.writeAttribute("start", l.start().toString());
					}
					if (l.end() != null) {
						xml.writeAttribute("end", l.end().toString());
					}
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	/** What a GEXF edge carries as its own XML attributes rather than as attvalues. */
	private static boolean gexfEdgeOwn(String name) {
		return name.equals("weight") || name.equals("start") || name.equals("end");
	}

	private static String join(List<String> values) {
		return values.isEmpty() ? null : String.join(Columns.LIST_SEPARATOR, values);
	}

	private static void key(XMLStreamWriter xml, String id, String target, String name, String type)
			throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", id);
		xml.writeAttribute("for", target);
		xml.writeAttribute("attr.name", name);
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

	private static <T> void attributes(XMLStreamWriter xml, String target, List<Field<T>> fields)
			throws XMLStreamException {
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", target);
		xml.writeAttribute("mode", "static");
		for (var field : fields) {
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", field.id());
			xml.writeAttribute("title", field.name());
			xml.writeAttribute("type", field.type());
		}
		xml.writeEndElement();
	}

	private static void attvalue(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeEmptyElement("attvalue");
			xml.writeAttribute("for", name);
			xml.writeAttribute("value", value);
		}
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
