package io.crisisradar.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that decides a generated stream: with the same scenario the generator writes the
 * same bytes.
 *
 * @param name the preset it came from ("standard", "demo") or a custom name
 * @param start first instant of the stream (inclusive)
 * @param duration length of the stream; mentions are dated in [start, start + duration)
 * @param zone local time zone of the audience: seasonality follows its clock
 * @param rateMultiplier scales every brand's everyday rate, and with it the events built on it
 * @param disorderSeconds records sent late are late by up to this many seconds (0: sorted by time)
 * @param disorderFraction share of records sent late
 */
public record Scenario(
        String name,
        long seed,
        Instant start,
        Duration duration,
        ZoneId zone,
        List<BrandProfile> brands,
        List<InjectedEvent> events,
        double rateMultiplier,
        int disorderSeconds,
        double disorderFraction) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(zone, "zone");
        brands = List.copyOf(brands);
        events = List.copyOf(events);
        if (duration.toMinutes() < 60) {
            throw new IllegalArgumentException("a scenario must last at least an hour, got " + duration);
        }
        if (brands.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one brand");
        }
        if (!(rateMultiplier > 0) || rateMultiplier > 1000) {
            throw new IllegalArgumentException("rate multiplier must be in (0, 1000], got " + rateMultiplier);
        }
        if (disorderSeconds < 0) {
            throw new IllegalArgumentException("disorder seconds must not be negative, got " + disorderSeconds);
        }
        if (disorderFraction < 0 || disorderFraction > 1) {
            throw new IllegalArgumentException("disorder fraction must be in [0, 1], got " + disorderFraction);
        }
        Set<String> brandIds = new HashSet<>();
        for (BrandProfile b : brands) {
            if (!brandIds.add(b.id())) {
                throw new IllegalArgumentException("brand " + b.id() + " appears twice");
            }
        }
        Set<String> eventIds = new HashSet<>();
        Instant end = start.plus(duration);
        for (InjectedEvent e : events) {
            if (!eventIds.add(e.id())) {
                throw new IllegalArgumentException("event id " + e.id() + " appears twice");
            }
            if (!brandIds.contains(e.brand())) {
                throw new IllegalArgumentException("event " + e.id() + " is about unknown brand " + e.brand());
            }
            if (e.start().isBefore(start) || e.end().isAfter(end)) {
                throw new IllegalArgumentException("event " + e.id() + " (" + e.start() + " .. " + e.end()
                        + ") does not fit into the scenario (" + start + " .. " + end + ")");
            }
        }
    }

    /** The first instant after the stream. */
    public Instant end() {
        return start.plus(duration);
    }

    /** The same scenario with records sent up to {@code seconds} late, a {@code fraction} of them. */
    public Scenario withDisorder(int seconds, double fraction) {
        return new Scenario(name, seed, start, duration, zone, brands, events, rateMultiplier, seconds, fraction);
    }
}
