package org.partnergraph.web;

/**
 * An answer object that a service hands out again, the same instance, for as long as its
 * inputs are unchanged (a cached analysis result, whose cache key holds the data version,
 * the filter with its date and the caller's confidentiality levels). {@link BasisAdvice}
 * keeps its JSON beside it, so a cached answer is serialised once rather than on every
 * request: under load, serialising answers of ten thousand organisations was most of the
 * time of a cached request.
 */
public interface ReusedAnswer {

}
