package dev.veil.fuzz;

import dev.veil.body.Pipeline;
import dev.veil.redact.Vault;
import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded PII for the fuzzer: random values of each kind, each kept only if the pipeline finds it
 * when it stands alone (so a leak in a body is Veil's fault, not a value no detector knows).
 * A {@link Seed} is the text put into a body and the part of it that must not come out.
 */
final class Pii {

  /**
   * One seeded value.
   *
   * @param kind the family, for counts
   * @param text what is inserted into a string (may carry a cue, e.g. "Dr. ")
   * @param secret the part that must never reach the upstream
   */
  record Seed(String kind, String text, String secret) {}

  /** A seed as placed: the content string it went into (as decoded, before any JSON escaping). */
  record Placed(Seed seed, String context) {}

  private static final String[] FIRST = {"Jane", "Priya", "Mohammed", "Agnieszka", "Björn", "Chloé", "Oluwaseun",
      "Emily", "Hiroshi", "Fatima", "Carlos", "Ingrid", "Dmitri", "Aisha", "Thomas", "Sofía"};
  private static final String[] LAST = {"Doe", "Sharma", "Al-Rashid", "Kowalska", "Lindqvist", "Dubois",
      "Adeyemi", "Hale", "Tanaka", "Haddad", "Mendoza", "Johansson", "Volkov", "Okafor", "Whitfield", "García"};
  private static final String[] CUES = {"Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Prof. ", "my name is ", "Dear "};
  private static final String[] IBAN_COUNTRIES = {"DE:18", "GB:4:14", "FR:23", "NL:4:10", "ES:20", "IT:1:22", "CH:17"};
  private static final String[] PHONES = {"+1 ### ### ####", "+44 20 #### ####", "+49 30 #######", "+33 1 ## ## ## ##",
      "+1 (###) ###-####", "+61 2 #### ####", "+91 98### #####", "+34 91 ### ## ##", "+81 3-####-####"};
  private static final String B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  final List<Seed> seeds = new ArrayList<>();
  /** Candidates per kind that the pipeline did not find alone, left out of the pool. */
  final TreeMap<String, Integer> rejected = new TreeMap<>();

  /** Draws {@code perKind} verified values of each kind. */
  Pii(Pipeline pipeline, long seed, int perKind) {
    SplittableRandom r = new SplittableRandom(seed);
    for (String kind : List.of("email", "card", "iban", "ssn", "phone", "openai-key", "person")) {
      int kept = 0;
      for (int tries = 0; kept < perKind && tries < perKind * 20; tries++) {
        Seed s = candidate(kind, r);
        if (foundAlone(pipeline, s)) {
          seeds.add(s);
          kept++;
        } else {
          rejected.merge(kind, 1, Integer::sum);
        }
      }
      if (kept < perKind) {
        throw new IllegalStateException("too few " + kind + " values are found alone: " + kept);
      }
    }
  }

  static boolean foundAlone(Pipeline pipeline, Seed s) {
    return !pipeline.redactText(s.text(), new Vault()).text().contains(s.secret());
  }

  Seed pick(SplittableRandom r) {
    return Gen.oneOf(r, seeds);
  }

  static Seed candidate(String kind, SplittableRandom r) {
    return switch (kind) {
      case "email" -> plain(kind, email(r));
      case "card" -> plain(kind, card(r));
      case "iban" -> plain(kind, iban(r));
      case "ssn" -> plain(kind, digits(r, 3, 1) + "-" + digits(r, 2, 1) + "-" + digits(r, 4, 1));
      case "phone" -> plain(kind, fill(Gen.oneOf(r, PHONES), r));
      case "openai-key" -> plain(kind, Gen.oneOf(r, "sk-", "sk-proj-", "sk-svcacct-") + chars(r, 24 + r.nextInt(40), B64URL));
      case "person" -> {
        String name = Gen.oneOf(r, FIRST) + " " + Gen.oneOf(r, LAST);
        yield new Seed(kind, Gen.oneOf(r, CUES) + name, name);
      }
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static Seed plain(String kind, String value) {
    return new Seed(kind, value, value);
  }

  private static String email(SplittableRandom r) {
    String local = Gen.oneOf(r, "jane.doe", "o.brien+tag", "j_smith", "jürgen", "info", "a.b-c") + r.nextInt(1000);
    return local + "@" + Gen.oneOf(r, "example.com", "mail.example.org", "exämple.de", "sub.corp.example.co.uk");
  }

  /** A Luhn-valid number on a real prefix, printed plain, spaced or dashed. */
  private static String card(SplittableRandom r) {
    String prefix = Gen.oneOf(r, "4", "51", "55", "2221", "34", "37", "6011");
    int length = prefix.startsWith("3") ? 15 : 16;
    StringBuilder d = new StringBuilder(prefix);
    while (d.length() < length - 1) {
      d.append(r.nextInt(10));
    }
    d.append(luhnCheck(d));
    String sep = Gen.oneOf(r, "", " ", "-");
    if (sep.isEmpty()) {
      return d.toString();
    }
    int[] groups = length == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4};
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int g : groups) {
      out.append(at == 0 ? "" : sep).append(d, at, at + g);
      at += g;
    }
    return out.toString();
  }

  private static int luhnCheck(CharSequence payload) {
    int sum = 0;
    for (int i = payload.length() - 1, k = 0; i >= 0; i--, k++) {
      int v = payload.charAt(i) - '0';
      if (k % 2 == 0) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    return (10 - sum % 10) % 10;
  }

  /** A mod-97-valid IBAN of a real country length, printed compact or in groups of four. */
  private static String iban(SplittableRandom r) {
    String[] spec = Gen.oneOf(r, IBAN_COUNTRIES).split(":");
    String country = spec[0];
    StringBuilder bban = new StringBuilder();
    if (spec.length == 3) { // letters first (bank code), then digits
      bban.append(chars(r, Integer.parseInt(spec[1]), "ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
      bban.append(digits(r, Integer.parseInt(spec[2]), 0));
    } else {
      bban.append(digits(r, Integer.parseInt(spec[1]), 0));
    }
    String check = String.format("%02d", 98 - mod97(bban + country + "00"));
    String iban = country + check + bban;
    if (r.nextBoolean()) {
      return iban;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      out.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
    }
    return out.toString();
  }

  private static int mod97(String s) {
    int m = 0;
    for (char c : s.toCharArray()) {
      int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      m = (v > 9 ? m * 100 + v : m * 10 + v) % 97;
    }
    return m;
  }

  private static String fill(String template, SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (char c : template.toCharArray()) {
      sb.append(c == '#' ? (char) ('0' + r.nextInt(10)) : c);
    }
    return sb.toString();
  }

  /** {@code n} digits, the first at least {@code firstMin}. */
  private static String digits(SplittableRandom r, int n, int firstMin) {
    StringBuilder sb = new StringBuilder();
    sb.append((char) ('0' + firstMin + r.nextInt(10 - firstMin)));
    for (int i = 1; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  private static String chars(SplittableRandom r, int n, String alphabet) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
