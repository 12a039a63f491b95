package dev.veil.redact;

import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tiny real detectors for tests: the built-in ones live on other branches. Each is a plain
 * regex (plus Luhn for cards, a given-name list for persons), enough to drive the pipeline.
 */
public final class TestDetectors {

  /** Emails: local@domain.tld. */
  public static Detector email() {
    return regex("test_email", Entities.EMAIL_ADDRESS, "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", 1.0);
  }

  /** API-key-like secrets: sk- followed by 20+ letters and digits. */
  public static Detector secret() {
    return regex("test_secret", Entities.SECRET, "\\bsk-[A-Za-z0-9]{20,}", 1.0);
  }

  /** Phone numbers: +1 555 010 0199 shapes. */
  public static Detector phone() {
    return regex("test_phone", Entities.PHONE_NUMBER, "\\+\\d{1,3}[ -]?\\(?\\d{3}\\)?[ -]?\\d{3}[ -]?\\d{4}\\b", 0.7);
  }

  /** Card numbers: 13-19 digits (spaces or dashes allowed) passing Luhn. */
  public static Detector card() {
    Pattern p = Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b");
    return new Detector() {
      @Override
      public String name() {
        return "test_card";
      }

      @Override
      public List<Span> detect(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
          if (luhn(m.group().replaceAll("[ -]", ""))) {
            spans.add(new Span(Entities.CREDIT_CARD, m.start(), m.end(), 1.0, name()));
          }
        }
        return spans;
      }
    };
  }

  /** Persons: a known given name followed by a capitalised word. */
  public static Detector person() {
    Set<String> given = Set.of("Jane", "John", "Maria", "Ahmed", "Wei", "Olga");
    Pattern p = Pattern.compile("\\b([A-Z][a-z]+) ([A-Z][a-z]+)\\b");
    return new Detector() {
      @Override
      public String name() {
        return "test_person";
      }

      @Override
      public List<Span> detect(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
          if (given.contains(m.group(1))) {
            spans.add(new Span(Entities.PERSON, m.start(), m.end(), 0.85, name()));
          }
        }
        return spans;
      }
    };
  }

  /** All of the above. */
  public static List<Detector> all() {
    return List.of(email(), secret(), phone(), card(), person());
  }

  static Detector regex(String name, String entity, String regex, double score) {
    Pattern p = Pattern.compile(regex);
    return new Detector() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Span> detect(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
          spans.add(new Span(entity, m.start(), m.end(), score, name));
        }
        return spans;
      }
    };
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  private TestDetectors() {}
}
