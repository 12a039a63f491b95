package dev.veil.restore;

import dev.veil.redact.Vault;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * One request's placeholders as the answer side needs them: which tokens to put back and with
 * what, whether a piece of text could still grow into one, and which look-alikes to count.
 *
 * <p>Only tokens that are keys of the vault with {@code restore == true} are ever replaced; a
 * well-formed token the request did not issue is left as it is and counted as invented. Built
 * once per exchange; immutable after construction.
 */
final class Placeholders {

  /** Longest text still counted as one invented placeholder. */
  static final int MAX_SHAPE = 128;

  private final Vault vault;
  private final Map<String, String> originals = new HashMap<>();
  private final TreeSet<String> sorted = new TreeSet<>();
  private final int maxLen;
  private final MangledForms forms;
  private final boolean tolerant;

  Placeholders(Vault vault, boolean tolerant) {
    this.vault = vault;
    this.tolerant = tolerant;
    int max = 0;
    for (Vault.Entry e : vault.entries()) {
      if (e.restore() && e.token().length() > 1 && e.token().charAt(0) == '<') {
        originals.put(e.token(), e.original());
        sorted.add(e.token());
        max = Math.max(max, e.token().length());
      }
    }
    this.maxLen = max;
    this.forms = MangledForms.of(originals.keySet());
  }

  boolean tolerant() {
    return tolerant && forms != null;
  }

  /**
   * Where the text that must wait begins: the start of the suffix of {@code buf} that could still
   * grow into a restorable placeholder (or, when tolerant, into a form of one), else its length.
   */
  int holdFrom(CharSequence buf) {
    return holdFrom(buf, 0);
  }

  /** Like {@link #holdFrom(CharSequence)} for {@code buf[from..]}; earlier chars are context. */
  int holdFrom(CharSequence buf, int from) {
    int len = buf.length();
    int hold = len;
    if (maxLen == 0) {
      return len;
    }
    int lo = Math.max(from, len - (maxLen - 1));
    for (int i = len - 1; i >= lo; i--) {
      if (buf.charAt(i) == '<') {
        if (isTokenPrefix(buf.subSequence(i, len).toString())) {
          hold = i;
        }
        break; // tokens hold '<' only first: an earlier '<' cannot start one that spans this
      }
    }
    if (tolerant()) {
      Matcher m = forms.matcher(buf);
      for (int p = Math.max(from, len - maxLen - 4); p < hold; p++) {
        if (forms.couldStartAt(buf, p)) {
          m.region(p, len);
          boolean found = m.lookingAt();
          if (m.hitEnd()) {
            return p;
          }
          if (found) {
            p = m.end() - 1;
          }
        }
      }
    }
    return hold;
  }

  /** True when this request issued {@code token} (restorable or not). */
  boolean issued(String token) {
    return vault.contains(token);
  }

  /** True when {@code s} is a proper prefix of a restorable token. */
  boolean isTokenPrefix(String s) {
    String c = sorted.ceiling(s);
    return c != null && c.length() > s.length() && c.startsWith(s);
  }

  /**
   * {@code text} with every restorable placeholder in it (and, when tolerant, every form of one)
   * replaced by its original, escaped for a JSON string when {@code jsonEscape}. Counts what it
   * replaced into {@code stats} unless that is null. Returns {@code text} itself when nothing
   * changed.
   */
  String restore(String text, boolean jsonEscape, RestoreStats stats) {
    return restore(text, 0, jsonEscape, stats);
  }

  /**
   * Like {@link #restore(String, boolean, RestoreStats)} for {@code text[from..]}, which it
   * returns; the chars before {@code from} are only context (a form must start at a word start).
   */
  String restore(String text, int from, boolean jsonEscape, RestoreStats stats) {
    if (maxLen == 0) {
      return from == 0 ? text : text.substring(from);
    }
    if (tolerant()) {
      return restoreTolerant(text, from, jsonEscape, stats);
    }
    int i = text.indexOf('<', from);
    if (i < 0) {
      return from == 0 ? text : text.substring(from);
    }
    StringBuilder sb = null;
    int copied = from;
    while (i >= 0) {
      int j = closeOf(text, i, maxLen);
      String original = j < 0 ? null : originals.get(text.substring(i, j + 1));
      if (original != null) {
        sb = sb == null ? new StringBuilder(text.length() + 32) : sb;
        sb.append(text, copied, i).append(jsonEscape ? JsonLiteral.escape(original) : original);
        copied = j + 1;
        if (stats != null) {
          stats.addRestored();
        }
        i = text.indexOf('<', j + 1);
      } else {
        i = text.indexOf('<', i + 1);
      }
    }
    if (sb == null) {
      return from == 0 ? text : text.substring(from);
    }
    return sb.append(text, copied, text.length()).toString();
  }

