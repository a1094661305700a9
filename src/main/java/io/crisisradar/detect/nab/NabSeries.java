package io.crisisradar.detect.nab;

import java.util.List;

/**
 * One NAB data file with its scoring windows, as row indices.
 *
 * @param name key in NAB's label files, e.g. {@code realTweets/Twitter_volume_AAPL.csv}
 * @param timestamps row timestamps as written ({@code yyyy-MM-dd HH:mm:ss})
 * @param epochMillis the same, as UTC epoch milliseconds
 * @param values row values
 * @param windows anomaly windows, in time order, inclusive row indices
 */
public record NabSeries(
        String name, List<String> timestamps, long[] epochMillis, double[] values, List<Window> windows) {

    /** An anomaly window, first and last row inclusive. */
    public record Window(int left, int right) {
        public Window {
            if (right < left) {
                throw new IllegalArgumentException("window ends before it starts: " + left + ".." + right);
            }
        }

        public int width() {
            return right - left + 1;
        }

        public boolean contains(int row) {
            return row >= left && row <= right;
        }
    }

    public int size() {
        return values.length;
    }

    /** Short name: the file name without directory and extension. */
    public String shortName() {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    }

    /** 1 when the row lies in a window (the {@code label} column of NAB's results files). */
    public int label(int row) {
        return windows.stream().anyMatch(w -> w.contains(row)) ? 1 : 0;
    }
}
