package dev.veil.detect;

import java.util.Set;

/** Names of the built-in entity types. Custom rules may add their own names. */
public final class Entities {
  public static final String EMAIL_ADDRESS = "EMAIL_ADDRESS";
  public static final String PHONE_NUMBER = "PHONE_NUMBER";
  public static final String CREDIT_CARD = "CREDIT_CARD";
  public static final String IBAN_CODE = "IBAN_CODE";
  public static final String US_SSN = "US_SSN";
  public static final String US_ITIN = "US_ITIN";
  public static final String US_PASSPORT = "US_PASSPORT";
  public static final String ABA_ROUTING_NUMBER = "ABA_ROUTING_NUMBER";
  public static final String IP_ADDRESS = "IP_ADDRESS";
  public static final String MAC_ADDRESS = "MAC_ADDRESS";
  public static final String CRYPTO = "CRYPTO";
  public static final String UK_NHS = "UK_NHS";
  public static final String UK_NINO = "UK_NINO";
  public static final String UK_PASSPORT = "UK_PASSPORT";
  public static final String ES_NIF = "ES_NIF";
  public static final String ES_NIE = "ES_NIE";
  public static final String IT_FISCAL_CODE = "IT_FISCAL_CODE";
  public static final String DE_TAX_ID = "DE_TAX_ID";
  public static final String FR_INSEE = "FR_INSEE";
  public static final String PL_PESEL = "PL_PESEL";
  public static final String FI_PERSONAL_IDENTITY_CODE = "FI_PERSONAL_IDENTITY_CODE";
  public static final String SE_PERSONNUMMER = "SE_PERSONNUMMER";
  public static final String CA_SIN = "CA_SIN";
  public static final String IN_AADHAAR = "IN_AADHAAR";
  public static final String IN_PAN = "IN_PAN";
  public static final String SECRET = "SECRET";
  public static final String PERSON = "PERSON";
  public static final String STREET_ADDRESS = "STREET_ADDRESS";
  public static final String DATE_OF_BIRTH = "DATE_OF_BIRTH";
  public static final String PASSPORT = "PASSPORT";
  public static final String MEDICAL_RECORD_NUMBER = "MEDICAL_RECORD_NUMBER";
  public static final String URL_CREDENTIALS = "URL_CREDENTIALS";

  /** Entity types that are secrets rather than personal data (default action: redact). */
  public static final Set<String> SECRETS = Set.of(SECRET, URL_CREDENTIALS);

  private Entities() {}
}