  private String restoreTolerant(String text, int from, boolean jsonEscape, RestoreStats stats) {
    StringBuilder sb = null;
    int copied = from;
    Matcher m = forms.matcher(text);
    int n = text.length();
    for (int p = from; p < n; p++) {
      if (!forms.couldStartAt(text, p)) {
        continue;
      }
      String original = null;
      boolean exact = false;
      int end = -1;
      int j = text.charAt(p) == '<' ? closeOf(text, p, maxLen) : -1;
      if (j > 0 && (original = originals.get(text.substring(p, j + 1))) != null) {
        exact = true;
        end = j + 1;
      } else {
        m.region(p, n);
        if (m.lookingAt()) {
          original = originals.get(MangledForms.canonical(m));
          end = m.end();
        }
      }
      if (original != null) {
        sb = sb == null ? new StringBuilder(n + 32) : sb;
        sb.append(text, copied, p).append(jsonEscape ? JsonLiteral.escape(original) : original);
        copied = end;
        p = end - 1;
        if (stats != null) {
          stats.addRestored();
          if (!exact) {
            stats.addMangled();
          }
        }
      }
    }
    if (sb == null) {
      return from == 0 ? text : text.substring(from);
    }
    return sb.append(text, copied, n).toString();
  }

  /**
   * Counts, in the part of {@code s} after {@code from}, placeholders this request did not issue
   * (invented) and, when forms are not being restored, altered forms of issued ones (mangled).
   * Returns the index up to which counting is final: a form that runs to the end of {@code s}
   * without a closing bracket could still grow, so unless {@code atEnd} it is left for the next
   * call (pass the returned index as {@code from} then).
   */
  int countStrays(CharSequence s, int from, boolean atEnd, RestoreStats stats) {
    int n = s.length();
    int done = n;
    if (indexOf(s, '>', from) >= 0) { // an invented token ends in '>', so only then look
      for (int i = indexOf(s, '<', Math.max(0, from - MAX_SHAPE)); i >= 0;
          i = indexOf(s, '<', i + 1)) {
        int j = closeOf(s, i, MAX_SHAPE);
        if (j >= from && wellFormed(s, i, j)
            && !vault.contains(s.subSequence(i, j + 1).toString())) {
          stats.addInvented();
        }
      }
    }
    if (forms != null && !tolerant()) {
      Matcher m = null;
      for (int p = Math.max(0, from - maxLen - 4); p < n; p++) {
        if (!forms.couldStartAt(s, p)) {
          continue; // regex only where a form can begin: cheap on ordinary text
        }
        m = m == null ? forms.matcher(s) : m;
        m.region(p, n);
        if (!m.lookingAt()) {
          continue;
        }
        p = m.end() - 1;
        if (m.end() <= from) {
          continue;
        }
        if (!atEnd && m.end() == n && !MangledForms.closed(m)) {
          done = m.start();
          break;
        }
        String canonical = MangledForms.canonical(m);
        if (originals.containsKey(canonical)
            && !canonical.contentEquals(s.subSequence(m.start(), m.end()))) {
          stats.addMangled();
        }
      }
    }
    return done;
  }

  /** Index of the '>' closing a candidate that opens at {@code i}, within {@code max} chars; -1. */
  private static int closeOf(CharSequence s, int i, int max) {
    int end = Math.min(s.length(), i + max);
    for (int k = i + 1; k < end; k++) {
      char c = s.charAt(k);
      if (c == '>') {
        return k;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static int indexOf(CharSequence s, char c, int from) {
    if (s instanceof String str) {
      return str.indexOf(c, from);
    }
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** {@code s[i..j]} is {@code <ENTITY_suffix>}: ENTITY [A-Z][A-Z0-9_]*, suffix hex(8+) or digits. */
  static boolean wellFormed(CharSequence s, int i, int j) {
    if (j - i < 4 || s.charAt(i) != '<' || s.charAt(j) != '>') {
      return false;
    }
    char first = s.charAt(i + 1);
    if (first < 'A' || first > 'Z') {
      return false;
    }
    int u = -1;
    for (int k = j - 1; k > i + 1; k--) {
      if (s.charAt(k) == '_') {
        u = k;
        break;
      }
    }
    if (u < 0 || u == j - 1) {
      return false;
    }
    for (int k = i + 2; k < u; k++) {
      char c = s.charAt(k);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    boolean digits = true;
    boolean hex = true;
    for (int k = u + 1; k < j; k++) {
      char c = s.charAt(k);
      digits &= c >= '0' && c <= '9';
      hex &= (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
    return digits || (hex && j - u - 1 >= 8);
  }
}
