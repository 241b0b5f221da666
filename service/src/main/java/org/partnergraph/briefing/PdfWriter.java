package org.partnergraph.briefing;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.partnergraph.view.SlidePicture;

/**
 * Writes a {@link Deck} as a PDF with Apache PDFBox, one 16:9 page per slide, in DejaVu
 * Sans (shipped in the jar, embedded as a subset) so every reader sees the same glyphs.
 * The picture is vector drawing: the same Java2D drawing as the view's PNG, drawn through
 * PdfBoxGraphics2D (de.rototor.pdfbox:graphics2d, Apache-2.0) into a form on the page,
 * its lines and shapes as paths and its labels as text in the same embedded DejaVu Sans,
 * so it prints sharp at any size and its names can be searched and copied.
 */
final class PdfWriter {

	private static final double MARGIN = PptxWriter.MARGIN;

	private PdfWriter() {
	}

	static byte[] write(Deck deck) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(deck.title());
			info.setCreator("PartnerGraph");
			// The file's /ID comes from this, not the clock: same deck, same bytes.
			document.setDocumentId((long) (deck.title() + "\n" + deck.footer()).hashCode());
			PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
			PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
			// The picture's text in the page's own fonts: one embedded subset of each.
			var pictureFonts = new PdfBoxGraphics2DFontTextDrawer();
			pictureFonts.registerFont(SlidePicture.fontName(false), regular);
			pictureFonts.registerFont(SlidePicture.fontName(true), bold);
			for (Deck.Slide slide : deck.slides()) {
				new Page(document, regular, bold, pictureFonts).draw(deck, slide);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
			return PDType0Font.load(document, in, true);
		}
	}

	/** One page, drawn top down in the slide's coordinates. */
	private static final class Page {

		private final PDDocument document;

		private final PDFont regular;

		private final PDFont bold;

		private final PdfBoxGraphics2DFontTextDrawer pictureFonts;

		private PDPageContentStream content;

		Page(PDDocument document, PDFont regular, PDFont bold, PdfBoxGraphics2DFontTextDrawer pictureFonts) {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
			this.pictureFonts = pictureFonts;
		}

		void draw(Deck deck, Deck.Slide slide) throws IOException {
			var page = new PDPage(new PDRectangle((float) Deck.WIDTH, (float) Deck.HEIGHT));
			this.document.addPage(page);
			try (var stream = new PDPageContentStream(this.document, page)) {
				this.content = stream;
				double top = PptxWriter.BODY_TOP;
				if (slide.heading() == null) {
					top = 150;
				}
				else {
					text(slide.heading(), 26, true, PptxWriter.INK, MARGIN, PptxWriter.HEADING_TOP,
							Deck.WIDTH - 2 * MARGIN);
				}
				double bottom = Deck.HEIGHT - PptxWriter.FOOTER_HEIGHT - 8;
				for (Deck.Block block : slide.blocks()) {
					top = switch (block) {
						case Deck.Text text -> paragraphs(text, top);
						case Deck.Table table -> table(table, top);
						case Deck.Picture picture -> picture(picture, top, bottom);
					};
				}
				text(deck.footer(), 9, false, PptxWriter.GREY, MARGIN, Deck.HEIGHT - PptxWriter.FOOTER_HEIGHT,
						Deck.WIDTH - 2 * MARGIN);
			}
		}

		private double paragraphs(Deck.Text text, double top) throws IOException {
			double y = top + 5;
			for (String line : text.lines()) {
				y = text(line, text.size(), text.bold(), PptxWriter.INK, MARGIN, y, Deck.WIDTH - 2 * MARGIN);
			}
			return Math.max(y, top + Layout.textHeight(text, Deck.WIDTH - 2 * MARGIN)) + 4;
		}

		private double table(Deck.Table table, double top) throws IOException {
			double width = Deck.WIDTH - 2 * MARGIN;
			double y = row(table.headers(), table.widths(), top, width, true);
			for (List<String> cells : table.rows()) {
				y = row(cells, table.widths(), y, width, false);
			}
			return y + 8;
		}

		private double row(List<String> cells, List<Double> widths, double top, double width, boolean head)
				throws IOException {
			double height = 0;
			for (int i = 0; i < cells.size(); i++) {
				height = Math.max(height,
						lines(cells.get(i), Layout.TABLE_SIZE, head, width * widths.get(i) - 10).size()
								* Layout.TABLE_SIZE * Layout.LEADING + 8);
			}
			if (head) {
				fill(PptxWriter.HEAD, MARGIN, top, width, height);
			}
			double x = MARGIN;
			for (int i = 0; i < cells.size(); i++) {
				double cellWidth = width * widths.get(i);
				text(cells.get(i), Layout.TABLE_SIZE, head, PptxWriter.INK, x + 5, top + 4, cellWidth - 10);
				x += cellWidth;
			}
			this.content.setStrokingColor(new Color(0xBB, 0xBB, 0xBB));
			this.content.setLineWidth(0.75f);
			this.content.moveTo((float) MARGIN, (float) (Deck.HEIGHT - top - height));
			this.content.lineTo((float) (MARGIN + width), (float) (Deck.HEIGHT - top - height));
			this.content.stroke();
			return top + height;
		}

		private double picture(Deck.Picture picture, double top, double bottom) throws IOException {
			SlidePicture source = picture.picture();
			var drawing = new PdfBoxGraphics2D(this.document, (float) source.width(), (float) source.height());
			try {
				drawing.setFontTextDrawer(this.pictureFonts);
				source.draw(drawing);
			}
			finally {
				drawing.dispose();
			}
			PDFormXObject form = drawing.getXFormObject();
			Rectangle2D at = Layout.fit(picture, MARGIN, top, Deck.WIDTH - 2 * MARGIN, bottom - top);
			this.content.saveGraphicsState();
			// The form is drawn in the picture's own units, from its lower left corner.
			this.content.transform(new Matrix((float) (at.getWidth() / source.width()), 0, 0,
					(float) (at.getHeight() / source.height()), (float) at.getX(),
					(float) (Deck.HEIGHT - at.getMaxY())));
			this.content.drawForm(form);
			this.content.restoreGraphicsState();
			return at.getMaxY() + 8;
		}

		/** Wrapped text from {@code top} down; answers the y under it. */
		private double text(String text, double size, boolean isBold, Color colour, double x, double top, double width)
				throws IOException {
			PDFont font = isBold ? this.bold : this.regular;
			double y = top;
			this.content.setNonStrokingColor(colour);
			for (String line : lines(text, size, isBold, width)) {
				y += size * Layout.LEADING;
				this.content.beginText();
				this.content.setFont(font, (float) size);
				this.content.newLineAtOffset((float) x, (float) (Deck.HEIGHT - y + size * 0.3));
				this.content.showText(line);
				this.content.endText();
			}
			return y;
		}

		private List<String> lines(String text, double size, boolean isBold, double width) throws IOException {
			PDFont font = isBold ? this.bold : this.regular;
			var lines = new ArrayList<String>();
			var line = new StringBuilder();
			for (String word : text.replace('\n', ' ').split(" ")) {
				String candidate = line.length() == 0 ? word : line + " " + word;
				if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
				else {
					line.setLength(0);
					line.append(candidate);
				}
			}
			lines.add(line.toString());
			return lines;
		}

		private void fill(Color colour, double x, double top, double width, double height) throws IOException {
			this.content.setNonStrokingColor(colour);
			this.content.addRect((float) x, (float) (Deck.HEIGHT - top - height), (float) width, (float) height);
			this.content.fill();
		}

	}

}
