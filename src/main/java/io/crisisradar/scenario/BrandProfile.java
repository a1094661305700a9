package io.crisisradar.scenario;

import java.util.List;

/**
 * One brand in a scenario: its names, line of business, how much it is talked about and when.
 *
 * @param id the brand id of the job's brand rules
 * @param peakHourlyRate expected everyday mentions per hour at the busiest weekday hour, before
 *     the scenario's rate multiplier
 * @param polishShare share of everyday mentions written in Polish (the rest in English)
 * @param saturdayFactor activity on Saturdays relative to a weekday
 * @param sundayFactor activity on Sundays relative to a weekday
 * @param influencers well-followed accounts that write about this brand now and then, and whose
 *     posts can start a crisis
 */
public record BrandProfile(
        String id,
        Sector sector,
        BrandNames names,
        double peakHourlyRate,
        double polishShare,
        double saturdayFactor,
        double sundayFactor,
        List<Persona> influencers) {

    public BrandProfile {
        influencers = List.copyOf(influencers);
        if (!(peakHourlyRate > 0)) {
            throw new IllegalArgumentException("peakHourlyRate of " + id + " must be positive");
        }
        if (polishShare < 0 || polishShare > 1) {
            throw new IllegalArgumentException("polishShare of " + id + " must be in [0, 1]");
        }
        if (influencers.isEmpty()) {
            throw new IllegalArgumentException("brand " + id + " needs at least one influencer");
        }
    }
}
