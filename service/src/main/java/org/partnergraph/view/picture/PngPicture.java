package org.partnergraph.view.picture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws a {@link Scene} with Java2D ({@link Java2dScene}) onto a headless
 * {@link BufferedImage} and writes it as PNG. ImageIO's PNG writer adds no time or other
 * varying chunk, so the same scene is the same bytes.
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
			Java2dScene.draw(scene, g, Java2dScene.Text.OUTLINES);
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
