/**
 * The redaction policy: what replaces a finding in one string.
 *
 * <ul>
 *   <li>{@link dev.veil.redact.Redactor}: finds (built-in detectors + custom rules), filters
 *       (per-entity min score, allow-list), resolves overlaps, applies actions.
 *   <li>{@link dev.veil.redact.Policy} and {@link dev.veil.redact.Action}: entity type to action,
 *       each action a record (pseudonym, placeholder, mask, hash, redact, block, keep).
 *   <li>{@link dev.veil.redact.RedactionScope}: one request's state (vault, numbering, keyed MAC,
 *       counts); {@link dev.veil.redact.Vault}: the tokens it issued.
 *   <li>{@link dev.veil.redact.RedactionCounts}, {@link dev.veil.redact.Finding}: what was done,
 *       never the values. {@link dev.veil.redact.Blocked}, {@link dev.veil.redact.DetectorFailed}:
 *       the two ways a request is refused here.
 *   <li>Package-private: RegexRule (RE2/J), DictionaryRules and AhoCorasick (all terms in one
 *       pass), Context (boost words), AllowList, Overlaps, Names (PERSON propagation), Tokens
 *       (HMAC and normalisation), ProcessKey.
 * </ul>
 */
package dev.veil.redact;
