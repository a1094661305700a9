package io.crisisradar.enrich.dedup;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Assigns a text to a near-duplicate group through its MinHash band keys: the first band key
 * already known names the group, otherwise the text founds a new group named by its own
 * fingerprint, and every band key of the text then points at that group. Reposts and copy-paste
 * variants of one text share at least one band key with high probability, so they land in one
 * group and count as one "unique voice". Groups are only as old as the store's memory (keyed
 * state with a time-to-live in the job), which bounds state.
 */
public final class NearDuplicateGroups {

    /** Where band keys point to groups; keyed Flink state in the job, a map in tests. */
    public interface Store {
        /** The group a band key points to, or null. */
        Long groupOf(long bandKey) throws Exception;

        void put(long bandKey, long group) throws Exception;
    }

    private NearDuplicateGroups() {}

    /**
     * The group of a text with this fingerprint and these band keys; records the keys. A text with
     * no words left after normalisation (emoji only, a bare link or handle) has all-zero keys and
     * would join every other such text: it gets {@code ownGroup}, its own voice, and stores nothing.
     */
    public static long assign(long fingerprint, long[] bandKeys, long ownGroup, Store store) throws Exception {
        if (fingerprint == 0L && Arrays.stream(bandKeys).allMatch(k -> k == 0L)) {
            return ownGroup;
        }
        Long group = null;
        for (long key : bandKeys) {
            group = store.groupOf(key);
            if (group != null) {
                break;
            }
        }
        long assigned = group == null ? fingerprint : group;
        for (long key : bandKeys) {
            if (store.groupOf(key) == null) {
                store.put(key, assigned);
            }
        }
        return assigned;
    }

    /** A stable 64-bit id for a mention that forms a group of its own. */
    public static long ownGroup(String mentionId) {
        long h = 1125899906842597L;
        for (char c : mentionId.toCharArray()) {
            h = 31 * h + c;
        }
        return h;
    }

    /** The group id as stored in documents: 16 hex digits. */
    public static String format(long group) {
        return HexFormat.of().toHexDigits(group);
    }
}
