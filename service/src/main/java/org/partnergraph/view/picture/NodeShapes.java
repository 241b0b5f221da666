package org.partnergraph.view.picture;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * The sector shapes of the explorer (Cytoscape.js names, see {@code model.Sector}) as
 * Java2D shapes, drawn from the same points as the explorer's legend
 * ({@code palette.js}): a box of 20 around (10, 10), scaled here to a radius.
 */
final class NodeShapes {

	private NodeShapes() {
	}

	/**
	 * The shape named {@code name} centred on (cx, cy), about {@code r} from centre to
	 * edge.
	 */
	static Shape of(String name, double cx, double cy, double r) {
		double[] points = switch (name) {
			case "rectangle" -> new double[] { 2, 3, 18, 3, 18, 17, 2, 17 };
			case "round-rectangle" -> new double[] { 4, 3, 16, 3, 18, 5, 18, 15, 16, 17, 4, 17, 2, 15, 2, 5 };
			case "hexagon" -> polygon(6, 0, 9);
			case "octagon" -> polygon(8, Math.PI / 8, 9);
			case "triangle" -> polygon(3, -Math.PI / 2, 9);
			case "diamond" -> new double[] { 10, 1, 19, 10, 10, 19, 1, 10 };
			case "vee" -> new double[] { 1, 2, 10, 8, 19, 2, 10, 19 };
			case "star" -> star();
			default -> null;
		};
		if (points == null) {
			return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
		}
		var path = new Path2D.Double();
		double unit = r / 9;
		for (int i = 0; i < points.length; i += 2) {
			double x = cx + (points[i] - 10) * unit;
			double y = cy + (points[i + 1] - 10) * unit;
			if (i == 0) {
				path.moveTo(x, y);
			}
			else {
				path.lineTo(x, y);
			}
		}
		path.closePath();
		return path;
	}

	private static double[] polygon(int n, double rotation, double r) {
		var points = new double[2 * n];
		for (int i = 0; i < n; i++) {
			double angle = rotation + i * 2 * Math.PI / n;
			points[2 * i] = 10 + r * Math.cos(angle);
			points[2 * i + 1] = 10 + r * Math.sin(angle);
		}
		return points;
	}

	private static double[] star() {
		var points = new double[20];
		for (int i = 0; i < 10; i++) {
			double angle = -Math.PI / 2 + i * Math.PI / 5;
			double r = i % 2 == 0 ? 9.5 : 4;
			points[2 * i] = 10 + r * Math.cos(angle);
			points[2 * i + 1] = 10 + r * Math.sin(angle);
		}
		return points;
	}

}
