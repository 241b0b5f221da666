package org.partnergraph.briefing;

import java.util.List;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.view.SlidePicture;

/**
 * A briefing pack as slides of plain blocks, laid out once and written by both
 * {@link PptxWriter} and {@link PdfWriter}, so the two formats hold the same slides, in
 * the same order, page for page.
 *
 * @param title the view's name
 * @param footer the line under every slide: source and confidentiality
 * @param level the pack's confidentiality: that of its most confidential record
 * @param slides in order
 */
record Deck(String title, String footer, Confidentiality level, List<Slide> slides) {

	/** Slide size in points: 16:9, 13.33 by 7.5 inches. */
	static final double WIDTH = 960;

	static final double HEIGHT = 540;

	record Slide(String heading, List<Block> blocks) {
	}

	sealed interface Block permits Text, Table, Picture {

	}

	/**
	 * Paragraphs of one size.
	 *
	 * @param lines one paragraph each; a line starting with "• " is a bullet
	 * @param size font size in points
	 * @param bold whether bold
	 */
	record Text(List<String> lines, double size, boolean bold) implements Block {
	}

	/**
	 * @param headers column heads
	 * @param rows cells by row
	 * @param widths column widths as parts of the slide's width, summing to 1
	 */
	record Table(List<String> headers, List<List<String>> rows, List<Double> widths) implements Block {
	}

	/**
	 * The view's picture, drawn as large as fits, keeping its shape: as vector drawing
	 * where the format allows (a PDF page), as SVG with a PNG fallback in PowerPoint.
	 */
	record Picture(SlidePicture picture, String description) implements Block {

		double width() {
			return this.picture.width();
		}

		double height() {
			return this.picture.height();
		}

	}

}
