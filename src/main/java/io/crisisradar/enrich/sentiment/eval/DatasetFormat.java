package io.crisisradar.enrich.sentiment.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled file formats of the development data, with readers that fail with the file and
 * line of the first malformed record.
 */
public enum DatasetFormat {
    /** TweetEval: {@code *_text.txt} one tweet per line, sibling {@code *_labels.txt} with 0/1/2. */
    TWEETEVAL(LabelSpace.THREE_CLASS),
    /** PolEmo 2.0 IN (KLEJ): header, then {@code text<TAB>__label__meta_{minus_m,plus_m,zero,amb}}. */
    POLEMO_IN(LabelSpace.FOUR_CLASS),
    /** PolEmo 2.0 sentences: header {@code text<TAB>label}, labels minus_m / plus_m / zero / amb. */
    POLEMO_SENTENCES(LabelSpace.FOUR_CLASS),
    /** Mozetič et al.: header {@code tweet_id<TAB>label<TAB>text}, quoted fields may span lines. */
    MOZETIC(LabelSpace.BINARY),
    /**
     * VADER ground truth: {@code id<TAB>valence<TAB>text}, mean human valence in [-4, 4]; read as
     * positive above 0.5, negative below -0.5, neutral between (our choice, see docs/sentiment.md).
     */
    VADER_GROUND_TRUTH(LabelSpace.THREE_CLASS);

    /** Human valence at or beyond which a VADER ground-truth text counts as polar. */
    public static final double VADER_POLAR = 0.5;

    private final LabelSpace labelSpace;

    DatasetFormat(LabelSpace labelSpace) {
        this.labelSpace = labelSpace;
    }

    /** The classes this format is labelled with. */
    public LabelSpace labelSpace() {
        return labelSpace;
    }

    /** Guesses the format from the file name and first line. */
    public static DatasetFormat detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith("_text.txt") || name.endsWith("_labels.txt")) {
            return TWEETEVAL;
        }
        String first;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = r.readLine();
        }
        if (first == null) {
            throw new IOException(file + ": empty file");
        }
        first = stripBom(first);
        if (first.startsWith("tweet_id\t")) {
            return MOZETIC;
        }
        if (first.startsWith("sentence\ttarget") || first.contains("__label__")) {
            return POLEMO_IN;
        }
        if (first.startsWith("text\tlabel")) {
            return POLEMO_SENTENCES;
        }
        String[] f = first.split("\t", 3);
        if (f.length == 3 && isNumber(f[1])) {
            return VADER_GROUND_TRUTH;
        }
        throw new IOException(file + ":1: unknown format; pass --format");
    }

    /** Reads {@code file} (for TweetEval, either file of the pair). */
    public List<LabelledText> read(Path file) throws IOException {
        return switch (this) {
            case TWEETEVAL -> readTweetEval(file);
            case POLEMO_IN, POLEMO_SENTENCES -> readPolEmo(file);
            case MOZETIC -> readMozetic(file);
            case VADER_GROUND_TRUTH -> readVader(file);
        };
    }

    private static List<LabelledText> readTweetEval(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path text = name.endsWith("_labels.txt") ? file.resolveSibling(name.replace("_labels.txt", "_text.txt")) : file;
        Path labels = text.resolveSibling(text.getFileName().toString().replace("_text.txt", "_labels.txt"));
        List<String> texts = Files.readAllLines(text, StandardCharsets.UTF_8);
        List<String> golds = Files.readAllLines(labels, StandardCharsets.UTF_8);
        if (texts.size() != golds.size()) {
            throw new IOException(
                    text + ": " + texts.size() + " texts but " + labels + " has " + golds.size() + " labels");
        }
        List<LabelledText> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String g =
                    switch (golds.get(i).trim()) {
                        case "0" -> "negative";
                        case "1" -> "neutral";
                        case "2" -> "positive";
                        default ->
                            throw new IOException(
                                    labels + ":" + (i + 1) + ": expected label 0, 1 or 2, got '" + golds.get(i) + "'");
                    };
            out.add(new LabelledText(texts.get(i), g, i + 1));
        }
        return out;
    }

    private static List<LabelledText> readPolEmo(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledText> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            if (line.isBlank() || (i == 0 && (line.startsWith("sentence\t") || line.startsWith("text\t")))) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IOException(file + ":" + (i + 1) + ": expected text<TAB>label");
            }
            String raw = line.substring(tab + 1).trim();
            String label = raw.startsWith("__label__meta_") ? raw.substring("__label__meta_".length()) : raw;
            String g =
                    switch (label) {
                        case "minus_m" -> "negative";
                        case "plus_m" -> "positive";
                        case "zero" -> "neutral";
                        case "amb" -> "ambivalent";
                        default -> throw new IOException(file + ":" + (i + 1) + ": unknown PolEmo label '" + raw + "'");
                    };
            out.add(new LabelledText(line.substring(0, tab), g, i + 1));
        }
        return out;
    }

    private static List<LabelledText> readVader(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledText> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 3);
            if (f.length < 3 || !isNumber(f[1])) {
                throw new IOException(file + ":" + (i + 1) + ": expected id<TAB>valence<TAB>text");
            }
            double v = Double.parseDouble(f[1]);
            String g = v >= VADER_POLAR ? "positive" : v <= -VADER_POLAR ? "negative" : "neutral";
            out.add(new LabelledText(f[2], g, i + 1));
        }
        return out;
    }

    /** Tab-separated with double-quoted fields that may hold tabs, newlines and doubled quotes. */
    private static List<LabelledText> readMozetic(Path file) throws IOException {
        String s = stripBom(Files.readString(file, StandardCharsets.UTF_8));
        List<LabelledText> out = new ArrayList<>();
        List<String> fields = new ArrayList<>(3);
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean header = true;
        int i = 0;
        int n = s.length();
        while (i <= n) {
            // Parse one field.
            field.setLength(0);
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IOException(file + ":" + recordLine + ": unterminated quoted field");
                    }
                    char c = s.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                    i++;
                }
            }
            while (i < n && s.charAt(i) != '\t' && s.charAt(i) != '\n') {
                if (s.charAt(i) != '\r') {
                    field.append(s.charAt(i));
                }
                i++;
            }
            fields.add(field.toString());
            boolean endOfRecord = i >= n || s.charAt(i) == '\n';
            i++;
            if (endOfRecord) {
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    if (fields.size() != 3) {
                        throw new IOException(
                                file + ":" + recordLine + ": expected 3 tab-separated fields, got " + fields.size());
                    }
                    if (header) {
                        header = false;
                    } else {
                        String g =
                                switch (fields.get(1).trim()) {
                                    case "Positive" -> "positive";
                                    case "Negative" -> "negative";
                                    default ->
                                        throw new IOException(file + ":" + recordLine
                                                + ": expected label Positive or Negative, got '" + fields.get(1) + "'");
                                };
                        out.add(new LabelledText(fields.get(2), g, recordLine));
                    }
                }
                fields.clear();
                line++;
                recordLine = line;
            }
        }
        return out;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
