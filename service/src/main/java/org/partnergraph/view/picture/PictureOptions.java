package org.partnergraph.view.picture;

import org.partnergraph.problem.BadParameterException;

/**
 * How a picture is drawn.
 *
 * @param width the drawing's width in CSS pixels (200 to 4000); the height follows from
 * the network's shape
 * @param scale pixels per CSS pixel in a PNG (1 to 4, and at most
 * {@link #MAX_PIXEL_WIDTH} pixels wide); an SVG is scaled by its width and height
 * attributes
 * @param transparent no white background
 * @param legend the sectors and link types drawn, under the network
 * @param title the view's name above the network
 */
public record PictureOptions(int width, int scale, boolean transparent, boolean legend, boolean title) {

	public static final int DEFAULT_WIDTH = 1200;

	/** The widest PNG, in pixels: about 100 MB of image at the tallest. */
	public static final int MAX_PIXEL_WIDTH = 4800;

	public PictureOptions {
		if (width < 200 || width > 4000) {
			throw new BadParameterException("width", "width is 200 to 4000 pixels");
		}
		if (scale < 1 || scale > 4) {
			throw new BadParameterException("scale", "scale is 1 to 4");
		}
		if (width * scale > MAX_PIXEL_WIDTH) {
			throw new BadParameterException("scale",
					"width × scale is at most " + MAX_PIXEL_WIDTH + " pixels (the PNG is held in memory whole)");
		}
	}

}
