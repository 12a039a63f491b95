package dev.veil.upstream;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * A request body whose writes to the upstream each run under the write deadline of its
 * {@link StallWatch.Watched}: a write that does not leave within {@code write_timeout} (the
 * upstream stopped reading) gets the call cancelled as timed out. The body goes through a
 * forwarding sink segment by segment, so it is never held twice.
 */
final class WatchedRequestBody extends RequestBody {
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
    BufferedSink timed = Okio.buffer(new ForwardingSink(sink) {
      @Override
      public void write(Buffer source, long byteCount) throws IOException {
        watched.beginWrite();
        try {
          super.write(source, byteCount);
        } finally {
          watched.endIo();
        }
      }

      @Override
      public void flush() throws IOException {
        watched.beginWrite();
        try {
          super.flush();
        } finally {
          watched.endIo();
        }
      }
    });
    body.writeTo(timed);
    timed.flush(); // not close: OkHttp closes the exchange's own sink
  }
}
