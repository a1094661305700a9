package io.crisisradar.scenario;

/**
 * The kinds of injected events, each with a typical time profile and text mix. The profiles are
 * defaults; a scenario may stretch or replace them.
 */
public enum EventShape {
    /**
     * An influencer's post about a defect or a bad experience, then reposts and "same here"
     * complaints snowballing within the hour, decaying over a few hours.
     */
    VIRAL_DEFECT_POST(EventKind.CRISIS, EventCurve.risePlateauDecay(50, 1.5, 10, 75)),
    /** Deliveries fail across a region: complaints ramp up over an hour, stay for hours, then fade. */
    DELIVERY_DELAY_WAVE(EventKind.CRISIS, EventCurve.risePlateauDecay(60, 1, 240, 60)),
    /** An app or network goes down: a near-instant jump, a plateau while it is down, a quick fade. */
    SERVICE_OUTAGE(EventKind.CRISIS, EventCurve.risePlateauDecay(12, 1, 150, 35)),
    /**
     * Complaints that nobody answers: slow exponential growth over hours (about 20x over the
     * growth phase) until the brand finally reacts, then decay.
     */
    IGNORED_COMPLAINTS_SNOWBALL(EventKind.CRISIS, new EventCurve(480, 0, 0.05, 45, 1, 0, 90)),
    /** An ethics scandal breaks in the news: a sudden step, spreading across platforms, slow decay. */
    PR_SCANDAL(EventKind.CRISIS, EventCurve.risePlateauDecay(15, 1, 90, 210)),
    /** The brand's own campaign launches (an ad, a new offer): a large, mostly positive spike. */
    CAMPAIGN_LAUNCH(EventKind.BENIGN, EventCurve.risePlateauDecay(15, 1, 45, 100)),
    /**
     * A contest: an opening spike of copy-paste entries, a sagging plateau for a day, and a hard
     * stop at the deadline.
     */
    GIVEAWAY(EventKind.BENIGN, new EventCurve(30, 1, 0, 24 * 60, 0.3, 300, 4));

    private final EventKind kind;
    private final EventCurve defaultCurve;

    EventShape(EventKind kind, EventCurve defaultCurve) {
        this.kind = kind;
        this.defaultCurve = defaultCurve;
    }

    public EventKind kind() {
        return kind;
    }

    public EventCurve defaultCurve() {
        return defaultCurve;
    }
}
