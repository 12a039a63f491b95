package dev.veil;

import dev.veil.audit.ExchangeRecord;
import dev.veil.http.AnswerRestoration;
import dev.veil.redact.Vault;
import dev.veil.restore.Restore;
import dev.veil.restore.RestoreStats;
import dev.veil.restore.StreamKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The answer side of the pipeline as the proxy handler sees it: {@link Restore}, with its counts put into the exchange record. */
final class RestoreAnswers implements AnswerRestoration {
  private final Restore restore;

  RestoreAnswers(Restore restore) {
    this.restore = restore;
  }

  @Override
  public byte[] restoreBody(String route, byte[] body, Vault vault, ExchangeRecord record) {
    RestoreStats stats = new RestoreStats();
    byte[] out = restore.restoreBody(body, vault, stats);
    note(stats, record);
    return out;
  }

  @Override
  public void relayStream(String route, InputStream upstream, OutputStream client, Vault vault, ExchangeRecord record)
      throws IOException {
    RestoreStats stats = new RestoreStats();
    try {
      restore.relayStream(upstream, client, kind(route), vault, stats);
    } finally {
      note(stats, record);
    }
  }

  static StreamKind kind(String route) {
    if (route.startsWith("/chat/completions")) {
      return StreamKind.CHAT;
    }
    if (route.startsWith("/responses")) {
      return StreamKind.RESPONSES;
    }
    return StreamKind.OTHER;
  }

  private static void note(RestoreStats stats, ExchangeRecord record) {
    if (stats.hasUsage()) {
      record.promptTokens = stats.promptTokens();
      record.completionTokens = stats.completionTokens();
      record.totalTokens = stats.totalTokens();
    }
    if (record.model == null && stats.model() != null) {
      record.model = stats.model();
    }
    put(record, "restored", stats.restored());
    put(record, "mangled", stats.mangled());
    put(record, "invented", stats.invented());
    put(record, "unresolved_tail", stats.unresolvedTails());
  }

  private static void put(ExchangeRecord record, String key, int n) {
    if (n > 0) {
      record.restore.merge(key, n, Integer::sum);
    }
  }
}
