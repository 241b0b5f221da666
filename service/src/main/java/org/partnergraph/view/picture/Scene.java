package org.partnergraph.view.picture;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.view.VisibleNetwork;

/**
 * A picture of a view, worked out once in CSS pixels and drawn by both writers
 * ({@link SvgPicture}, {@link PngPicture}): the title, the links and the nodes at the
 * view's positions, the labels that fit, the legend of what is drawn and the source line.
 * Everything in it comes from the {@link VisibleNetwork} and the options, in a fixed
 * order, so the same view gives the same marks, and the same bytes.
 *
 * @param width in CSS pixels
 * @param height in CSS pixels
 * @param title the view's name, for the SVG's own title
 * @param marks in drawing order
 */
public record Scene(double width, double height, String title, List<Mark> marks) {

	static final Color INK = new Color(0x22, 0x22, 0x22);

	static final Color GREY = new Color(0x55, 0x55, 0x55);

	static final Color OUTLINE = new Color(0x33, 0x33, 0x33);

	private static final double MARGIN = 24;

	private static final double MIN_RADIUS = 5;

	private static final double MAX_RADIUS = 18;

	private static final double PLAIN_RADIUS = 9;

	private static final float LABEL_SIZE = 11;

	private static final float LEGEND_SIZE = 12;

	private static final float TITLE_SIZE = 22;

	/**
	 * @param network what to draw, as the reader may see it
	 * @param name the view's name
	 * @param sized whether nodes are sized by degree (else all the same)
	 * @param asOf the day the source line names
	 * @param options how to draw
	 */
	public static Scene of(VisibleNetwork network, String name, boolean sized, String asOf, PictureOptions options) {
		return new Builder(network, name, sized, asOf, options).build();
	}

	/** The source line under every picture. */
	public static String sourceLine(VisibleNetwork network, String asOf) {
		int n = network.nodes().size();
		String names = network.levels().stream().map(Enum::name).collect(Collectors.joining(" and "));
		String levels = network.levels().isEmpty() ? "nothing visible"
				: network.publicOnly() ? "PUBLIC only" : names + " data";
		return "PartnerGraph, data as of " + asOf + ", " + n + (n == 1 ? " organisation" : " organisations") + ", "
				+ levels;
	}

	/** The label the explorer shows for a node. */
	static String shortLabel(VisibleNetwork.Node node) {
		String name = node.label() == null ? node.id() : node.label();
		if (node.acronym() != null && !node.acronym().isBlank() && name.length() > 28) {
			return node.acronym();
		}
		return name.length() > 32 ? name.substring(0, 30) + "\u2026" : name;
	}

	static Color colour(String hex) {
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}

	private static final class Builder {

		private final VisibleNetwork network;

		private final String name;

		private final boolean sized;

		private final String asOf;

		private final PictureOptions options;

		private final List<Mark> marks = new ArrayList<>();

		private final double width;

		Builder(VisibleNetwork network, String name, boolean sized, String asOf, PictureOptions options) {
			this.network = network;
			this.name = name;
			this.sized = sized;
			this.asOf = asOf;
			this.options = options;
			this.width = options.width();
		}

		Scene build() {
			double y = MARGIN;
			if (this.options.title()) {
				y += TITLE_SIZE;
				this.marks.add(new Mark.Text(MARGIN, y, this.name, TITLE_SIZE, true, INK, false, "title"));
				y += 16;
			}
			double graphBottom = drawNetwork(y);
			y = graphBottom + 16;
			if (this.options.legend()) {
				y = drawLegend(y);
			}
			y += 14;
			this.marks
				.add(new Mark.Text(MARGIN, y, sourceLine(this.network, this.asOf), 11, false, GREY, false, "source"));
			double height = Math.ceil(y + MARGIN);
			if (!this.options.transparent()) {
				this.marks.addFirst(
						new Mark.Area(new Rectangle2D.Double(0, 0, this.width, height), Color.WHITE, null, 0, null));
			}
			return new Scene(this.width, height, this.name, List.copyOf(this.marks));
		}

