package io.crisisradar.care;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the response clock of one conversation remembers: the complaint while it waits for an answer,
 * or, when brand replies came before their complaint, those replies until it comes.
 *
 * <p>A record of a nested record and an array of records: Flink serialises it as a POJO, without
 * Kryo. Immutable; {@link ResponseClock} returns a new one at every step.
 *
 * @param complaint the complaint as last emitted (awaiting or breached), or null when none was seen
 * @param earlyReplies replies seen before the complaint, the earliest per brand; empty once the
 *     complaint is known
 */
public record ClockState(ResponseRecord complaint, BrandReply[] earlyReplies) implements Serializable {

    /** Nothing known: the state of a conversation the clock never saw, or has forgotten. */
    public static final ClockState EMPTY = new ClockState(null, new BrandReply[0]);

    /** A complaint waiting for its answer. */
    static ClockState of(ResponseRecord complaint) {
        return new ClockState(complaint, new BrandReply[0]);
    }

    /** Whether there is nothing to remember, so the state can be cleared. */
    public boolean isEmpty() {
        return complaint == null && earlyReplies.length == 0;
    }

    /** The same state with one more early reply, unless its brand already replied earlier. */
    ClockState withEarlyReply(BrandReply reply) {
        List<BrandReply> replies = new ArrayList<>(List.of(earlyReplies));
        for (int i = 0; i < replies.size(); i++) {
            BrandReply known = replies.get(i);
            if (known.brand().equals(reply.brand())) {
                // The first answer is what counts; a brand's follow-ups do not restart its clock.
                if (reply.at().isBefore(known.at())) {
                    replies.set(i, reply);
                }
                return new ClockState(complaint, replies.toArray(BrandReply[]::new));
            }
        }
        replies.add(reply);
        return new ClockState(complaint, replies.toArray(BrandReply[]::new));
    }
}
