package dev.veil.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One scrape of Veil's admin {@code /metrics}, with lookups by metric name and label values.
 * Parses only what Veil's Prometheus text has: {@code name{k="v",...} value} lines.
 */
public final class MetricsScrape {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String text;

  private MetricsScrape(String text) {
    this.text = text;
  }

  public static MetricsScrape of(int adminPort) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/metrics"))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("metrics answered " + r.statusCode());
      }
      return new MetricsScrape(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The sum over every series of {@code name} whose labels include all of {@code labels}. */
  public double sum(String name, Map<String, String> labels) {
    double total = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || !line.startsWith(name)) {
        continue;
      }
      int brace = line.indexOf('{');
      int space = line.lastIndexOf(' ');
      String metric = brace < 0 ? line.substring(0, space) : line.substring(0, brace);
      if (!metric.equals(name)) {
        continue;
      }
      String labelText = brace < 0 ? "" : line.substring(brace, line.indexOf('}') + 1);
      boolean all = true;
      for (Map.Entry<String, String> l : labels.entrySet()) {
        String pair = l.getKey() + "=\"" + l.getValue() + "\"";
        all &= labelText.contains("{" + pair) || labelText.contains("," + pair);
      }
      if (all) {
        total += Double.parseDouble(line.substring(space + 1));
      }
    }
    return total;
  }

  public String text() {
    return text;
  }
}