		/**
		 * Links, nodes and labels below {@code top}; answers the bottom of the drawing.
		 */
		private double drawNetwork(double top) {
			List<VisibleNetwork.Node> nodes = this.network.nodes();
			double inner = this.width - 2 * MARGIN - 2 * MAX_RADIUS;
			if (nodes.isEmpty()) {
				this.marks.add(new Mark.Text(MARGIN, top + 40, "Nothing to show at this confidentiality level.", 14,
						false, GREY, false, "empty"));
				return top + 60;
			}
			double minX = Double.MAX_VALUE;
			double minY = Double.MAX_VALUE;
			double maxX = -Double.MAX_VALUE;
			double maxY = -Double.MAX_VALUE;
			for (VisibleNetwork.Node node : nodes) {
				minX = Math.min(minX, node.x());
				maxX = Math.max(maxX, node.x());
				minY = Math.min(minY, node.y());
				maxY = Math.max(maxY, node.y());
			}
			double spanX = Math.max(maxX - minX, 1e-9);
			double spanY = Math.max(maxY - minY, 1e-9);
			// Keep the layout's proportions, within a picture from wide to square.
			double innerHeight = Math.min(inner, Math.max(inner * 0.4, inner * spanY / spanX));
			double unit = Math.min(inner / spanX, innerHeight / spanY);
			if (maxX - minX < 1e-9 && maxY - minY < 1e-9) {
				unit = 0;
			}
			double offsetX = MARGIN + MAX_RADIUS + (inner - unit * (maxX - minX)) / 2;
			double offsetY = top + MAX_RADIUS + (innerHeight - unit * (maxY - minY)) / 2;
			int maxDegree = nodes.stream().mapToInt(VisibleNetwork.Node::degree).max().orElse(0);
			Map<String, Placed> placed = new HashMap<>();
			for (VisibleNetwork.Node node : nodes) {
				double r = !this.sized ? PLAIN_RADIUS : maxDegree <= 0 ? MIN_RADIUS
						: MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) node.degree() / maxDegree);
				placed.put(node.id(),
						new Placed(node, offsetX + (node.x() - minX) * unit, offsetY + (node.y() - minY) * unit, r));
			}
			for (VisibleNetwork.Edge edge : this.network.edges()) {
				drawEdge(edge, placed.get(edge.source()), placed.get(edge.target()));
			}
			for (VisibleNetwork.Node node : nodes) {
				Placed at = placed.get(node.id());
				this.marks.add(new Mark.Area(NodeShapes.of(node.sector().shape(), at.x, at.y, at.r),
						colour(node.sector().colour()), OUTLINE, 0.8, new Mark.Node(node.id(), node.label(),
								node.sector().label(), node.degree(), node.countries())));
			}
			double bottom = top + 2 * MAX_RADIUS + innerHeight;
			new Labels(this.marks, top, bottom + 4, this.width).place(
					placed.values()
						.stream()
						.sorted(Comparator.comparingDouble((Placed p) -> -p.r)
							.thenComparing(p -> p.node.label())
							.thenComparing(p -> p.node.id()))
						.map(p -> new Labels.Candidate(shortLabel(p.node), p.x, p.y, p.r))
						.toList(),
					placed.values()
						.stream()
						.map(p -> new Rectangle2D.Double(p.x - p.r, p.y - p.r, 2 * p.r, 2 * p.r))
						.toList(),
					LABEL_SIZE);
			return bottom;
		}

		private void drawEdge(VisibleNetwork.Edge edge, Placed from, Placed to) {
			LinkType type = edge.type();
			Color colour = colour(type.colour());
			this.marks.add(new Mark.Line(from.x, from.y, to.x, to.y, colour, 1.2, dash(type.lineStyle())));
			double dx = to.x - from.x;
			double dy = to.y - from.y;
			double length = Math.hypot(dx, dy);
			if (type.symmetric() || length < to.r + 10) {
				return;
			}
			double ux = dx / length;
			double uy = dy / length;
			double tipX = to.x - ux * (to.r + 1);
			double tipY = to.y - uy * (to.r + 1);
			var arrow = new Path2D.Double();
			arrow.moveTo(tipX, tipY);
			arrow.lineTo(tipX - ux * 8 - uy * 3.5, tipY - uy * 8 + ux * 3.5);
			arrow.lineTo(tipX - ux * 8 + uy * 3.5, tipY - uy * 8 - ux * 3.5);
			arrow.closePath();
			this.marks.add(new Mark.Area(arrow, colour, null, 0, null));
		}

		/** The sectors and link types drawn, in the enums' order; answers the y below. */
		private double drawLegend(double top) {
			Set<Sector> sectors = EnumSet.noneOf(Sector.class);
			this.network.nodes().forEach(node -> sectors.add(node.sector()));
			Set<LinkType> types = EnumSet.noneOf(LinkType.class);
			this.network.edges().forEach(edge -> types.add(edge.type()));
			double y = top;
			double x = MARGIN;
			double rowHeight = 20;
			y += rowHeight / 2;
			for (Sector sector : sectors) {
				double entry = 18 + PictureFont.width(sector.label(), LEGEND_SIZE, false) + 18;
				if (x + entry > this.width - MARGIN && x > MARGIN) {
					x = MARGIN;
					y += rowHeight;
				}
				this.marks.add(new Mark.Area(NodeShapes.of(sector.shape(), x + 7, y, 7), colour(sector.colour()),
						OUTLINE, 0.8, null));
				this.marks
					.add(new Mark.Text(x + 18, y + 4.2, sector.label(), LEGEND_SIZE, false, INK, false, "legend"));
				x += entry;
			}
			if (!types.isEmpty()) {
				x = MARGIN;
				y += rowHeight;
			}
			for (LinkType type : types) {
				String label = type.label() + (type.symmetric() ? "" : " \u2192");
				double entry = 30 + PictureFont.width(label, LEGEND_SIZE, false) + 18;
				if (x + entry > this.width - MARGIN && x > MARGIN) {
					x = MARGIN;
					y += rowHeight;
				}
				this.marks.add(new Mark.Line(x, y, x + 24, y, colour(type.colour()), 2, dash(type.lineStyle())));
				this.marks.add(new Mark.Text(x + 30, y + 4.2, label, LEGEND_SIZE, false, INK, false, "legend"));
				x += entry;
			}
			return y + rowHeight / 2;
		}

		private static float[] dash(String style) {
			return switch (style) {
				case "dashed" -> new float[] { 6, 4 };
				case "dotted" -> new float[] { 1.5f, 3 };
				default -> new float[0];
			};
		}

	}

	private record Placed(VisibleNetwork.Node node, double x, double y, double r) {
	}

}
