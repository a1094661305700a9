package io.crisisradar.enrich.sentiment;

/** One unit of a text as the rules see it: a word, an emoji/emoticon, or punctuation. */
final class Token {

    enum Kind {
        WORD,
        /** Emoji or emoticon; its valence comes from the emoji lexicon. */
        EMOJI,
        EXCLAMATION,
        QUESTION,
        /** Comma, full stop and similar: ends a negation scope. */
        BREAK,
        /** A link: no polarity, but links mark news-like, neutral posts. */
        URL,
        /** An @handle: ignored for polarity, counted as a feature. */
        MENTION
    }

    final Kind kind;
    /** Lower-cased word as written (apostrophes normalised); the emoji itself for EMOJI. */
    final String lower;
    /** Lower-cased word with letter runs of three or more collapsed ("goood" to "good"), or null. */
    final String collapsed2;
    /** Lower-cased word with letter runs collapsed to one ("suuuper" to "super"), or null. */
    final String collapsed1;

    final boolean allCaps;
    final boolean hashtag;
    /** Whether this token ends a sentence, so a contrast word's reach stops here. */
    final boolean sentenceEnd;

    Token(
            Kind kind,
            String lower,
            String collapsed2,
            String collapsed1,
            boolean allCaps,
            boolean hashtag,
            boolean sentenceEnd) {
        this.kind = kind;
        this.lower = lower;
        this.collapsed2 = collapsed2;
        this.collapsed1 = collapsed1;
        this.allCaps = allCaps;
        this.hashtag = hashtag;
        this.sentenceEnd = sentenceEnd;
    }

    boolean elongated() {
        return collapsed2 != null;
    }
}
