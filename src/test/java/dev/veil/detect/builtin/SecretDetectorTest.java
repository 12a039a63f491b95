package dev.veil.detect.builtin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All token values below are synthetic: right shape, random bodies. */
class SecretDetectorTest {
  private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
      + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
  private final SecretDetector detector = SecretDetector.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // vendor tokens
      "key sk-proj-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d here; SECRET=sk-proj-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d",
      "sk-ant-api03-KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFRIBXu; SECRET=sk-ant-api03-KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFRIBXu",
      "AKIAIOSFODNN7EXAMPLE; SECRET=AKIAIOSFODNN7EXAMPLE",
      "token ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d; SECRET=ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d",
      "glpat-76UMFxFkM_R5Kjp1vRt-; SECRET=glpat-76UMFxFkM_R5Kjp1vRt-",
      "xoxb-1234567890-abcdefGHIJ; SECRET=xoxb-1234567890-abcdefGHIJ",
      "https://hooks.slack.com/services/T0000/B0000/u8jzPde0IgxLd6Gncf; SECRET=T0000/B0000/u8jzPde0IgxLd6Gncf",
      "sk_live_u8jzPde0IgxLd6GncfBAep; SECRET=sk_live_u8jzPde0IgxLd6GncfBAep",
      "AIza76UMFxFkM_R5Kjp1vRt-1fjORS_6ilI8ihN; SECRET=AIza76UMFxFkM_R5Kjp1vRt-1fjORS_6ilI8ihN",
      "npm_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d; SECRET=npm_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d",
      "SKe9cb0eb53f16947ccf25ec84d8dbc742; SECRET=SKe9cb0eb53f16947ccf25ec84d8dbc742",
      "hf_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO; SECRET=hf_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO",
      // assignments: the value only
      "password=hunter2; SECRET=hunter2",
      "DB_PASSWORD=supersecret; SECRET=supersecret",
      "{\"password\": \"p@ss w0rd\"}; SECRET=p@ss w0rd",
      "passwd: S3cr3t!; SECRET=S3cr3t!",
      "client_secret = 'u8jzPde0IgxLd6Gn'; SECRET=u8jzPde0IgxLd6Gn",
      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "Authorization: Bearer u8jzPde0IgxLd6GncfBAep; SECRET=u8jzPde0IgxLd6GncfBAep",
      // URLs
      "postgres://app:s3cr3t@db.internal:5432/app; SECRET=s3cr3t",
      "mongodb+srv://admin:pa@ss@cluster0.example.net/db; SECRET=pa@ss",
      "https://user:hunter2@example.com/x; URL_CREDENTIALS=hunter2",
      "https://example.com/cb?code=abc123&access_token=u8jzPde0IgxLd6Gn&x=1; URL_CREDENTIALS=abc123|URL_CREDENTIALS=u8jzPde0IgxLd6Gn",
      "https://s3.amazonaws.com/b/k?X-Amz-Signature=e9cb0eb53f16947ccf25ec84d8dbc742; URL_CREDENTIALS=e9cb0eb53f16947ccf25ec84d8dbc742",
      // look-alikes
      "task-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d; ",
      "sk-learn is a library; ",
      "max_tokens: 100, token_type: bearer; ",
      "Reset your password: click the link; ",
      "password = getpass(); ",
      "password = config.db_password; ",
      "password=${DB_PASSWORD}; ",
      "password: \"\"; ",
      "a == b && c != d; ",
      "https://example.com/path?page=2; ",
      "git@github.com:org/repo.git; ",
  })
  void findsSecrets(String text, String expected) {
    Found.assertFinds(expected, Found.by(detector, text));
  }

  @Test
  void findsPasswordInConnectionString() {
    Found.assertFinds("SECRET=Xy9!kq", Found.by(detector, "Server=db;User Id=sa;Password=Xy9!kq;"));
  }

  @Test
  void findsJwtByItsHeader() {
    Found.assertFinds("SECRET=" + JWT, Found.by(detector, "Authorization header " + JWT + " ok"));
    Found.assertFinds("", Found.by(detector, "eyJub3RhbGciOjF9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig"));
  }

  @Test
  void coversWholePrivateKeyBlock() {
    String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAAB3Nza\n"
        + "-----END OPENSSH PRIVATE KEY-----";
    Found.assertFinds("SECRET=" + key, Found.by(detector, "here:\n" + key + "\nthanks"));
    String cut = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1\\nqzx";
    Found.assertFinds("SECRET=" + cut, Found.by(detector, cut));
    Found.assertFinds("", Found.by(detector, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"));
  }
}
