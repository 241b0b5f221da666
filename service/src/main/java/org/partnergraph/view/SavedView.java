package org.partnergraph.view;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.partnergraph.model.Confidentiality;

/**
 * A saved view of the network: what to show (filters, focus), how (colour, size, layout,
 * positions) and who made it. The network itself is never copied into a view: every
 * picture, embed or export reads it again through the store, for its reader's eyes.
 *
 * <p>
 * Share links ({@link ShareService}) name a level to draw a view at for anyone holding
 * one; they take positions from {@link ViewNetworks} like every other reader, so they
 * inherit the rule that a level is drawn only from what that level may see.
 *
 * @param id stable id (a UUID)
 * @param name shown as the picture's title
 * @param description optional
 * @param owner the account that made it; with admins, the only one who may change it
 * @param filters the network filters, in normal form
 * @param colourBy sector or community
 * @param sizeBy degree, none, or a measure code
 * @param layout force, concentric, sector or country
 * @param positions node positions the maker arranged (or the server laid out for the
 * maker), by stakeholder id
 * @param positionsLevels the confidentiality levels the positions were made from; they
 * are used only for readers who see at least these levels (see {@link ViewNetworks})
 * @param focus an organisation and its neighbourhood, or null for the whole filtered
 * network
 * @param panel the analysis or gap panel shown with the view, or null
 * @param createdAt when it was made
 * @param updatedAt when it was last changed
 * @param revision counts changes; the ETag
 */
public record SavedView(String id, String name, String description, String owner, ViewFilters filters, String colourBy,
		String sizeBy, String layout, Map<String, Position> positions, List<Confidentiality> positionsLevels,
		Focus focus, String panel, OffsetDateTime createdAt, OffsetDateTime updatedAt, long revision) {

	/** A node's place in the drawing, in layout units (not pixels). */
	public record Position(double x, double y) {
	}

	/** An organisation and the neighbours within {@code steps} links of it (1 to 3). */
	public record Focus(String id, int steps) {
	}

	/** The strong ETag of this revision. */
	public String etag() {
		return "\"" + this.id + "-" + this.revision + "\"";
	}

}
