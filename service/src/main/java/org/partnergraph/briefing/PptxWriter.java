package org.partnergraph.briefing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Writes a {@link Deck} as a 16:9 PowerPoint file with Apache POI: text boxes, tables and
 * the picture, one slide per slide of the deck. The picture is an SVG with a PNG fallback
 * (the {@code svgBlip} extension, which PowerPoint 2016 and later draws; a reader without
 * it, LibreOffice 7.4 among them, shows the PNG). PowerPoint and LibreOffice open it as
 * it is; nothing of an office suite runs on the server.
 */
final class PptxWriter {

	static final double MARGIN = 40;

	static final double HEADING_TOP = 24;

	static final double BODY_TOP = 90;

	static final double FOOTER_HEIGHT = 28;

	static final Color INK = new Color(0x22, 0x22, 0x22);

	static final Color GREY = new Color(0x55, 0x55, 0x55);

	static final Color HEAD = new Color(0xE8, 0xEE, 0xF4);

	private PptxWriter() {
	}

	static byte[] write(Deck deck) {
		try (var show = new XMLSlideShow(); var out = new ByteArrayOutputStream()) {
			show.setPageSize(new Dimension((int) Deck.WIDTH, (int) Deck.HEIGHT));
			show.getProperties().getCoreProperties().setTitle(deck.title());
			show.getProperties().getCoreProperties().setCreator("PartnerGraph");
			for (Deck.Slide slide : deck.slides()) {
				slide(show, deck, slide);
			}
			show.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void slide(XMLSlideShow show, Deck deck, Deck.Slide slide) {
		XSLFSlide page = show.createSlide();
		double top = BODY_TOP;
		if (slide.heading() == null) {
			// The title slide: the blocks lower down, larger.
			top = 150;
		}
		else {
			text(page, slide.heading(), 26, true, INK,
					new Rectangle2D.Double(MARGIN, HEADING_TOP, Deck.WIDTH - 2 * MARGIN, BODY_TOP - HEADING_TOP - 8));
		}
		double bottom = Deck.HEIGHT - FOOTER_HEIGHT - 8;
		for (Deck.Block block : slide.blocks()) {
			top = switch (block) {
				case Deck.Text text -> paragraphs(page, text, top);
				case Deck.Table table -> table(page, table, top);
				case Deck.Picture picture -> picture(show, page, picture, top, bottom);
			};
		}
		text(page, deck.footer(), 9, false, GREY, new Rectangle2D.Double(MARGIN, Deck.HEIGHT - FOOTER_HEIGHT,
				Deck.WIDTH - 2 * MARGIN, FOOTER_HEIGHT - 6));
	}

	private static double paragraphs(XSLFSlide page, Deck.Text text, double top) {
		double height = Layout.textHeight(text, Deck.WIDTH - 2 * MARGIN);
		XSLFTextBox box = page.createTextBox();
		box.setAnchor(new Rectangle2D.Double(MARGIN, top, Deck.WIDTH - 2 * MARGIN, height));
		box.setWordWrap(true);
		box.clearText();
		for (String line : text.lines()) {
			XSLFTextParagraph paragraph = box.addNewTextParagraph();
			XSLFTextRun run = paragraph.addNewTextRun();
			run.setText(line);
			run.setFontSize(text.size());
			run.setBold(text.bold());
			run.setFontColor(INK);
		}
		return top + height + 4;
	}

	private static double table(XSLFSlide page, Deck.Table table, double top) {
		double width = Deck.WIDTH - 2 * MARGIN;
		XSLFTable shape = page.createTable();
		row(shape, table.headers(), true);
		for (var cells : table.rows()) {
			row(shape, cells, false);
		}
		for (int column = 0; column < table.widths().size(); column++) {
			shape.setColumnWidth(column, width * table.widths().get(column));
		}
		double height = Layout.tableHeight(table, width);
		shape.setAnchor(new Rectangle2D.Double(MARGIN, top, width, height));
		return top + height + 8;
	}

	private static void row(XSLFTable table, java.util.List<String> cells, boolean head) {
		XSLFTableRow row = table.addRow();
		for (String text : cells) {
			XSLFTableCell cell = row.addCell();
			XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
			run.setText(text);
			run.setFontSize(Layout.TABLE_SIZE);
			run.setBold(head);
			run.setFontColor(INK);
			if (head) {
				cell.setFillColor(HEAD);
			}
			cell.setBorderColor(TableCell.BorderEdge.bottom, new Color(0xBB, 0xBB, 0xBB));
			cell.setBorderWidth(TableCell.BorderEdge.bottom, 0.75);
		}
	}

	private static double picture(XMLSlideShow show, XSLFSlide page, Deck.Picture picture, double top, double bottom) {
		XSLFPictureData png = show.addPicture(picture.picture().png(), PictureData.PictureType.PNG);
		XSLFPictureData svg = show.addPicture(picture.picture().svg(), PictureData.PictureType.SVG);
		XSLFPictureShape shape = page.createPicture(png);
		shape.setSvgImage(svg);
		Rectangle2D at = Layout.fit(picture, MARGIN, top, Deck.WIDTH - 2 * MARGIN, bottom - top);
		shape.setAnchor(at);
		shape.setName(picture.description());
		return at.getMaxY() + 8;
	}

	private static void text(XSLFSlide page, String text, double size, boolean bold, Color colour, Rectangle2D anchor) {
		XSLFTextBox box = page.createTextBox();
		box.setAnchor(anchor);
		box.setWordWrap(true);
		XSLFTextRun run = box.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		run.setFontColor(colour);
	}

}
