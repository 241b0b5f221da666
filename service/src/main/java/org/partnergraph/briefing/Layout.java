package org.partnergraph.briefing;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Sizes both writers agree on: how tall a block of text or a table is, with lines wrapped
 * at an average character width, and where a picture goes.
 */
final class Layout {

	static final double TABLE_SIZE = 11;

	/** An average glyph of a sans-serif font is about half its size wide. */
	static final double GLYPH = 0.5;

	static final double LEADING = 1.3;

	private Layout() {
	}

	static double textHeight(Deck.Text text, double width) {
		int lines = 0;
		for (String line : text.lines()) {
			lines += wrap(line, text.size(), width).size();
		}
		return lines * text.size() * LEADING + 10;
	}

	static double tableHeight(Deck.Table table, double width) {
		double height = rowHeight(table.headers(), table.widths(), width);
		for (List<String> row : table.rows()) {
			height += rowHeight(row, table.widths(), width);
		}
		return height;
	}

	static double rowHeight(List<String> cells, List<Double> widths, double width) {
		int lines = 1;
		for (int i = 0; i < cells.size(); i++) {
			lines = Math.max(lines, wrap(cells.get(i), TABLE_SIZE, width * widths.get(i) - 10).size());
		}
		return lines * TABLE_SIZE * LEADING + 8;
	}

	/**
	 * The words of a line in lines no wider than {@code width} points, at {@code size}.
	 */
	static List<String> wrap(String text, double size, double width) {
		int perLine = Math.max(8, (int) (width / (size * GLYPH)));
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	/** The largest rectangle of the picture's shape in the box, centred across. */
	static Rectangle2D fit(Deck.Picture picture, double x, double y, double width, double height) {
		double scale = Math.min(width / picture.width(), height / picture.height());
		double w = picture.width() * scale;
		double h = picture.height() * scale;
		return new Rectangle2D.Double(x + (width - w) / 2, y, w, h);
	}

}
