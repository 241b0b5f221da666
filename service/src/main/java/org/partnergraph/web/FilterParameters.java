package org.partnergraph.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows which network filters an endpoint's {@code NetworkFilter} argument takes from
 * the query, for endpoints where a filter would mean something else (bridging's own
 * {@code theme}) or nothing (the diff's {@code asOf}). Without it, an endpoint takes
 * every filter and {@code cache}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FilterParameters {

	/**
	 * Filter names the endpoint does not take; sent anyway, they are refused as unknown.
	 */
	String[] except() default {};

	/** Whether the endpoint takes {@code cache=false} to compute afresh. */
	boolean cache() default true;

}
