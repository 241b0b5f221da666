package org.partnergraph.algorithms;

import java.util.Arrays;

/**
 * A binary min-heap of node ids {@code 0 .. n-1} keyed by a double, with decrease-key,
 * held in primitive arrays so that Dijkstra's inner loop allocates nothing and boxes
 * nothing. The keys are stored in heap order beside the ids, so sifting compares
 * neighbouring memory.
 *
 * <p>
 * Time: {@code O(log size)} for {@link #insertOrDecrease} and {@link #pollMin},
 * {@code O(1)} for the rest. Space: {@code 16n} bytes.
 */
final class IndexedMinHeap {

	private final int[] nodes;

	private final double[] keys;

	/** Position of each node in the heap, or -1 when it is not there. */
	private final int[] position;

	private int size;

	IndexedMinHeap(int capacity) {
		this.nodes = new int[capacity];
		this.keys = new double[capacity];
		this.position = new int[capacity];
		Arrays.fill(this.position, -1);
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	/** Adds {@code node} with {@code key}, or lowers its key if it is already there. */
	void insertOrDecrease(int node, double key) {
		int at = this.position[node];
		if (at < 0) {
			at = this.size++;
		}
		else if (key >= this.keys[at]) {
			return;
		}
		siftUp(at, node, key);
	}

	/** Removes and returns the node with the least key. */
	int pollMin() {
		int min = this.nodes[0];
		this.position[min] = -1;
		int last = --this.size;
		if (last > 0) {
			siftDown(this.nodes[last], this.keys[last]);
		}
		return min;
	}

	private void siftUp(int at, int node, double key) {
		while (at > 0) {
			int parent = (at - 1) >>> 1;
			if (this.keys[parent] <= key) {
				break;
			}
			move(parent, at);
			at = parent;
		}
		this.nodes[at] = node;
		this.keys[at] = key;
		this.position[node] = at;
	}

	/** Puts {@code node} at the root and sifts it down. */
	private void siftDown(int node, double key) {
		int at = 0;
		int half = this.size >>> 1;
		while (at < half) {
			int child = 2 * at + 1;
			int right = child + 1;
			if (right < this.size && this.keys[right] < this.keys[child]) {
				child = right;
			}
			if (key <= this.keys[child]) {
				break;
			}
			move(child, at);
			at = child;
		}
		this.nodes[at] = node;
		this.keys[at] = key;
		this.position[node] = at;
	}

	private void move(int from, int to) {
		int node = this.nodes[from];
		this.nodes[to] = node;
		this.keys[to] = this.keys[from];
		this.position[node] = to;
	}

}
