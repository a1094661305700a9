package io.crisisradar.scenario;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a brand is talked about: a relative rate by local time of day and day of week, 1.0 at the
 * busiest weekday hour. Social media follow the waking day: low at night (02-06 about 15 % of the
 * peak), rising through the morning, highest in the evening. Each sector adds its own busy hours
 * (couriers at midday, banks in the morning), and weekends are quieter or busier per brand and
 * start later in the morning.
 */
final class Seasonality {

    /** Relative weekday activity at the middle of each local hour 0..23, peak 1.0 at 20:00. */
    private static final double[] WEEKDAY = {
        0.36, 0.24, 0.16, 0.15, 0.15, 0.17, 0.27, 0.44, 0.58, 0.66, 0.70, 0.72,
        0.74, 0.73, 0.71, 0.72, 0.76, 0.82, 0.89, 0.96, 1.00, 0.95, 0.78, 0.55
    };

    /** People get up later at weekends: the morning part of the day shifts by this many hours. */
    private static final double WEEKEND_SHIFT_HOURS = 1.5;

    private final ZoneId zone;
    private final Sector sector;
    private final double saturday;
    private final double sunday;
    private final double peak;

    Seasonality(ZoneId zone, BrandProfile brand) {
        this.zone = zone;
        this.sector = brand.sector();
        this.saturday = brand.saturdayFactor();
        this.sunday = brand.sundayFactor();
        double max = 0;
        for (int m = 0; m < 24 * 60; m++) {
            max = Math.max(max, weekday(m / 60.0));
        }
        this.peak = max;
    }

    /** Relative rate at an instant: 1.0 at the busiest weekday hour. */
    double factor(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        double hour = local.getHour() + local.getMinute() / 60.0 + local.getSecond() / 3600.0;
        DayOfWeek day = local.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            // The morning is delayed, most at 06:00, not at all at midnight and noon: no jumps.
            double shifted = hour < 12 ? hour - WEEKEND_SHIFT_HOURS * Math.sin(Math.PI * hour / 12) : hour;
            double dayFactor = day == DayOfWeek.SATURDAY ? saturday : sunday;
            return dayFactor * weekday(shifted) / peak;
        }
        return weekday(hour) / peak;
    }

    private double weekday(double hour) {
        return interpolate(hour) * (1 + sector.bump(hour));
    }

    /** Linear between the hour midpoints, wrapping around midnight, so the rate has no steps. */
    private static double interpolate(double hour) {
        double x = hour - 0.5;
        if (x < 0) {
            x += 24;
        }
        int i = (int) Math.floor(x) % 24;
        double f = x - Math.floor(x);
        return WEEKDAY[i] * (1 - f) + WEEKDAY[(i + 1) % 24] * f;
    }
}
