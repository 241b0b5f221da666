package org.partnergraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnergraph.model.Sector;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;

/**
 * The two plain exports: Pajek's {@code .net} for the older network tools (Pajek,
 * UCINET's import, NetworkX's read_pajek), and the links counted per sector pair as a CSV
 * table for spreadsheet users.
 */
final class PlainGraphWriter {

	private PlainGraphWriter() {
	}

	/**
	 * Pajek: vertices numbered from 1 and labelled with the stakeholder id (unique,
	 * unlike names, and the id every other export uses); directed links as arcs,
	 * symmetric ones as edges, each with its weight. Nothing else: Pajek has no place for
	 * attributes.
	 */
	static byte[] pajek(NetworkSnapshot network) {
		var text = new StringBuilder();
		var number = new HashMap<String, Integer>();
		text.append("*Vertices ").append(network.stakeholders().size()).append("\r\n");
		for (StakeholderRecord s : network.stakeholders()) {
			number.put(s.id(), number.size() + 1);
			text.append(number.size()).append(" \"").append(s.id()).append("\"\r\n");
		}
		text.append("*Arcs\r\n");
		appendLinks(text, network.links(), number, false);
		text.append("*Edges\r\n");
		appendLinks(text, network.links(), number, true);
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void appendLinks(StringBuilder text, List<LinkRecord> links, Map<String, Integer> number,
			boolean symmetric) {
		for (LinkRecord l : links) {
			if (l.type().symmetric() == symmetric && number.containsKey(l.from()) && number.containsKey(l.to())) {
				text.append(number.get(l.from()))
					.append(' ')
					.append(number.get(l.to()))
					.append(' ')
					.append(ExportService.number(l.weight()))
					.append("\r\n");
			}
		}
	}

	/**
	 * Links counted per sector pair: the row is the sector a link starts from, the column
	 * the sector it goes to; a symmetric link counts in both cells (once on the diagonal
	 * when both ends share a sector). Every sector has its row and column, so tables of
	 * two networks line up.
	 */
	static byte[] sectorPairsCsv(NetworkSnapshot network) {
		var sectorOf = new HashMap<String, Sector>();
		network.stakeholders().forEach(s -> sectorOf.put(s.id(), s.sector()));
		Sector[] sectors = Sector.values();
		int[][] counts = new int[sectors.length][sectors.length];
		for (LinkRecord l : network.links()) {
			Sector from = sectorOf.get(l.from());
			Sector to = sectorOf.get(l.to());
			if (from == null || to == null) {
				continue;
			}
			counts[from.ordinal()][to.ordinal()]++;
			if (l.type().symmetric() && from != to) {
				counts[to.ordinal()][from.ordinal()]++;
			}
		}
		var header = new ArrayList<String>();
		header.add("from sector \\ to sector");
		for (Sector sector : sectors) {
			header.add(sector.name());
		}
		var out = new ByteArrayOutputStream();
		try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (Sector row : sectors) {
				var cells = new ArrayList<Object>();
				cells.add(row.name());
				for (Sector column : sectors) {
					cells.add(counts[row.ordinal()][column.ordinal()]);
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
