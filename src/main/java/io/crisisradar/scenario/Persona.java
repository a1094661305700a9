package io.crisisradar.scenario;

/**
 * Someone who writes mentions: an ordinary user, an influencer, a news outlet or a brand's own
 * account.
 *
 * @param id stable author id as the platform would give it
 * @param handle the account name without "@"
 * @param language "pl" or "en": the language this person writes in
 */
public record Persona(String id, String handle, long followers, boolean verified, String language) {}
