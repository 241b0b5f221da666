package org.partnergraph.importer;

/**
 * One uploaded file.
 *
 * @param name the name errors refer to
 * @param bytes its content
 */
public record ImportFile(String name, byte[] bytes) {
}
