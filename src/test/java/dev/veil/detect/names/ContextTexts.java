package dev.veil.detect.names;

import dev.veil.testing.Gen;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded texts for the differential tests of the keyword and street-address scans: keywords and
 * street words in any case, values that do and do not fit, digits glued to words, non-ASCII
 * letters (including the ones that fold to ASCII: {@code İ ı ſ K}), surrogate pairs, and long
 * digit-free fillers so that the scans near digits start and stop mid-text.
 */
final class ContextTexts {
  private ContextTexts() {}

  static final List<String> KEYWORDS = List.of("dob", "d.o.b", "date of birth", "birth date",
      "birthdate", "birthday", "born", "born on", "born in", "geb", "geboren", "geburtsdatum",
      "geburtstag", "né", "née", "nacido", "nacida", "fecha de nacimiento", "data di nascita",
      "nato", "nata", "date de naissance", "data de nascimento", "geboortedatum", "födelsedatum",
      "fødselsdato", "syntymäaika", "data urodzenia", "passport", "passports", "passport no",
      "passport number", "passport #", "passeport", "reisepass", "reisepassnummer", "passnummer",
      "pass-nr", "pasaporte", "passaporto", "paspoort", "passaporte", "paszport",
      "travel document", "mrn", "mr#", "mr no", "medical record", "medical records",
      "medical record number", "med rec", "patient id", "patient number", "patient no",
      "patient #", "chart number", "chart no", "chart #", "hospital number", "hospital no",
      "hospital id", "unit number", "health record number", "emr", "ehr", "patient identifier");

  static final List<String> STREET_WORDS = List.of("Street", "St", "St.", "Avenue", "Ave", "Road",
      "Rd", "Lane", "Blvd", "Drive", "Dr.", "Court", "Way", "Place", "Terrace", "Square", "Close",
      "Park", "Broadway", "Box", "PO Box", "P.O. Box", "Postfach", "Apartado", "rue", "avenue",
      "boulevard", "allée", "chemin", "Via", "Viale", "Calle", "Avenida", "Rua", "Carrer", "Ulica",
      "ul.", "Hauptstraße", "Bahnhofstrasse", "Keizersgracht", "Storgatan", "Ringvägen",
      "Mannerheimintie",
      "Lindenallee", "Marktplatz", "Dorfweg", "Kurfürstendamm", "Apt", "Suite", "Unit", "#",
      "NW", "N", "Baker", "Main", "Maple", "Pennsylvania", "de la Paix", "Mayor", "Roma", "London",
      "Washington, DC", "Berlin", "Paris", "Madrid", "New York, NY", "bis", "ter", "of", "the",
      "In", "in", "since", "year", "by");

  static final List<String> VALUES = List.of("03/14/1985", "14.03.1985", "1985-03-14", "3/4/85",
      "March 3, 1985", "3. März 1985", "12 juin 1990", "4th of July 2001", "1984", "2025",
      "C01X00T47", "123456789", "AB1234567", "C4J7PLK21", "MR-2024-001234", "A12345678",
      "00482913", "4455667", "1234", "12", "600x600", "221B", "1600", "42", "350", "12", "5",
      "10115", "75002", "NW1 6XE", "20500", "20500-1234", "#12", "$12", "1015 CJ", "D-10115",
      "4111 1111 1111 1111", "٣٤٥٦٧", "１２３４", "x9", "9x", "3rd", "5th");

  static final List<String> FILLER = List.of("the", "record", "data", "pass", "pa", "date",
      "public", "license", "order", "number", "stubborn", "first-born", "chart", "unit", "park",
      "Main", "Dr", "Str", "Straße", "weg", "passportless", "smrn", "xmrn", "4mrn", "mrn4",
      "datum", "Ärzte", "ÉCOLE", "İstanbul", "ıd", "ſtreet", "Kelvin", "straſſe", "日本語",
      "\ud83d\ude00", "Ωmega", "x", "A", "é", "ß", "\u00b9", "\u00b2", "\u0130D", "\u0131",
      "\u017f", "\u212a", "\u0660", "lorem ipsum dolor sit amet, consectetur adipiscing elit",
      "sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam");

  static final List<String> SEPARATORS = List.of(" ", " ", " ", "  ", ": ", ":", ", ", ",", ". ",
      ".", "\n", "\t", "#", "-", "(", ")", "/", "'", "\"", "|", "_", "", "", "!", "? ", "\r\n");

