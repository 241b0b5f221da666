package org.partnergraph.view;

import java.awt.Graphics2D;

import org.partnergraph.view.picture.Java2dScene;
import org.partnergraph.view.picture.Scene;

/**
 * A view's picture for a slide or a printed page, one drawing in three forms: a vector
 * drawing onto any {@link Graphics2D} (a PDF page's), an SVG (a PowerPoint picture) and a
 * PNG at twice the resolution (the fallback of an office suite that cannot draw SVG).
 * With its legend and source line, without the title (the slide has it).
 */
public final class SlidePicture {

	private final Scene scene;

	private final byte[] png;

	private final byte[] svg;

	SlidePicture(Scene scene, byte[] png, byte[] svg) {
		this.scene = scene;
		this.png = png;
		this.svg = svg;
	}

	/** Width in CSS pixels (points, on a page). */
	public double width() {
		return this.scene.width();
	}

	/** Height in CSS pixels (points, on a page). */
	public double height() {
		return this.scene.height();
	}

	public byte[] png() {
		return this.png;
	}

	public byte[] svg() {
		return this.svg;
	}

	/**
	 * Draws the picture from (0, 0), {@link #width} by {@link #height}, with its text as
	 * text in the faces {@link #fontName} names.
	 */
	public void draw(Graphics2D g) {
		Java2dScene.draw(this.scene, g, Java2dScene.Text.STRINGS);
	}

	/**
	 * What {@link java.awt.Font#getFontName()} calls the regular or the bold DejaVu Sans
	 * {@link #draw} draws with, to map them onto the fonts a document embeds.
	 */
	public static String fontName(boolean bold) {
		return Java2dScene.fontName(bold);
	}

}
