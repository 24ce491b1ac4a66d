package io.timrest;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.ByteString;

/**
 * A JSON request body that OkHttp may send at most once. OkHttp silently re-sends a request whose
 * pooled connection broke after the body was written, when the server may already have acted on
 * it; a one-shot body forbids exactly that, while OkHttp still tries other routes when a connection
 * cannot be made at all (nothing was sent). Repeating a request is the retry policy's decision,
 * with an idempotent request (see {@link RetryingCaller}).
 */
final class SentOnceBody extends RequestBody {
  private final ByteString json;
  private final MediaType contentType;

  SentOnceBody(ByteString json, MediaType contentType) {
    this.json = json;
    this.contentType = contentType;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    return json.size();
  }

  @Override
  public boolean isOneShot() {
    return true;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(json);
  }
}
