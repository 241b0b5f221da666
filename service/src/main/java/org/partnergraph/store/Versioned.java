package org.partnergraph.store;

/**
 * A record as read with its revision: a number stored on the node or relationship that
 * every write of it (edit or import) raises by one, in the write's transaction.
 *
 * @param value the record
 * @param revision the revision it was read at
 */
public record Versioned<T>(T value, long revision) {

	/** The strong ETag of this revision. */
	public String etag() {
		return etag(this.revision);
	}

	public static String etag(long revision) {
		return "\"" + revision + "\"";
	}

}
