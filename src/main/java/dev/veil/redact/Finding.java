package dev.veil.redact;

/**
 * One finding as reported to an operator: where it was and what was done, never the value.
 *
 * @param path where the string was: a JSON Pointer into the request ({@code /messages/0/content}),
 *     with {@code #} and an inner pointer for JSON inside a string; empty for plain text
 * @param start first char of the finding in that string, inclusive
 * @param end last char, exclusive
 * @param entity the entity type
 * @param detector the detector or rule that found it
 * @param action the action applied (or that would be, in dry-run mode)
 */
public record Finding(String path, int start, int end, String entity, String detector, String action) {}
