package io.crisisradar.enrich.category;

/** Recurring kinds of customer complaint (see DESIGN.md and the customer-care articles in seeds/). */
public enum ComplaintCategory {
    /** The product is defective, broken, dirty or not as described. */
    PRODUCT_DEFECT,
    /** Delivery or the service itself was late, cancelled, lost, wrong or damaged in transit. */
    DELIVERY,
    /** Nobody answers, long waits, rude or unhelpful staff. */
    CUSTOMER_SERVICE,
    /** Refunds, returns, complaints handling (zwroty, reklamacje), compensation. */
    RETURNS_COMPLAINTS,
    /** Prices, fees, overcharging, invoices. */
    PRICING_BILLING,
    /** Danger to health or safety: poisoning, allergens, injuries, fire. */
    SAFETY_HEALTH,
    /** Racism, discrimination, scandals, boycotts. */
    ETHICS_SCANDAL,
    /** A site, app or system is down or not working. */
    OUTAGE
}