  static final List<String> LABELS = List.of("", ":", " No.:", " #", " no", " number", "-",
      " is", " was", ". ", " (", " :\t");

  /** A text of pieces joined by separators; a few end with a keyword or a street word. */
  static String text(SplittableRandom r, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    for (int n = Gen.length(r, maxPieces); n > 0; n--) {
      sb.append(piece(r)).append(Gen.oneOf(r, SEPARATORS));
      if (r.nextInt(20) == 0) {
        for (int k = r.nextInt(6); k > 0; k--) {
          sb.append(Gen.oneOf(r, FILLER)).append(' ');
        }
      }
    }
    if (r.nextInt(5) == 0) {
      sb.append(variant(r, Gen.oneOf(r, r.nextBoolean() ? KEYWORDS : STREET_WORDS)));
    }
    return sb.toString();
  }

  private static String piece(SplittableRandom r) {
    return switch (r.nextInt(14)) {
      case 10, 11 -> address(r);
      case 12, 13 -> variant(r, Gen.oneOf(r, KEYWORDS)) + Gen.oneOf(r, LABELS) + gap(r)
          + Gen.oneOf(r, VALUES);
      case 0, 1, 2 -> variant(r, Gen.oneOf(r, KEYWORDS));
      case 3, 4 -> variant(r, Gen.oneOf(r, STREET_WORDS));
      case 5, 6 -> Gen.oneOf(r, VALUES);
      case 7 -> String.valueOf(r.nextInt(r.nextBoolean() ? 100 : 1_000_000));
      default -> variant(r, Gen.oneOf(r, FILLER));
    };
  }

  /** An address-like run: house number, names and street words in some order, maybe a city. */
  static String address(SplittableRandom r) {
    String number = String.valueOf(r.nextInt(r.nextBoolean() ? 100 : 10_000))
        + (r.nextInt(6) == 0 ? "B" : "");
    String name = r.nextBoolean() ? variant(r, Gen.oneOf(r, STREET_WORDS)) : capitalised(r);
    for (int k = r.nextInt(3); k > 0; k--) {
      name += Gen.oneOf(r, " ", " ", "\t", " de ", " of the ") + capitalised(r);
    }
    String type = Gen.oneOf(r, STREET_WORDS);
    String street = switch (r.nextInt(4)) {
      case 0 -> number + gap(r) + name + " " + type;
      case 1 -> type + " " + name + gap(r) + number;
      case 2 -> number + ", " + type + gap(r) + name;
      default -> name + gap(r) + number;
    };
    return switch (r.nextInt(4)) {
      case 0 -> street + ", " + Gen.oneOf(r, STREET_WORDS) + " " + Gen.oneOf(r, VALUES);
      case 1 -> street + " " + Gen.oneOf(r, VALUES) + " " + Gen.oneOf(r, STREET_WORDS);
      default -> street;
    };
  }

  /** A capitalised word of 1 to 30 letters, sometimes a street compound. */
  static String capitalised(SplittableRandom r) {
    StringBuilder sb = new StringBuilder().append((char) ('A' + r.nextInt(26)));
    for (int k = r.nextInt(r.nextBoolean() ? 8 : 30); k > 0; k--) {
      sb.append((char) ('a' + r.nextInt(26)));
    }
    if (r.nextInt(4) == 0) {
      sb.append(Gen.oneOf(r, "straße", "strasse", "gracht", "gatan", "vej", "weg", "tie", "ring"));
    }
    return sb.toString();
  }

  /** One space most of the time, else a run of up to 110 spaces or tabs. */
  static String gap(SplittableRandom r) {
    if (r.nextInt(3) != 0) {
      return " ";
    }
    return (r.nextBoolean() ? " " : "\t").repeat(1 + r.nextInt(r.nextBoolean() ? 20 : 110));
  }

  /** {@code w} as is, lower, upper, capitalised, in random case or with look-alike letters. */
  static String variant(SplittableRandom r, String w) {
    switch (r.nextInt(6)) {
      case 5:
        // Chars that match ASCII letters case-insensitively; U+0130 also looks like a digit.
        return w.replace('i', r.nextBoolean() ? '\u0130' : '\u0131')
            .replace('s', '\u017f').replace('k', '\u212a');
      case 0:
        return w.toLowerCase(Locale.ROOT);
      case 1:
        return w.toUpperCase(Locale.ROOT);
      case 2:
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
      case 3:
        StringBuilder sb = new StringBuilder();
        for (char c : w.toCharArray()) {
          sb.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return sb.toString();
      default:
        return w;
    }
  }
}
