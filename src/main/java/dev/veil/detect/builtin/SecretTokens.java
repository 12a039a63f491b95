package dev.veil.detect.builtin;

import dev.veil.detect.builtin.SecretToken.Charset;
import java.util.List;

/** The vendor token table, in the spirit of gitleaks' rules; prefixes are case-sensitive. */
final class SecretTokens {
  private SecretTokens() {}

  static final List<SecretToken> ALL = List.of(
      // OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-) and Anthropic (sk-ant-api03-...).
      new SecretToken("openai-api-key", "sk-", Charset.BASE64URL, 20, 250, true),
      new SecretToken("aws-access-key-id", "AKIA", Charset.UPPER_ALNUM, 16, 16, false),
      new SecretToken("aws-access-key-id", "ASIA", Charset.UPPER_ALNUM, 16, 16, false),
      new SecretToken("aws-access-key-id", "ABIA", Charset.UPPER_ALNUM, 16, 16, false),
      new SecretToken("aws-access-key-id", "ACCA", Charset.UPPER_ALNUM, 16, 16, false),
      new SecretToken("github-token", "ghp_", Charset.ALNUM, 36, 40, false),
      new SecretToken("github-token", "gho_", Charset.ALNUM, 36, 40, false),
      new SecretToken("github-token", "ghu_", Charset.ALNUM, 36, 40, false),
      new SecretToken("github-token", "ghs_", Charset.ALNUM, 36, 40, false),
      new SecretToken("github-token", "ghr_", Charset.ALNUM, 36, 40, false),
      new SecretToken("github-pat", "github_pat_", Charset.ALNUM_UNDERSCORE, 22, 255, false),
      new SecretToken("gitlab-token", "glpat-", Charset.BASE64URL, 20, 64, false),
      new SecretToken("gitlab-token", "glptt-", Charset.BASE64URL, 20, 64, false),
      new SecretToken("gitlab-token", "gldt-", Charset.BASE64URL, 20, 64, false),
      new SecretToken("gitlab-token", "glrt-", Charset.BASE64URL, 20, 64, false),
      new SecretToken("slack-token", "xoxb-", Charset.BASE64URL, 10, 255, true),
      new SecretToken("slack-token", "xoxp-", Charset.BASE64URL, 10, 255, true),
      new SecretToken("slack-token", "xoxa-", Charset.BASE64URL, 10, 255, true),
      new SecretToken("slack-token", "xoxr-", Charset.BASE64URL, 10, 255, true),
      new SecretToken("slack-token", "xoxs-", Charset.BASE64URL, 10, 255, true),
      new SecretToken("slack-token", "xoxe-", Charset.BASE64URL, 10, 255, true),
      new SecretToken("slack-token", "xapp-", Charset.BASE64URL, 10, 255, true),
      new SecretToken("slack-webhook", "hooks.slack.com/services/", Charset.SLACK_PATH, 20, 120, false),
      new SecretToken("stripe-key", "sk_live_", Charset.ALNUM, 16, 255, false),
      new SecretToken("stripe-key", "sk_test_", Charset.ALNUM, 16, 255, false),
      new SecretToken("stripe-key", "rk_live_", Charset.ALNUM, 16, 255, false),
      new SecretToken("stripe-key", "rk_test_", Charset.ALNUM, 16, 255, false),
      new SecretToken("stripe-webhook-secret", "whsec_", Charset.ALNUM, 24, 64, false),
      new SecretToken("google-api-key", "AIza", Charset.BASE64URL, 35, 35, false),
      new SecretToken("google-oauth-secret", "GOCSPX-", Charset.BASE64URL, 24, 40, false),
      new SecretToken("npm-token", "npm_", Charset.ALNUM, 36, 36, false),
      new SecretToken("pypi-token", "pypi-AgEIcHlwaS5vcmc", Charset.BASE64URL, 50, 300, false),
      new SecretToken("twilio-api-key", "SK", Charset.HEX, 32, 32, false),
      new SecretToken("sendgrid-api-key", "SG.", Charset.DOTTED_BASE64URL, 60, 70, false),
      new SecretToken("huggingface-token", "hf_", Charset.ALNUM, 30, 40, false),
      new SecretToken("shopify-token", "shpat_", Charset.HEX, 32, 32, false),
      new SecretToken("shopify-token", "shpss_", Charset.HEX, 32, 32, false),
      new SecretToken("shopify-token", "shpca_", Charset.HEX, 32, 32, false),
      new SecretToken("shopify-token", "shppa_", Charset.HEX, 32, 32, false),
      new SecretToken("digitalocean-token", "dop_v1_", Charset.HEX, 64, 64, false),
      new SecretToken("digitalocean-token", "doo_v1_", Charset.HEX, 64, 64, false),
      new SecretToken("digitalocean-token", "dor_v1_", Charset.HEX, 64, 64, false),
      new SecretToken("databricks-token", "dapi", Charset.HEX, 32, 32, false),
      new SecretToken("linear-api-key", "lin_api_", Charset.ALNUM, 40, 40, false),
      new SecretToken("postman-api-key", "PMAK-", Charset.BASE64URL, 59, 59, false),
      new SecretToken("grafana-token", "glsa_", Charset.ALNUM_UNDERSCORE, 32, 64, false),
      new SecretToken("grafana-token", "glc_", Charset.BASE64, 32, 400, false),
      new SecretToken("groq-api-key", "gsk_", Charset.ALNUM, 48, 56, false),
      new SecretToken("replicate-token", "r8_", Charset.ALNUM, 37, 40, false),
      new SecretToken("xai-api-key", "xai-", Charset.ALNUM, 60, 90, false),
      new SecretToken("perplexity-api-key", "pplx-", Charset.ALNUM, 40, 56, false),
      new SecretToken("square-token", "sq0atp-", Charset.BASE64URL, 22, 43, false),
      new SecretToken("square-token", "sq0csp-", Charset.BASE64URL, 40, 50, false),
      new SecretToken("age-secret-key", "AGE-SECRET-KEY-1", Charset.UPPER_ALNUM, 58, 58, false));
}
