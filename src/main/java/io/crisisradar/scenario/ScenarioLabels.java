package io.crisisradar.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The ground truth of a generated stream, written beside it (never into it): which brands, their
 * usual volume, and every injected event with its kind, shape, cause and time window. Evaluations
 * compare the job's episodes against these events: a CRISIS event should be found between its
 * start and end, a BENIGN one should not raise an alarm. JSON with snake_case names, times in
 * ISO-8601 UTC; the format is described in docs/scenarios.md.
 *
 * @param format version tag of this file's layout
 * @param rateMultiplier the multiplier the everyday rates below already include
 * @param mentions mentions in the stream (brand replies included)
 */
public record ScenarioLabels(
        String format,
        String scenario,
        long seed,
        Instant start,
        Instant end,
        String zone,
        double rateMultiplier,
        long mentions,
        List<BrandLabel> brands,
        List<EventLabel> events) {

    /** The current value of {@link #format()}. */
    public static final String FORMAT = "crisis-radar-scenario-labels/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public ScenarioLabels {
        brands = List.copyOf(brands);
        events = List.copyOf(events);
    }

    /**
     * One brand of the scenario.
     *
     * @param normalHourlyRate expected everyday mentions per hour, averaged over the scenario
     * @param peakHourlyRate expected everyday mentions per hour at the busiest weekday hour
     * @param mentions mentions of this brand in the stream, events included
     */
    public record BrandLabel(
            String id,
            String sector,
            double normalHourlyRate,
            double peakHourlyRate,
            double polishShare,
            long mentions) {}

    /**
     * One injected event.
     *
     * @param cause complaint category of a crisis; CAMPAIGN or CONTEST for benign spikes
     * @param start first extra mention
     * @param peak when the extra rate is highest
     * @param end when the extra rate has fallen below 3 % of its peak
     * @param peakMultiple expected total rate at the peak over the brand's everyday rate then
     * @param baselineHourlyRateAtPeak the brand's expected everyday rate at the peak
     * @param expectedMentions expected extra mentions over the whole event
     * @param mentions extra mentions actually generated (the event's own, not brand replies)
     */
    public record EventLabel(
            String id,
            String brand,
            EventKind kind,
            EventShape shape,
            String cause,
            String language,
            Instant start,
            Instant peak,
            Instant end,
            double peakMultiple,
            double baselineHourlyRateAtPeak,
            long expectedMentions,
            long mentions,
            String description) {}

    /** The labels as indented JSON. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    public static ScenarioLabels read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), ScenarioLabels.class);
    }

    /** Rounds a rate for the labels: two decimals are plenty and keep the file readable. */
    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
