package io.crisisradar.detect.window;

import com.dynatrace.hash4j.distinctcount.UltraLogLog;
import java.util.Arrays;

/**
 * A mergeable distinct count of 64-bit hashes: exact while small (most brand-minutes have a handful
 * of authors), an UltraLogLog sketch (hash4j, precision {@value #PRECISION}, 1 KiB, about 2.4 %
 * relative error) beyond {@value #EXACT_LIMIT} distinct values. The exact list never takes more
 * room than the sketch would.
 *
 * <p>A Flink POJO (public fields, no-arg constructor): {@code long[]} and {@code byte[]} serialise
 * without Kryo. Methods never alias another set's arrays, because panes in heap state are live
 * objects that a window assembly must not change.
 */
public final class DistinctSet {

    /** UltraLogLog precision: 2^10 one-byte registers. */
    public static final int PRECISION = 10;

    /** Up to this many distinct hashes are kept exactly. */
    public static final int EXACT_LIMIT = 64;

    /** Distinct hashes while exact (the first {@link #size} slots are used); null once sketched. */
    public long[] hashes;

    /** Number of used slots of {@link #hashes}. */
    public int size;

    /** UltraLogLog state once more than {@link #EXACT_LIMIT} distinct hashes were seen; else null. */
    public byte[] sketch;

    public DistinctSet() {}

    /** Counts {@code hash} (idempotent). */
    public void add(long hash) {
        if (sketch != null) {
            UltraLogLog.wrap(sketch).add(hash);
            return;
        }
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash) {
                return;
            }
        }
        if (size == EXACT_LIMIT) {
            toSketch();
            UltraLogLog.wrap(sketch).add(hash);
            return;
        }
        if (hashes == null) {
            hashes = new long[4];
        } else if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.min(EXACT_LIMIT, size * 2));
        }
        hashes[size++] = hash;
    }

    /** Adds everything counted by {@code other} (left unchanged). */
    public void addAll(DistinctSet other) {
        if (other.sketch != null) {
            if (sketch == null) {
                long[] mine = hashes;
                int mySize = size;
                sketch = other.sketch.clone();
                hashes = null;
                size = 0;
                UltraLogLog ull = UltraLogLog.wrap(sketch);
                for (int i = 0; i < mySize; i++) {
                    ull.add(mine[i]);
                }
            } else {
                UltraLogLog.wrap(sketch).add(UltraLogLog.wrap(other.sketch));
            }
            return;
        }
        for (int i = 0; i < other.size; i++) {
            add(other.hashes[i]);
        }
    }

    /** The number of distinct hashes: exact while small, estimated (rounded) once sketched. */
    public long estimate() {
        return sketch == null ? size : Math.round(UltraLogLog.wrap(sketch).getDistinctCountEstimate());
    }

    /** Whether the count is exact. */
    public boolean exact() {
        return sketch == null;
    }

    private void toSketch() {
        UltraLogLog ull = UltraLogLog.create(PRECISION);
        for (int i = 0; i < size; i++) {
            ull.add(hashes[i]);
        }
        sketch = ull.getState();
        hashes = null;
        size = 0;
    }
}
