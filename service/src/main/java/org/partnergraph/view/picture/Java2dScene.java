package org.partnergraph.view.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;

/**
 * Draws the marks of a {@link Scene} with Java2D, in order, onto any {@link Graphics2D}:
 * a {@code BufferedImage}'s for the PNG, or a vector one such as a PDF page's. The PNG
 * draws text as glyph outlines; a vector drawing draws it as text in DejaVu Sans
 * ({@link #fontName}), so names stay searchable and selectable there.
 */
public final class Java2dScene {

	/** How text is drawn. */
	public enum Text {

		/** Filled glyph outlines: the same pixels wherever the PNG is drawn. */
		OUTLINES,

		/** {@code drawString}: text a vector format keeps as text. */
		STRINGS

	}

	private Java2dScene() {
	}

	public static void draw(Scene scene, Graphics2D g, Text text) {
		for (Mark mark : scene.marks()) {
			switch (mark) {
				case Mark.Line line -> {
					g.setColor(line.colour());
					g.setStroke(line.dash().length == 0 ? new BasicStroke((float) line.width()) : new BasicStroke(
							(float) line.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, line.dash(), 0));
					g.draw(new Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2()));
				}
				case Mark.Area area -> {
					g.setColor(area.fill());
					g.fill(area.shape());
					if (area.stroke() != null) {
						g.setColor(area.stroke());
						g.setStroke(new BasicStroke((float) area.strokeWidth()));
						g.draw(area.shape());
					}
				}
				case Mark.Text words when words.text().isEmpty() -> {
					// nothing to draw
				}
				case Mark.Text words -> text(g, words, text);
			}
		}
	}

	private static void text(Graphics2D g, Mark.Text words, Text text) {
		Font font = PictureFont.of(words.size(), words.bold());
		Shape outline = null;
		if (words.halo() || text == Text.OUTLINES) {
			outline = new TextLayout(words.text(), font, g.getFontRenderContext())
				.getOutline(AffineTransform.getTranslateInstance(words.x(), words.y()));
		}
		if (words.halo()) {
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(outline);
		}
		g.setColor(words.colour());
		if (text == Text.OUTLINES) {
			g.fill(outline);
		}
		else {
			g.setFont(font);
			g.drawString(words.text(), (float) words.x(), (float) words.y());
		}
	}

	/**
	 * The name {@link Font#getFontName()} gives the face text is drawn in, to map it onto
	 * the same font embedded in a vector format.
	 */
	public static String fontName(boolean bold) {
		return PictureFont.of(12, bold).getFontName();
	}

}
