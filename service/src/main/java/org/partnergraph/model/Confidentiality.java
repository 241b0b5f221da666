package org.partnergraph.model;

/** Who may see a stakeholder or link, from the widest audience to the narrowest. */
public enum Confidentiality {

	PUBLIC, INTERNAL, RESTRICTED

}
