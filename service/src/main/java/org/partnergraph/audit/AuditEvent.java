package org.partnergraph.audit;

import java.time.OffsetDateTime;

/**
 * One audited action.
 *
 * @param id unique id
 * @param at when it happened
 * @param actor who did it: a user name, {@code anonymous} or {@code system}
 * @param action what kind of action, e.g. {@code import}, {@code export}, {@code view},
 * {@code login.failure}
 * @param target what it was done to: a path, a user name, a file
 * @param detail more about it, or null
 */
public record AuditEvent(String id, OffsetDateTime at, String actor, String action, String target, String detail) {
}
