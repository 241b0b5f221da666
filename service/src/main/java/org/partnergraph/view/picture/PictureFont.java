package org.partnergraph.view.picture;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one font of every picture: DejaVu Sans (Debian's fonts-dejavu-core), read from its
 * file so labels are measured the same on every machine that has it; Java's logical
 * sans-serif where it is missing. Label widths decide which labels are drawn, so the font
 * must not depend on what else is installed.
 */
final class PictureFont {

	static final String FAMILY = "DejaVu Sans";

	/** What the SVG names, for viewers that lack DejaVu. */
	static final String SVG_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

	private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

	private static final Font BASE = load(REGULAR, Font.PLAIN);

	private static final Font BASE_BOLD = load(BOLD, Font.BOLD);

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

	private static Font load(Path file, int style) {
		if (Files.isReadable(file)) {
			try {
				return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
			}
			catch (FontFormatException | IOException ex) {
				// fall through to the logical font
			}
		}
		return new Font(Font.SANS_SERIF, style, 12);
	}

}
