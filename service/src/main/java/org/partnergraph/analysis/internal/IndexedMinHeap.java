package org.partnergraph.analysis.internal;

import java.util.Arrays;

/**
 * A binary min-heap of node ids {@code 0 .. n-1} keyed by a double, with decrease-key, held in
 * primitive arrays so that Dijkstra's inner loop allocates nothing and boxes nothing.
 *
 * <p>Time: {@code O(log size)} for {@link #insertOrDecrease} and {@link #pollMin}, {@code O(1)}
 * for the rest. Space: {@code 16n} bytes.
 */
final class IndexedMinHeap {

	private final int[] heap;

	/** Position of each node in {@link #heap}, or -1 when it is not there. */
	private final int[] position;

	private final double[] key;

	private int size;

	IndexedMinHeap(int capacity) {
		this.heap = new int[capacity];
		this.position = new int[capacity];
		this.key = new double[capacity];
		Arrays.fill(this.position, -1);
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	/** Adds {@code node} with {@code newKey}, or lowers its key if it is already there. */
	void insertOrDecrease(int node, double newKey) {
		int at = this.position[node];
		if (at < 0) {
			at = this.size++;
			this.heap[at] = node;
			this.position[node] = at;
		}
		else if (newKey >= this.key[node]) {
			return;
		}
		this.key[node] = newKey;
		siftUp(at);
	}

	/** Removes and returns the node with the least key. */
	int pollMin() {
		int min = this.heap[0];
		this.position[min] = -1;
		int last = this.heap[--this.size];
		if (this.size > 0) {
			this.heap[0] = last;
			this.position[last] = 0;
			siftDown(0);
		}
		return min;
	}

	private void siftUp(int at) {
		int node = this.heap[at];
		double k = this.key[node];
		while (at > 0) {
			int parent = (at - 1) >>> 1;
			int p = this.heap[parent];
			if (this.key[p] <= k) {
				break;
			}
			this.heap[at] = p;
			this.position[p] = at;
			at = parent;
		}
		this.heap[at] = node;
		this.position[node] = at;
	}

	private void siftDown(int at) {
		int node = this.heap[at];
		double k = this.key[node];
		int half = this.size >>> 1;
		while (at < half) {
			int child = 2 * at + 1;
			int c = this.heap[child];
			int right = child + 1;
			if (right < this.size && this.key[this.heap[right]] < this.key[c]) {
				child = right;
				c = this.heap[child];
			}
			if (k <= this.key[c]) {
				break;
			}
			this.heap[at] = c;
			this.position[c] = at;
			at = child;
		}
		this.heap[at] = node;
		this.position[node] = at;
	}

}
