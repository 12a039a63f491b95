package dev.veil.config;

/**
 * Bounds on what a request may be, each answered with an OpenAI-shaped error when exceeded.
 *
 * @param maxBodyBytes request body after decompression (413)
 * @param maxJsonDepth nesting of objects and arrays (400)
 * @param maxStringLength one JSON string, in chars (400)
 * @param maxItems elements of any one array, e.g. messages or input items (400)
 * @param maxNumberLength digits of one JSON number (400)
 * @param scanBudgetMillis detector time per request; over it the request fails closed (422)
 */
public record LimitsConfig(
    Long maxBodyBytes,
    Integer maxJsonDepth,
    Integer maxStringLength,
    Integer maxItems,
    Integer maxNumberLength,
    Long scanBudgetMillis) {
  public LimitsConfig {
    maxBodyBytes = maxBodyBytes == null ? 16L * 1024 * 1024 : maxBodyBytes;
    maxJsonDepth = maxJsonDepth == null ? 64 : maxJsonDepth;
    maxStringLength = maxStringLength == null ? 8 * 1024 * 1024 : maxStringLength;
    maxItems = maxItems == null ? 100_000 : maxItems;
    maxNumberLength = maxNumberLength == null ? 100 : maxNumberLength;
    scanBudgetMillis = scanBudgetMillis == null ? 10_000L : scanBudgetMillis;
  }
}
