package io.crisisradar.detect.nab;

/** A detector under evaluation: one anomaly score in [0, 1] per row, computed online (causally). */
@FunctionalInterface
public interface SeriesDetector {

    double[] score(long[] epochMillis, double[] values);
}
