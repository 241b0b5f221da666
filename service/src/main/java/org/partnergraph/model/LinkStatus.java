package org.partnergraph.model;

/** Where a partnership is in its life. */
public enum LinkStatus {

	ACTIVE, ENDED, PLANNED, UNKNOWN

}
