package org.partnergraph.view.picture;

import java.awt.Color;
import java.awt.Shape;
import java.util.List;

/**
 * One thing a picture draws, in CSS pixels. A {@link Scene} is a list of these, which the
 * SVG and the PNG writers each draw in order, so both formats show the same picture.
 */
sealed interface Mark {

	/** A straight line; {@code dash} empty for a solid one. */
	record Line(double x1, double y1, double x2, double y2, Color colour, double width, float[] dash) implements Mark {
	}

	/**
	 * A filled shape with an outline; {@code node} names the stakeholder it stands for,
	 * or is null (legend, arrow heads, background).
	 */
	record Area(Shape shape, Color fill, Color stroke, double strokeWidth, Node node) implements Mark {
	}

	/**
	 * Text; {@code x} is where it starts, {@code y} its baseline. {@code halo} draws a
	 * white outline under it so it reads across lines.
	 */
	record Text(double x, double y, String text, float size, boolean bold, Color colour, boolean halo,
			String role) implements Mark {
	}

	/** What a node shape stands for: its tooltip and the details shown on hover. */
	record Node(String id, String name, String sector, int degree, List<String> countries) {
	}

}
