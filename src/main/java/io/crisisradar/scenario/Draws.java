package io.crisisradar.scenario;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws for the generator: Poisson and gamma counts, lognormal sizes, weighted choices and
 * independent seeded streams. Every draw goes through a {@link SplittableRandom} whose algorithm
 * is fixed by its specification, so a seed gives the same scenario on every JVM.
 */
final class Draws {

    private Draws() {}

    /**
     * An independent stream for one purpose ("background counts of blysk"), so that adding an
     * event or a brand does not shift the draws of everything generated after it.
     */
    static SplittableRandom stream(long seed, String... purpose) {
        long h = seed;
        for (String part : purpose) {
            h = mix(h ^ fnv64(part));
        }
        return new SplittableRandom(mix(h));
    }

    /** SplitMix64's finaliser: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * A Poisson count. Knuth's product method is exact and cheap for small means; larger means are
     * split into chunks of at most 30 (a sum of Poissons is Poisson), which keeps it exact. Means
     * here are per minute, so the cost stays small.
     */
    static int poisson(SplittableRandom random, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        int total = 0;
        double left = mean;
        while (left > 0) {
            double chunk = Math.min(left, 30.0);
            left -= chunk;
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                total++;
                product *= random.nextDouble();
            }
        }
        return total;
    }

    /** A gamma variate with the given shape and scale 1 (Marsaglia and Tsang). */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    /** A multiplicative noise factor with mean 1 and coefficient of variation 1/sqrt(shape). */
    static double gammaNoise(SplittableRandom random, double shape) {
        return gamma(random, shape) / shape;
    }

    /** A standard normal variate (Box-Muller, one value per call so no state is carried). */
    static double normal(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** exp(mu + sigma * N(0, 1)). */
    static double lognormal(SplittableRandom random, double mu, double sigma) {
        return Math.exp(mu + sigma * normal(random));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index drawn with probability proportional to its weight. */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A uniform integer in [from, to]. */
    static int between(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}
