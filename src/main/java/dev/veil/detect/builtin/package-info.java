/**
 * The built-in detectors for structured personal data and secrets; the one entry point is
 * {@link dev.veil.detect.builtin.BuiltinDetectors#all}.
 *
 * <p>Map of the package:
 * <ul>
 *   <li>{@code DigitRunDetector}: cuts the text once into {@code DigitRun}s (digit groups joined
 *       by single separators) and runs every {@code DigitRule} on them: cards, US SSN/ITIN/ABA,
 *       UK NHS, CA SIN, IN Aadhaar, PL PESEL, DE tax id, SE personnummer, FR INSEE, bare US
 *       passport numbers.
 *   <li>{@code TokenDetector}: cuts the text once into ASCII letter-and-digit tokens and runs
 *       every {@code CodeRule} whose token lengths fit: IBAN, ES NIF/NIE, IT fiscal code, UK NINO,
 *       passports, IN PAN, FI HETU, crypto addresses, MAC addresses.
 *   <li>{@code EmailDetector}, {@code IpAddressDetector}, {@code PhoneDetector}
 *       (libphonenumber, on the windows {@code PhoneWindows} cuts, after {@code NumberScreen}
 *       and {@code NumberShapes} rule out windows no region could read as a valid number;
 *       {@code DateShape} tells dates and dotted quads).
 *   <li>{@code SecretDetector}: {@code TextRule}s anchored on literals: vendor tokens
 *       ({@code SecretTokens}), JWTs, PEM private keys, credential key/value pairs
 *       ({@code SecretKeys}), URL userinfo.
 *   <li>Shared: {@code Glue} (when a candidate is part of a longer identifier), {@code Checksums},
 *       {@code Scores} (the score scale), {@code Timestamps}.
 * </ul>
 */
package dev.veil.detect.builtin;
