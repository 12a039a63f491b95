package dev.veil.upstream;

import java.io.InputStream;
import okhttp3.Call;
import okhttp3.Response;

/**
 * One upstream answer whose headers have arrived. The body is read by the caller; {@link #close()}
 * releases the connection, {@link #cancel()} aborts the call from any thread (e.g. when the client
 * went away mid-stream).
 */
public final class Exchange implements AutoCloseable {
  private final Call call;
  private final Response response;

  Exchange(Call call, Response response) {
    this.call = call;
    this.response = response;
  }

  public int status() {
    return response.code();
  }

  public okhttp3.Headers headers() {
    return response.headers();
  }

  /** The content type the upstream declared, or empty. */
  public String contentType() {
    String ct = response.header("Content-Type");
    return ct == null ? "" : ct;
  }

  public boolean isEventStream() {
    return contentType().regionMatches(true, 0, "text/event-stream", 0, 17);
  }

  /** The decoded body (OkHttp undoes the upstream's gzip). */
  public InputStream body() {
    return response.body().byteStream();
  }

  public void cancel() {
    call.cancel();
  }

  @Override
  public void close() {
    response.close();
  }
}
