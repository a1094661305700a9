package io.crisisradar.scenario;

import java.util.List;

/**
 * How people write a brand's name, so that generated texts name brands the way the job's brand
 * rules (jobs/local/brands.json) match them: the base form, Polish inflected forms with their
 * preposition, handles and hashtags.
 *
 * @param nominatives base forms as people type them; repeats weight the choice ("Błysk" more
 *     often than "Kurier Błysk" or "blysk")
 * @param genitive "Błysku" ("paczka z Błysku")
 * @param locative "Błysku" ("o Błysku")
 * @param inBrand the locative with its preposition, "w Błysku", "we FreshCo"
 * @param instrumental with its preposition, "z Błyskiem"
 * @param dative "Błyskowi"
 * @param handle the brand's main account, with "@"
 * @param careHandle the customer-care account that answers complaints, with "@"
 * @param hashtags hashtags the brand rules know, used as they are
 * @param crisisHashtag what angry customers tag a crisis with (may be unknown to the rules, so a
 *     text never relies on it alone to name the brand)
 * @param campaignHashtag the tag of the brand's own campaigns and contests
 */
public record BrandNames(
        List<String> nominatives,
        String genitive,
        String locative,
        String inBrand,
        String instrumental,
        String dative,
        String handle,
        String careHandle,
        List<String> hashtags,
        String crisisHashtag,
        String campaignHashtag) {

    public BrandNames {
        nominatives = List.copyOf(nominatives);
        hashtags = List.copyOf(hashtags);
        if (nominatives.isEmpty()) {
            throw new IllegalArgumentException("a brand needs at least one name");
        }
    }
}
