package org.partnergraph.view;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/views} and {@code PUT /api/v1/views/{id}}. Only
 * {@code name} is required; a view without positions is laid out by the server.
 */
public record ViewRequest(String name, String description, ViewFilters filters, String colourBy, String sizeBy,
		String layout, Map<String, SavedView.Position> positions, SavedView.Focus focus, String panel) {
}
