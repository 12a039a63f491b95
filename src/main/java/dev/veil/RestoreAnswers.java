package dev.veil;

import dev.veil.audit.ExchangeRecord;
import dev.veil.http.AnswerRestoration;
import dev.veil.redact.Vault;
import dev.veil.restore.OutputScanner;
import dev.veil.restore.Restore;
import dev.veil.restore.RestoreStats;
import dev.veil.restore.StreamKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * The answer side of the pipeline as the proxy handler sees it: {@link Restore}, with output
 * scanning when the active config turns it on, and its counts put into the exchange record.
 */
final class RestoreAnswers implements AnswerRestoration {
  private final Restore restore;
  private final Supplier<OutputScanner> output;

  /** @param output the output scanner of the active config, null while output scanning is off */
  RestoreAnswers(Restore restore, Supplier<OutputScanner> output) {
    this.restore = restore;
    this.output = output;
  }

  @Override
  public byte[] restoreBody(String route, byte[] body, Vault vault, ExchangeRecord record) {
    RestoreStats stats = new RestoreStats();
    byte[] out = restore.restoreBody(body, vault, output.get(), stats);
    note(stats, record);
    return out;
  }

  @Override
  public void relayStream(String route, InputStream upstream, OutputStream client, Vault vault, ExchangeRecord record)
      throws IOException {
    RestoreStats stats = new RestoreStats();
    try {
      restore.relayStream(upstream, client, kind(route), vault, output.get(), stats);
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
    stats.outputFindings().forEach((entity, n) -> record.outputFindings.merge(entity, n, Integer::sum));
  }

  private static void put(ExchangeRecord record, String key, int n) {
    if (n > 0) {
      record.restore.merge(key, n, Integer::sum);
    }
  }
}
