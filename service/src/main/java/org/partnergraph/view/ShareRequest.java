package org.partnergraph.view;

/**
 * The body of {@code POST /api/v1/views/{id}/shares}.
 *
 * @param level PUBLIC or INTERNAL (required)
 * @param expires when the link stops working: an ISO date-time, or a date (the link then
 * works to the end of that day, UTC); absent for the configured default
 * @param anonymiseInternal show INTERNAL organisations as "a CSO in Cambodia" (sector and
 * countries) instead of by name
 */
record ShareRequest(String level, String expires, Boolean anonymiseInternal) {
}
