package org.partnergraph.store;

/**
 * Keeps exported text from being run as a formula when a spreadsheet opens it (CSV
 * injection), and undoes that on import so an export imports back to the same data.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/**
	 * Prefixes a quote to text a spreadsheet would read as a formula: starting with = +
	 * - @, a tab or a CR.
	 */
	public static String neutralise(String text) {
		if (text != null && !text.isEmpty() && isFormulaStart(text.charAt(0))) {
			return "'" + text;
		}
		return text;
	}

	/** The inverse of {@link #neutralise}. */
	public static String restore(String text) {
		if (text != null && text.length() > 1 && text.charAt(0) == '\'' && isFormulaStart(text.charAt(1))) {
			return text.substring(1);
		}
		return text;
	}

	private static boolean isFormulaStart(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

}
