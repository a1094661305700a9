package io.crisisradar.care;

import io.crisisradar.enrich.EnrichedMention;
import java.io.Serializable;

/**
 * A mention as one brand's response clock sees it: a complaint about {@code brand}, or {@code
 * brand}'s own reply. A complaint naming two brands is two of these, one clock each: each brand
 * owes its own answer. A record of a string and the pipeline's mention type, serialised by Flink
 * without Kryo.
 *
 * @param brand the brand whose clock this is
 * @param mention the complaint or the reply
 */
public record TrackedMention(String brand, EnrichedMention mention) implements Serializable {}
