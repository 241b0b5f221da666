package org.partnergraph.startup;

import java.nio.file.Path;

/**
 * A reason the service cannot start that the person starting it can fix: a port another
 * process holds, or a data directory in use or not writable. It is reported as one line
 * naming the setting that changes it, without a stack trace (see
 * {@link StartupProblemFailureAnalyzer}).
 */
public class StartupProblem extends RuntimeException {

	private final String action;

	StartupProblem(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	/** What to do about it, naming the setting and its environment variable. */
	public String action() {
		return this.action;
	}

	/**
	 * @param port the port asked for
	 * @param what what would have listened there, e.g. "HTTP"
	 * @param property the setting that chooses the port
	 * @param variable that setting's environment variable
	 */
	public static StartupProblem portInUse(int port, String what, String property, String variable, Throwable cause) {
		return new StartupProblem("Port " + port + " (" + what + ") is already in use by another process.",
				"Stop that process, or choose another port with " + property + " (environment variable " + variable
						+ ").",
				cause);
	}

	public static StartupProblem dataDirectoryInUse(Path dir, Throwable cause) {
		return new StartupProblem("The data directory " + dir
				+ " is in use by another process (another PartnerGraph, or a Neo4j opened on it) or cannot be locked.",
				"Stop that process, or choose another directory with " + DATA_DIR_SETTING + ".", cause);
	}

	public static StartupProblem dataDirectoryNotWritable(Path dir, String why, Throwable cause) {
		return new StartupProblem("The data directory " + dir + " cannot be written: " + why + ".",
				"Give the user running the service write access to it, or choose another directory with "
						+ DATA_DIR_SETTING + ".",
				cause);
	}

	private static final String DATA_DIR_SETTING = "partnergraph.data-dir (environment variable PARTNERGRAPH_DATA_DIR)";

}
