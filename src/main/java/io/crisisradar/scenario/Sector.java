package io.crisisradar.scenario;

import io.crisisradar.enrich.category.ComplaintCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The line of business of a brand: it decides what people complain about, where they write, and
 * when in the day they write most. Figures are invented but follow what the customer-care
 * articles in seeds/ describe (couriers: delivery; banks: outages and fees; telecoms: outages
 * and bills).
 */
public enum Sector {
    COURIER(
            'c',
            Map.of(
                    ComplaintCategory.DELIVERY, 0.55,
                    ComplaintCategory.CUSTOMER_SERVICE, 0.22,
                    ComplaintCategory.RETURNS_COMPLAINTS, 0.10,
                    ComplaintCategory.PRICING_BILLING, 0.07,
                    ComplaintCategory.OUTAGE, 0.06),
            new double[] {0.25, 0.31, 0.08, 0.07, 0.03, 0.15, 0.01, 0.10},
            // Deliveries happen in working hours: people write when the courier does not come.
            13.0,
            3.5,
            0.30),
    BANK(
            'b',
            Map.of(
                    ComplaintCategory.OUTAGE, 0.28,
                    ComplaintCategory.PRICING_BILLING, 0.27,
                    ComplaintCategory.CUSTOMER_SERVICE, 0.27,
                    ComplaintCategory.RETURNS_COMPLAINTS, 0.12,
                    ComplaintCategory.DELIVERY, 0.06),
            new double[] {0.30, 0.24, 0.07, 0.05, 0.05, 0.11, 0.03, 0.15},
            // Morning logins and transfers.
            9.0,
            1.5,
            0.25),
    GROCERY(
            'g',
            Map.of(
                    ComplaintCategory.DELIVERY, 0.30,
                    ComplaintCategory.PRODUCT_DEFECT, 0.27,
                    ComplaintCategory.PRICING_BILLING, 0.14,
                    ComplaintCategory.CUSTOMER_SERVICE, 0.14,
                    ComplaintCategory.RETURNS_COMPLAINTS, 0.08,
                    ComplaintCategory.SAFETY_HEALTH, 0.04,
                    ComplaintCategory.OUTAGE, 0.03),
            new double[] {0.15, 0.31, 0.20, 0.12, 0.04, 0.12, 0.01, 0.05},
            // Evening orders and evening delivery slots.
            20.5,
            1.5,
            0.12),
    TELECOM(
            't',
            Map.of(
                    ComplaintCategory.OUTAGE, 0.34,
                    ComplaintCategory.PRICING_BILLING, 0.28,
                    ComplaintCategory.CUSTOMER_SERVICE, 0.25,
                    ComplaintCategory.PRODUCT_DEFECT, 0.06,
                    ComplaintCategory.RETURNS_COMPLAINTS, 0.05,
                    ComplaintCategory.DELIVERY, 0.02),
            new double[] {0.31, 0.26, 0.07, 0.06, 0.07, 0.11, 0.02, 0.10},
            // Streaming and gaming in the late evening is when a bad connection hurts.
            22.0,
            1.5,
            0.15);

    /** Platforms in the order of the weight arrays. */
    public static final List<String> PLATFORMS =
            List.of("twitter", "facebook", "instagram", "tiktok", "youtube", "reviews", "news", "forum");

    private final char code;
    private final Map<ComplaintCategory, Double> complaintMix;
    private final double[] platformWeights;
    private final double bumpHour;
    private final double bumpWidth;
    private final double bumpHeight;

    Sector(
            char code,
            Map<ComplaintCategory, Double> complaintMix,
            double[] platformWeights,
            double bumpHour,
            double bumpWidth,
            double bumpHeight) {
        this.code = code;
        // EnumMap: Map.of iterates in an order salted per JVM, which would break determinism.
        this.complaintMix = Collections.unmodifiableMap(new EnumMap<>(complaintMix));
        this.platformWeights = platformWeights;
        this.bumpHour = bumpHour;
        this.bumpWidth = bumpWidth;
        this.bumpHeight = bumpHeight;
    }

    /** The letter that restricts a phrase template to this sector ("cg|..." = couriers and grocers). */
    char code() {
        return code;
    }

    /** Shares of complaint categories among this sector's everyday complaints, in enum order. */
    Map<ComplaintCategory, Double> complaintMix() {
        return complaintMix;
    }

    /** Weights of {@link #PLATFORMS} for everyday mentions. */
    double[] platformWeights() {
        return platformWeights.clone();
    }

    /** Extra activity around the sector's busy hour, as a Gaussian bump on the daily profile. */
    double bump(double localHour) {
        double d = Math.abs(localHour - bumpHour);
        d = Math.min(d, 24 - d);
        return bumpHeight * Math.exp(-0.5 * (d / bumpWidth) * (d / bumpWidth));
    }
}
