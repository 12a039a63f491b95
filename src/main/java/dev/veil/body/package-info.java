/**
 * The redaction of whole request bodies.
 *
 * <p>{@link dev.veil.body.Pipeline} is the entry point: {@code BodyScanner} (pass 1, Jackson
 * streaming parser, limits, {@code FieldRules} per route) collects the content strings as
 * {@code Slot}s, object keys that are not known field names included; the {@link dev.veil.redact.Redactor} finds and replaces entities across them;
 * {@code Splicer} (pass 2) copies the original bytes with only changed strings swapped, or
 * {@code BodyWriter} rewrites token by token when media parts are stripped.
 * {@link dev.veil.body.RedactedBody} is the result, {@link dev.veil.body.BodyException} the
 * refusal, with a stable code and no input text.
 */
package dev.veil.body;
