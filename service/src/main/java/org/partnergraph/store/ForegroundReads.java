package org.partnergraph.store;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The projection reads that a request is waiting on, so that work nobody waits on steps
 * aside for them: the history of a large import is written in the background for a minute
 * or more, and on a machine of two cores it halved the speed of the first analysis after
 * the import, which reads the whole network. The history's background writer waits
 * between its parts while such a read runs (a writer that a request waits for does not),
 * for a bounded time, so a steady stream of reads delays the history but never stops it.
 */
@Component
class ForegroundReads {

	private int running;

	synchronized void begin() {
		this.running++;
	}

	synchronized void end() {
		this.running--;
		notifyAll();
	}

	/**
	 * Waits until no read runs, or {@code limit} has passed, or the thread is
	 * interrupted; answers whether none runs.
	 */
	synchronized boolean awaitNone(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (this.running > 0) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

}
