package io.crisisradar.mention;

import java.io.Serializable;

/**
 * Who wrote a mention. Every field may be null: platforms and upstream collectors differ in what
 * they know about authors.
 */
public record Author(String id, String handle, Long followers, Boolean verified) implements Serializable {

    /** An author about whom nothing is known. */
    public static final Author UNKNOWN = new Author(null, null, null, null);
}
