package org.partnergraph.algorithms;

import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedMinHeapTest {

	@Test
	void emptyHeap() {
		assertThat(new IndexedMinHeap(0).isEmpty()).isTrue();
	}

	@Test
	void pollsInKeyOrderUnderRandomInsertsAndDecreases() {
		int n = 2_000;
		IndexedMinHeap heap = new IndexedMinHeap(n);
		double[] key = new double[n];
		java.util.Arrays.fill(key, Double.NaN);
		// The model: a sorted set of (key, node).
		TreeSet<long[]> model = new TreeSet<>(
				(a, b) -> (a[0] != b[0]) ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		SplittableRandom random = new SplittableRandom(1);
		for (int step = 0; step < 50_000; step++) {
			if (random.nextInt(3) > 0 || model.isEmpty()) {
				int node = random.nextInt(n);
				long k = random.nextInt(1_000_000);
				boolean present = !Double.isNaN(key[node]);
				heap.insertOrDecrease(node, k);
				if (!present) {
					key[node] = k;
					model.add(new long[] { k, node });
				}
				else if (k < key[node]) {
					model.remove(new long[] { (long) key[node], node });
					key[node] = k;
					model.add(new long[] { k, node });
				}
			}
			else {
				int polled = heap.pollMin();
				long[] expected = model.pollFirst();
				assertThat(key[polled]).isEqualTo((double) expected[0]);
				if (polled != expected[1]) {
					// a tie on the key: either node is a correct answer; keep the model
					// in step
					model.add(expected);
					model.remove(new long[] { (long) key[polled], polled });
				}
				key[polled] = Double.NaN;
			}
		}
		while (!heap.isEmpty()) {
			int polled = heap.pollMin();
			assertThat(model.pollFirst()[0]).isEqualTo((long) key[polled]);
			key[polled] = Double.NaN;
		}
		assertThat(model).isEmpty();
	}

}
