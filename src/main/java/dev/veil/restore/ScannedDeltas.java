package dev.veil.restore;

/**
 * A streamed text field with output scanning on: deltas go through a {@link StreamingScanner}
 * (raw text, findings replaced) and then through a {@link StreamingRestorer} (placeholders put
 * back), so the user's own restored data is never scanned.
 */
final class ScannedDeltas implements DeltaStage {

  private final StreamingScanner scanner;
  private final StreamingRestorer restorer;

  ScannedDeltas(StreamingScanner scanner, StreamingRestorer restorer) {
    this.scanner = scanner;
    this.restorer = restorer;
  }

  @Override
  public String push(String delta) {
    String scanned = scanner.push(delta);
    return scanned.isEmpty() ? "" : restorer.push(scanned);
  }

  @Override
  public String flush() {
    String scanned = scanner.flush();
    String head = scanned.isEmpty() ? "" : restorer.push(scanned);
    return head + restorer.flush();
  }
}
