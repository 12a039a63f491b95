package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import java.util.List;

/**
 * The built-in detectors for structured personal data and secrets, each validated so that
 * look-alikes (checksum failures, order numbers, timestamps, versions, hex ids) are left alone.
 *
 * <p>Entities found (see {@link dev.veil.detect.Entities}): EMAIL_ADDRESS, PHONE_NUMBER,
 * CREDIT_CARD, IBAN_CODE, US_SSN, US_ITIN, US_PASSPORT, ABA_ROUTING_NUMBER, UK_NHS, UK_NINO,
 * UK_PASSPORT, ES_NIF, ES_NIE, IT_FISCAL_CODE, DE_TAX_ID, FR_INSEE, PL_PESEL,
 * FI_PERSONAL_IDENTITY_CODE, SE_PERSONNUMMER, CA_SIN, IN_AADHAAR, IN_PAN, CRYPTO, MAC_ADDRESS,
 * IP_ADDRESS, SECRET, URL_CREDENTIALS.
 *
 * <p>Scores: a checksum-validated finding scores 1.0; distinctive formats 0.85-0.95; plausible
 * shapes 0.5-0.75; bare shapes that only a context word makes likely (nine digits as an SSN or
 * passport, two letters and seven digits) 0.3, raised by 0.4 when a context word is near as a
 * whole word. Spans of different detectors may overlap; the caller resolves overlaps.
 *
 * <p>Every detector is stateless, thread-safe and linear in the text length.
 */
public final class BuiltinDetectors {
  private BuiltinDetectors() {}

  /** All built-in detectors, configured by {@code options}. */
  public static List<Detector> all(BuiltinOptions options) {
    return List.of(
        new EmailDetector(),
        new PhoneDetector(options.phoneRegions(), options.phoneMaxTries()),
        new DigitRunDetector(List.of(new CreditCardRule(), new UsSsnRule(), new UsItinRule(),
            new AbaRoutingRule(), new UkNhsRule(), new CaSinRule(), new InAadhaarRule(),
            new PlPeselRule(), new DeTaxIdRule(), new SePersonnummerRule(), new FrInseeRule(),
            new UsPassportDigitsRule())),
        new TokenDetector(List.of(new IbanRule(), new EsNifNieRule(), new ItFiscalCodeRule(),
            new UkNinoRule(), new PassportRule(), new InPanRule(),
            new FiPersonalIdentityCodeRule(), new CryptoRule(), new MacAddressRule())),
        new IpAddressDetector(),
        SecretDetector.standard());
  }
}
