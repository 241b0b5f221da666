package org.partnergraph.bridging;

import org.partnergraph.store.Projection;

/**
 * A link in words, from one of its ends: "funds X" from the funder, "is funded by X" from
 * the recipient. Symmetric types read the same both ways.
 */
final class LinkPhrases {

	private LinkPhrases() {
	}

	/**
	 * What {@code subject}, one end of {@code link}, does to the other end, named
	 * {@code other}.
	 */
	static String describe(Projection.Link link, int subject, String other) {
		boolean forward = link.from() == subject;
		return switch (link.type()) {
			case FUNDS -> forward ? "funds " + other : "is funded by " + other;
			case IMPLEMENTS -> forward ? "implements " + other : "is implemented by " + other;
			case CONVENES -> forward ? "convenes " + other : "is convened by " + other;
			case DATA_PARTNERSHIP -> "shares data with " + other;
			case LEADS -> forward ? "leads " + other : "is led by " + other;
			case MEMBER_OF -> forward ? "is a member of " + other : "has " + other + " as a member";
			case SUPPORTS -> forward ? "supports " + other : "is supported by " + other;
			case COLLABORATES -> "works with " + other;
		};
	}

}
