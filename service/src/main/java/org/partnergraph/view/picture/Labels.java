package org.partnergraph.view.picture;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places node labels where they overlap no other label and no other node: below the node,
 * else right, above or left of it; a label that fits nowhere is dropped. Nodes come
 * largest first, so where space runs out the smallest lose their labels. Every node keeps
 * its name in its tooltip either way.
 */
final class Labels {

	record Candidate(String text, double x, double y, double r) {
	}

	private final List<Mark> marks;

	private final double top;

	private final double bottom;

	private final double width;

	Labels(List<Mark> marks, double top, double bottom, double width) {
		this.marks = marks;
		this.top = top;
		this.bottom = bottom;
		this.width = width;
	}

	void place(List<Candidate> candidates, List<? extends Rectangle2D> nodes, float size) {
		List<Rectangle2D> taken = new ArrayList<>();
		double ascent = size * 0.76;
		double descent = size * 0.24;
		for (Candidate c : candidates) {
			double w = PictureFont.width(c.text(), size, false);
			double[][] spots = { { c.x() - w / 2, c.y() + c.r() + 2 + ascent },
					{ c.x() + c.r() + 3, c.y() + ascent / 2 }, { c.x() - w / 2, c.y() - c.r() - 2 - descent },
					{ c.x() - c.r() - 3 - w, c.y() + ascent / 2 } };
			for (double[] spot : spots) {
				var box = new Rectangle2D.Double(spot[0] - 1, spot[1] - ascent - 1, w + 2, ascent + descent + 2);
				if (fits(box, taken, nodes, c)) {
					taken.add(box);
					this.marks.add(new Mark.Text(spot[0], spot[1], c.text(), size, false, Scene.INK, true, "label"));
					break;
				}
			}
		}
	}

	private boolean fits(Rectangle2D box, List<Rectangle2D> taken, List<? extends Rectangle2D> nodes, Candidate own) {
		if (box.getMinX() < 2 || box.getMaxX() > this.width - 2 || box.getMinY() < this.top
				|| box.getMaxY() > this.bottom) {
			return false;
		}
		for (Rectangle2D other : taken) {
			if (other.intersects(box)) {
				return false;
			}
		}
		for (Rectangle2D node : nodes) {
			boolean itself = Math.abs(node.getCenterX() - own.x()) < 1e-9
					&& Math.abs(node.getCenterY() - own.y()) < 1e-9;
			if (!itself && node.intersects(box)) {
				return false;
			}
		}
		return true;
	}

}
