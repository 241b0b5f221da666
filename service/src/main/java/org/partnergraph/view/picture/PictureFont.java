package org.partnergraph.view.picture;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one font of every picture: DejaVu Sans, shipped in the jar (licence beside it in
 * {@code fonts/}), so labels are measured the same on every machine. Label widths decide
 * which labels are drawn, so the font must not depend on what else is installed.
 */
final class PictureFont {

	static final String FAMILY = "DejaVu Sans";

	/** What the SVG names, for viewers that lack DejaVu. */
	static final String SVG_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

	// Shipped in the jar (with their licence), so every machine draws with the same
	// glyphs and the same view gives the same bytes everywhere.
	private static final String REGULAR = "/fonts/DejaVuSans.ttf";

	private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

	private static final Font BASE = load(REGULAR);

	private static final Font BASE_BOLD = load(BOLD);

	// Fractional metrics and anti-aliasing on: the same widths as the PNG is drawn with.
	static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

	private PictureFont() {
	}

	static Font of(float size, boolean bold) {
		return (bold ? BASE_BOLD : BASE).deriveFont(size);
	}

	static double width(String text, float size, boolean bold) {
		return of(size, bold).getStringBounds(text, MEASURE).getWidth();
	}

	private static Font load(String resource) {
		try (InputStream in = PictureFont.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The jar lacks the font " + resource);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("Cannot read the font " + resource, ex);
		}
	}

}
