package io.crisisradar.care;

import java.io.Serializable;
import java.time.Instant;

/**
 * A brand's reply to a mention, as far as the response clock needs it. A Flink POJO (a record of
 * strings and an instant), so the clock's state serialises without Kryo.
 *
 * @param id the reply's mention id
 * @param brand the brand whose handle wrote it
 * @param at when it was posted
 */
public record BrandReply(String id, String brand, Instant at) implements Serializable {}
