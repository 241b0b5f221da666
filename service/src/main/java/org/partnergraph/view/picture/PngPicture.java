package org.partnergraph.view.picture;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws a {@link Scene} with Java2D onto a headless {@link BufferedImage} and writes it
 * as PNG. ImageIO's PNG writer adds no time or other varying chunk, so the same scene is
 * the same bytes.
 */
public final class PngPicture {

	// One PNG drawn at a time: each holds its whole image in memory, and embeds are open
	// to
	// anyone.
	private static final Object DRAWING = new Object();

	private PngPicture() {
	}

	public static byte[] write(Scene scene, int scale) {
		synchronized (DRAWING) {
			return draw(scene, scale);
		}
	}

	private static byte[] draw(Scene scene, int scale) {
		int width = (int) Math.round(scene.width() * scale);
		int height = (int) Math.round(scene.height() * scale);
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.scale(scale, scale);
			for (Mark mark : scene.marks()) {
				switch (mark) {
					case Mark.Line line -> {
						g.setColor(line.colour());
						g.setStroke(line.dash().length == 0 ? new BasicStroke((float) line.width())
								: new BasicStroke((float) line.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
										10, line.dash(), 0));
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
					case Mark.Text text when text.text().isEmpty() -> {
						// nothing to draw
					}
					case Mark.Text text -> {
						var layout = new TextLayout(text.text(), PictureFont.of(text.size(), text.bold()),
								g.getFontRenderContext());
						var outline = layout.getOutline(AffineTransform.getTranslateInstance(text.x(), text.y()));
						if (text.halo()) {
							g.setColor(java.awt.Color.WHITE);
							g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
							g.draw(outline);
						}
						g.setColor(text.colour());
						g.fill(outline);
					}
				}
			}
		}
		finally {
			g.dispose();
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
