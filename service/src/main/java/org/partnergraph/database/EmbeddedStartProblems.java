package org.partnergraph.database;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.io.locker.FileLockException;
import org.partnergraph.startup.StartupProblem;

/**
 * What can stop the embedded database from starting that the person starting the service
 * can fix, checked before Neo4j starts where that is cheap, and recognised in what Neo4j
 * throws otherwise.
 */
final class EmbeddedStartProblems {

	private EmbeddedStartProblems() {
	}

	/** The data directory exists, or can be made, and is writable. */
	static void checkDataDirectory(Path home) {
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw StartupProblem.dataDirectoryNotWritable(home, "cannot create it (" + ex + ")", ex);
		}
		if (!Files.isWritable(home)) {
			throw StartupProblem.dataDirectoryNotWritable(home, "no write permission", null);
		}
	}

	/** Nothing listens on the loopback Bolt port yet. */
	static void checkBoltPort(int port) {
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (BindException ex) {
			if (String.valueOf(ex.getMessage()).contains("in use")) {
				throw boltPortInUse(port, ex);
			}
		}
		catch (IOException ex) {
			// Not a busy port: let Neo4j try and report it.
		}
	}

	/**
	 * The problem behind a failed Neo4j start, when it is one of ours, or the failure as
	 * it was.
	 */
	static RuntimeException explain(RuntimeException failure, Path home, int boltPort) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PortBindException) {
				return boltPortInUse(boltPort, failure);
			}
			if (cause instanceof FileLockException) {
				// Neo4j's message tells "held by another process" from "cannot write the
				// lock file".
				return String.valueOf(cause.getMessage()).contains("permission")
						? StartupProblem.dataDirectoryNotWritable(home, "the lock file cannot be written", failure)
						: StartupProblem.dataDirectoryInUse(home, failure);
			}
		}
		return failure;
	}

	private static StartupProblem boltPortInUse(int port, Throwable cause) {
		return StartupProblem.portInUse(port, "Bolt of the embedded database", "partnergraph.bolt-port",
				"PARTNERGRAPH_BOLT_PORT", cause);
	}

}
