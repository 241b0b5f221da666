package org.partnergraph.view.picture;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a {@link Scene} as SVG text by hand rather than through Batik's
 * {@code SVGGraphics2D}: the scene is a few kinds of marks, so a writer of a hundred
 * lines does it with no new dependency (Batik's generator needs about ten jars), and it
 * keeps what matters here under control: every node is one {@code <g class="node">} with
 * one shape, its name as a {@code <title>} and its details as {@code data-} attributes
 * (for the embed's hover), labels are real {@code <text>} (searchable, selectable),
 * numbers have one decimal and nothing varies between runs, so the same scene is the same
 * bytes.
 */
public final class SvgPicture {

	private SvgPicture() {
	}

	public static byte[] write(Scene scene, int scale) {
		return text(scene, scale, true).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The SVG for an office document (a slide pack's picture): as {@link #write}, but a
	 * label's white halo is a {@code <text>} of its own under the label rather than
	 * {@code paint-order}, which not every office suite's SVG renderer honours (without
	 * it, the halo would be drawn over the letters).
	 */
	public static byte[] writeForOffice(Scene scene) {
		return text(scene, 1, true, true).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The SVG; without the XML declaration when it goes inline into an HTML page.
	 */
	public static String text(Scene scene, int scale, boolean document) {
		return text(scene, scale, document, false);
	}

	private static String text(Scene scene, int scale, boolean document, boolean haloApart) {
		var out = new StringBuilder(64 * 1024);
		if (document) {
			out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		}
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
			.append(number(scene.width() * scale))
			.append("\" height=\"")
			.append(number(scene.height() * scale))
			.append("\" viewBox=\"0 0 ")
			.append(number(scene.width()))
			.append(' ')
			.append(number(scene.height()))
			.append("\" font-family=\"")
			.append(escape(PictureFont.SVG_FAMILY))
			.append("\" role=\"img\" aria-labelledby=\"picture-title\">\n");
		out.append("<title id=\"picture-title\">").append(escape(scene.title())).append("</title>\n");
		for (Mark mark : scene.marks()) {
			switch (mark) {
				case Mark.Line line -> line(out, line);
				case Mark.Area area -> area(out, area);
				case Mark.Text text -> text(out, text, haloApart);
			}
		}
		out.append("</svg>\n");
		return out.toString();
	}

	private static void line(StringBuilder out, Mark.Line line) {
		out.append("<line class=\"link\" x1=\"")
			.append(number(line.x1()))
			.append("\" y1=\"")
			.append(number(line.y1()))
			.append("\" x2=\"")
			.append(number(line.x2()))
			.append("\" y2=\"")
			.append(number(line.y2()))
			.append("\" stroke=\"")
			.append(hex(line.colour()))
			.append("\" stroke-width=\"")
			.append(number(line.width()))
			.append('"');
		if (line.dash().length > 0) {
			out.append(" stroke-dasharray=\"");
			for (int i = 0; i < line.dash().length; i++) {
				out.append(i == 0 ? "" : " ").append(number(line.dash()[i]));
			}
			out.append('"');
		}
		out.append("/>\n");
	}

	private static void area(StringBuilder out, Mark.Area area) {
		Mark.Node node = area.node();
		if (node != null) {
			out.append("<g class=\"node\" data-id=\"")
				.append(escape(node.id()))
				.append("\" data-name=\"")
				.append(escape(node.name()))
				.append("\" data-sector=\"")
				.append(escape(node.sector()))
				.append("\" data-degree=\"")
				.append(node.degree())
				.append("\" data-countries=\"")
				.append(escape(String.join(" ", node.countries() == null ? java.util.List.of() : node.countries())))
				.append("\"><title>")
				.append(escape(node.name()))
				.append("</title>");
		}
		shape(out, area.shape());
		out.append(" fill=\"").append(hex(area.fill())).append('"');
		if (area.stroke() != null) {
			out.append(" stroke=\"")
				.append(hex(area.stroke()))
				.append("\" stroke-width=\"")
				.append(number(area.strokeWidth()))
				.append('"');
		}
		out.append("/>");
		out.append(node != null ? "</g>\n" : "\n");
	}

	private static void shape(StringBuilder out, Shape shape) {
		if (shape instanceof Ellipse2D e) {
			out.append("<circle cx=\"")
				.append(number(e.getCenterX()))
				.append("\" cy=\"")
				.append(number(e.getCenterY()))
				.append("\" r=\"")
				.append(number(e.getWidth() / 2))
				.append('"');
			return;
		}
		if (shape instanceof Rectangle2D r) {
			out.append("<rect x=\"")
				.append(number(r.getX()))
				.append("\" y=\"")
				.append(number(r.getY()))
				.append("\" width=\"")
				.append(number(r.getWidth()))
				.append("\" height=\"")
				.append(number(r.getHeight()))
				.append('"');
			return;
		}
		out.append("<path d=\"");
		double[] c = new double[6];
		for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
			switch (it.currentSegment(c)) {
				case PathIterator.SEG_MOVETO -> out.append('M').append(number(c[0])).append(' ').append(number(c[1]));
				case PathIterator.SEG_LINETO -> out.append('L').append(number(c[0])).append(' ').append(number(c[1]));
				case PathIterator.SEG_CLOSE -> out.append('Z');
				default -> throw new IllegalArgumentException("only polygons are drawn as paths");
			}
		}
		out.append('"');
	}

	private static void text(StringBuilder out, Mark.Text text, boolean haloApart) {
		if (text.halo() && haloApart) {
			out.append("<text class=\"halo\" x=\"")
				.append(number(text.x()))
				.append("\" y=\"")
				.append(number(text.y()))
				.append("\" font-size=\"")
				.append(number(text.size()))
				.append('"')
				.append(text.bold() ? " font-weight=\"bold\"" : "")
				.append(" fill=\"#FFFFFF\" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" aria-hidden=\"true\">")
				.append(escape(text.text()))
				.append("</text>\n");
		}
		out.append("<text class=\"")
			.append(text.role())
			.append("\" x=\"")
			.append(number(text.x()))
			.append("\" y=\"")
			.append(number(text.y()))
			.append("\" font-size=\"")
			.append(number(text.size()))
			.append('"');
		if (text.bold()) {
			out.append(" font-weight=\"bold\"");
		}
		out.append(" fill=\"").append(hex(text.colour())).append('"');
		if (text.halo() && !haloApart) {
			out.append(" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
		}
		out.append('>').append(escape(text.text())).append("</text>\n");
	}

	static String number(double value) {
		return BigDecimal.valueOf(Math.round(value * 10), 1).stripTrailingZeros().toPlainString();
	}

	private static String hex(Color colour) {
		return String.format(Locale.ROOT, "#%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue());
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		var out = new StringBuilder(text.length());
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// Control characters are not allowed in XML 1.0.
					if (ch >= 0x20 || ch == '\n' || ch == '\t') {
						out.append(ch);
					}
				}
			}
		}
		return out.toString();
	}

}
