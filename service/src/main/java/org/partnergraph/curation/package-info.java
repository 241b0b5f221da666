/**
 * Curating the network in place: stakeholders and links created, changed and deleted one
 * at a time, by the import's own rules (validation, sealed ids, confidentiality), each
 * write conditional on the ETag of the record as last read.
 */
package org.partnergraph.curation;
