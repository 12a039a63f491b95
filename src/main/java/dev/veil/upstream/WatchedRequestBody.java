package dev.veil.upstream;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A request body written to the upstream in slices, each under the write deadline of its
 * {@link StallWatch.Watched}: a slice that does not leave within {@code write_timeout} (the
 * upstream stopped reading) gets the call cancelled as timed out.
 */
final class WatchedRequestBody extends RequestBody {
  private static final int SLICE = 64 * 1024;

  private final RequestBody body;
  private final StallWatch.Watched watched;

  WatchedRequestBody(RequestBody body, StallWatch.Watched watched) {
    this.body = body;
    this.watched = watched;
  }

  @Override
  public MediaType contentType() {
    return body.contentType();
  }

  @Override
  public long contentLength() throws IOException {
    return body.contentLength();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    Buffer whole = new Buffer();
    body.writeTo(whole);
    try {
      while (whole.size() > 0) {
        watched.beginWrite();
        sink.write(whole, Math.min(SLICE, whole.size()));
        sink.emit();
      }
      watched.beginWrite();
      sink.flush();
    } finally {
      watched.endIo();
    }
  }
}
