/**
 * Detectors for personal data without a checksum: names, street addresses, dates of birth,
 * passport numbers and medical record numbers. Entry point: {@link
 * dev.veil.detect.names.NameDetectors#all()}.
 *
 * <p>Map: {@code PersonDetector} (capitalised runs, judged with {@code NameLexicon} and
 * {@code PersonCues}; {@code Tokens} is the one-pass tokenizer that lists the capitalised tokens
 * and can skip prose far from any capital, {@code WordReader} reads one word, {@code
 * PersonHeading} spots Title Case lines, {@code WordTable} the allocation-free word lookup);
 * {@code StreetAddressDetector} (street-word anchors, then patterns in a window);
 * {@code ContextRules} builds the keyword-anchored {@code ContextValueDetector}s for
 * DATE_OF_BIRTH, PASSPORT and MEDICAL_RECORD_NUMBER ({@code Keywords} matches whole words).
 * Word data: {@code names.tsv} (generated, see NOTICE.txt) and {@code lexicon.txt} (hand-kept).
 */
package dev.veil.detect.names;
