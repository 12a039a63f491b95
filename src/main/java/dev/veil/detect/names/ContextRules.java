package dev.veil.detect.names;

import dev.veil.detect.Entities;
import java.util.regex.Pattern;

/**
 * The keyword-anchored detectors: {@code DATE_OF_BIRTH}, {@code PASSPORT} and
 * {@code MEDICAL_RECORD_NUMBER}. Each is a {@link ContextValueDetector}: a value shape that
 * counts only after its context words (a bare date or number is not personal data for Veil).
 */
final class ContextRules {
  private ContextRules() {}

  private static final String MONTHS = "(?:jan(?:uary|vier)?|feb(?:ruary)?|f[ée]v(?:rier)?|"
      + "mar(?:ch|s)?|m[äa]rz|apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|"
      + "juil(?:let)?|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|"
      + "okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember)?|"
      + "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
      + "diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\\.?";

  /** Numeric (d/m/y, m/d/y, y-m-d with / . -) and spelled-out dates, or a bare year (born in). */
  private static final Pattern DATE = Pattern.compile(
      "(?<![\\d./-])(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}"
      + "|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+\\d{4}"
      + "|" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
      + "|(?:19|20)\\d{2})(?![\\d/-]|\\.\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The keyword tables, built once per JVM: they are constant, immutable, and their lookup
   * tables take a fraction of a second to build, which every pipeline build (config load,
   * reload, test) would pay again.
   */
  private static final class Tables {
    static final Keywords DATE_OF_BIRTH = new Keywords("dob", "d.o.b", "date of birth", "birth date", "birthdate",
        "birthday", "born", "born on", "born in", "geb", "geboren", "geburtsdatum",
        "geburtstag", "né", "née", "nacido", "nacida", "fecha de nacimiento",
        "data di nascita", "nato", "nata", "date de naissance", "data de nascimento",
        "geboortedatum", "födelsedatum", "fødselsdato", "syntymäaika", "data urodzenia");
    static final Keywords PASSPORT = new Keywords("passport", "passports", "passport no", "passport number",
        "passport #", "passeport", "reisepass", "reisepassnummer", "passnummer", "pass-nr",
        "pasaporte", "passaporto", "paspoort", "passaporte", "paszport", "travel document");
    static final Keywords MEDICAL_RECORD_NUMBER = new Keywords("mrn", "mr#", "mr no", "medical record", "medical records",
        "medical record number", "med rec", "patient id", "patient number", "patient no",
        "patient #", "chart number", "chart no", "chart #", "hospital number", "hospital no",
        "hospital id", "unit number", "health record number", "emr", "ehr", "patient identifier");
  }

  static ContextValueDetector dateOfBirth() {
    Keywords k = Tables.DATE_OF_BIRTH;
    // A bare year only right after the keyword ("born 1984", "born in 1984").
    return new ContextValueDetector("date-of-birth", Entities.DATE_OF_BIRTH, k, DATE, 24, 0.9,
        v -> true);
  }

  private static final Pattern DOCUMENT_NO = Pattern.compile(
      "(?<![A-Za-z0-9-])[A-Z0-9]{1,3}[ -]?[A-Z0-9]{4,10}(?![A-Za-z0-9-])");

  static ContextValueDetector passport() {
    Keywords k = Tables.PASSPORT;
    return new ContextValueDetector("passport", Entities.PASSPORT, k, DOCUMENT_NO, 32, 0.85,
        ContextRules::idLike);
  }

  private static final Pattern RECORD_NO = Pattern.compile(
      "(?<![A-Za-z0-9-])[A-Z]{0,4}[-#]?\\d[0-9A-Z-]{3,18}(?![A-Za-z0-9-])");

  static ContextValueDetector medicalRecordNumber() {
    Keywords k = Tables.MEDICAL_RECORD_NUMBER;
    return new ContextValueDetector("medical-record-number", Entities.MEDICAL_RECORD_NUMBER, k,
        RECORD_NO, 28, 0.85, v -> digits(v) >= 4);
  }

  /** 6 to 12 characters of document number with at least four digits (not a year or word). */
  private static boolean idLike(String v) {
    String compact = v.replace(" ", "").replace("-", "");
    return compact.length() >= 6 && compact.length() <= 12 && digits(compact) >= 4;
  }

  private static int digits(String v) {
    int d = 0;
    for (int i = 0; i < v.length(); i++) {
      d += Character.isDigit(v.charAt(i)) ? 1 : 0;
    }
    return d;
  }
}
