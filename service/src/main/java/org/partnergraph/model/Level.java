package org.partnergraph.model;

/** The level a stakeholder works at. */
public enum Level {

	REGIONAL, NATIONAL, SUBNATIONAL, INTERNATIONAL

}
