package io.crisisradar.enrich.sentiment.eval;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The labelled sets under the shared data folder that the evaluation knows by name, and whether
 * the committed models were trained on (the non-held-out part of) them.
 */
public enum KnownDataset {
    TWEETEVAL_VAL("tweeteval-val", "en", "sentiment/en/tweeteval_val_text.txt", DatasetFormat.TWEETEVAL, true),
    VADER_TWEETS(
            "vader-tweets", "en", "sentiment/en/vader_tweets_GroundTruth.txt", DatasetFormat.VADER_GROUND_TRUTH, true),
    VADER_AMAZON(
            "vader-amazon",
            "en",
            "sentiment/en/vader_amazonReviewSnippets_GroundTruth.txt",
            DatasetFormat.VADER_GROUND_TRUTH,
            true),
    POLEMO_IN_DEV("polemo-in-dev", "pl", "sentiment/pl/polemo2_in_dev.tsv", DatasetFormat.POLEMO_IN, true),
    POLEMO_SENTENCES(
            "polemo-medicine-sentences",
            "pl",
            "sentiment/pl/polemo2_medicine_sentences.tsv",
            DatasetFormat.POLEMO_SENTENCES,
            true),
    MOZETIC_PL("mozetic-pl-tweets", "pl", "sentiment/pl/polish_tweets_mozetic2016.tsv", DatasetFormat.MOZETIC, true);

    private final String id;
    private final String lang;
    private final String relativePath;
    private final DatasetFormat format;
    private final boolean trainedOn;

    KnownDataset(String id, String lang, String relativePath, DatasetFormat format, boolean trainedOn) {
        this.id = id;
        this.lang = lang;
        this.relativePath = relativePath;
        this.format = format;
        this.trainedOn = trainedOn;
    }

    /** Short name used in reports. */
    public String id() {
        return id;
    }

    /** ISO 639-1 language of the texts. */
    public String lang() {
        return lang;
    }

    /** Where the set lives under the data folder. */
    public Path path(Path dataDir) {
        return dataDir.resolve(relativePath);
    }

    /** How to read it. */
    public DatasetFormat format() {
        return format;
    }

    /** Whether the training part was used to fit the models, so only the held-out part is fair. */
    public boolean trainedOn() {
        return trainedOn;
    }

    /** Finds the known set a file is, by its path suffix. */
    public static Optional<KnownDataset> forFile(Path file) {
        // Either file of the TweetEval pair names the set.
        String p =
                file.toAbsolutePath().normalize().toString().replace('\\', '/').replace("_labels.txt", "_text.txt");
        for (KnownDataset d : values()) {
            if (p.endsWith(d.relativePath)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
