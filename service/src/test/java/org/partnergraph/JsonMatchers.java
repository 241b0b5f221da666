package org.partnergraph;

import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;

/** Matchers for JSON values read by JsonPath. */
public final class JsonMatchers {

	private JsonMatchers() {
	}

	/**
	 * JsonPath reads numbers as BigDecimal or Double, so this compares any Number, to
	 * 1e-9.
	 */
	public static Matcher<Object> near(double value) {
		return new CustomMatcher<>("a number within 1e-9 of " + value) {
			@Override
			public boolean matches(Object item) {
				return item instanceof Number number && Math.abs(number.doubleValue() - value) < 1e-9;
			}
		};
	}

}
