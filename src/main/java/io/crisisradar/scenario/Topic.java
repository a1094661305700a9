package io.crisisradar.scenario;

import io.crisisradar.enrich.category.ComplaintCategory;
import java.util.Optional;

/**
 * What a generated mention says, with the tone and complaint category it was written with. Each
 * topic has its own phrase templates in {@link Phrasebook}.
 */
public enum Topic {
    DELIVERY(Tone.NEGATIVE, ComplaintCategory.DELIVERY),
    CUSTOMER_SERVICE(Tone.NEGATIVE, ComplaintCategory.CUSTOMER_SERVICE),
    OUTAGE(Tone.NEGATIVE, ComplaintCategory.OUTAGE),
    PRODUCT_DEFECT(Tone.NEGATIVE, ComplaintCategory.PRODUCT_DEFECT),
    PRICING_BILLING(Tone.NEGATIVE, ComplaintCategory.PRICING_BILLING),
    RETURNS_COMPLAINTS(Tone.NEGATIVE, ComplaintCategory.RETURNS_COMPLAINTS),
    SAFETY_HEALTH(Tone.NEGATIVE, ComplaintCategory.SAFETY_HEALTH),
    ETHICS_SCANDAL(Tone.NEGATIVE, ComplaintCategory.ETHICS_SCANDAL),
    /** A news headline about a scandal. */
    SCANDAL_NEWS(Tone.NEGATIVE, ComplaintCategory.ETHICS_SCANDAL),
    /** Dislike without a concrete complaint. */
    DISLIKE(Tone.NEGATIVE, null),
    PRAISE(Tone.POSITIVE, null),
    QUESTION(Tone.NEUTRAL, null),
    /** Neutral talk: news, plans, facts. */
    CHATTER(Tone.NEUTRAL, null),
    /** A neutral news item about the brand (results, openings, appointments). */
    NEWS(Tone.NEUTRAL, null),
    /** "What is going on with X?" while a crisis unfolds. */
    CRISIS_QUESTION(Tone.NEUTRAL, null),
    /** Customers defending the brand during a crisis. */
    DEFENCE(Tone.POSITIVE, null),
    CAMPAIGN_PRAISE(Tone.POSITIVE, null),
    CAMPAIGN_CHATTER(Tone.NEUTRAL, null),
    CAMPAIGN_DISLIKE(Tone.NEGATIVE, null),
    /** The brand's own announcement of a campaign. */
    CAMPAIGN_POST(Tone.POSITIVE, null),
    /** The brand's own contest post. */
    CONTEST_POST(Tone.POSITIVE, null),
    CONTEST_ENTRY(Tone.POSITIVE, null),
    CONTEST_QUESTION(Tone.NEUTRAL, null),
    /** The brand's customer care answering a complaint. */
    BRAND_REPLY(Tone.NEUTRAL, null),
    /** The brand's customer care thanking for praise. */
    BRAND_THANKS(Tone.POSITIVE, null),
    /** The brand's public statement during a crisis. */
    BRAND_STATEMENT(Tone.NEUTRAL, null);

    private final Tone tone;
    private final ComplaintCategory category;

    Topic(Tone tone, ComplaintCategory category) {
        this.tone = tone;
        this.category = category;
    }

    public Tone tone() {
        return tone;
    }

    /** The complaint category the text was written to express, if it is a complaint. */
    public Optional<ComplaintCategory> category() {
        return Optional.ofNullable(category);
    }

    /** The complaint topic of a category. */
    static Topic of(ComplaintCategory category) {
        return valueOf(category.name());
    }

    /** Whether the brand's own account writes this. */
    boolean byBrand() {
        return this == CAMPAIGN_POST
                || this == CONTEST_POST
                || this == BRAND_REPLY
                || this == BRAND_THANKS
                || this == BRAND_STATEMENT;
    }
}
