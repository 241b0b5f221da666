/**
 * Likely duplicate stakeholders: the same organisation entered twice, under its English
 * name, its acronym or its national-language name. {@link DuplicateDetector} compares
 * stakeholder records in memory and never reads the database itself, so every caller
 * decides what it may compare (only what the current caller may see).
 */
package org.partnergraph.duplicates;
