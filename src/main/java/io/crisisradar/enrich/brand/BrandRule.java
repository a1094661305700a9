package io.crisisradar.enrich.brand;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * How to recognise one brand in mention texts.
 *
 * @param id brand id stored on matched mentions (e.g. "allegro")
 * @param names brand names in their base form; Polish inflected forms are derived ("Allegro" also
 *     matches "Allegrze"), matching ignores case and diacritics and respects word boundaries
 * @param handles the brand's own account handles, with or without "@"
 * @param hashtags hashtags that mean the brand, with or without "#"
 * @param exclusions words or phrases whose presence vetoes a name match (e.g. "allegro ma non
 *     troppo"); handle and hashtag matches are not vetoed
 */
public record BrandRule(
        String id, List<String> names, List<String> handles, List<String> hashtags, List<String> exclusions)
        implements Serializable {

    public BrandRule {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("brand id must not be blank");
        }
        names = List.copyOf(names);
        handles = List.copyOf(handles);
        hashtags = List.copyOf(hashtags);
        exclusions = List.copyOf(exclusions);
    }
}
