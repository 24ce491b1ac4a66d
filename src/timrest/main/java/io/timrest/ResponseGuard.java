package io.timrest;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Decides which answers the converter gets to read: exactly HTTP 200 (anything else, a redirect or a
 * 202 included, is a {@link UnexpectedStatus}), with a body limited to a number of bytes as decoded
 * (after gzip), so a small compressed answer cannot inflate into memory. It also tells a failure
 * before the request was written ({@link NotSent}) from one after, and turns a runtime exception
 * inside OkHttp or Okio (a negative {@code Content-Length}, for example) into an I/O failure.
 * The outermost of the client's interceptors; {@link #network()} must run as a network interceptor.
 */
final class ResponseGuard implements Interceptor {
  private final long maxResponseBytes;

  ResponseGuard(long maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
  }

  /** Marks an attempt as written once a connection exists and the request is about to go out. */
  static Interceptor network() {
    return chain -> {
      Attempt attempt = chain.request().tag(Attempt.class);
      if (attempt != null) {
        attempt.written = true;
      }
      return chain.proceed(chain.request());
    };
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Attempt attempt = new Attempt();
    Request request = chain.request().newBuilder().tag(Attempt.class, attempt).build();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      if (attempt.written) {
        throw e;
      }
      throw new NotSent(e);
    } catch (RuntimeException e) {
      IOException failure = new IOException(e.getClass().getSimpleName() + " inside the HTTP client", e);
      throw attempt.written ? failure : new NotSent(failure);
    }
    if (response.code() != 200) {
      MediaType type = response.body() == null ? null : response.body().contentType();
      response.close();
      throw new UnexpectedStatus(response.code(), type == null ? "no content type" : type.toString());
    }
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    return response.newBuilder().body(new LimitedBody(body, maxResponseBytes)).build();
  }

  /** Per attempt: whether any of the request may have been written. */
  static final class Attempt {
    volatile boolean written;
  }

  /** The request was not written: the connection failed or the call failed before any I/O. */
  static final class NotSent extends IOException {
    private static final long serialVersionUID = 1L;

    NotSent(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** An answer with a status other than 200; its body is not read, it may echo the request. */
  static final class UnexpectedStatus extends IOException {
    private static final long serialVersionUID = 1L;
    final int code;

    UnexpectedStatus(int code, String contentType) {
      super("HTTP " + code + " (" + contentType + ") instead of the API's JSON");
      this.code = code;
    }
  }

  /** The answer's body, failing as soon as more than the limit has been decoded. */
  private static final class LimitedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    LimitedBody(ResponseBody delegate, long limit) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        private long total;

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          long read;
          try {
            read = super.read(sink, Math.min(byteCount, limit + 1 - total));
          } catch (RuntimeException e) {
            throw new IOException(e.getClass().getSimpleName() + " while reading the response", e);
          }
          if (read > 0) {
            total += read;
            if (total > limit) {
              throw new IOException("the response is larger than " + limit + " bytes");
            }
          }
          return read;
        }
      });
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    /** Unknown: the header may lie (or be negative), and the decoded size differs from it anyway. */
    @Override
    public long contentLength() {
      return -1;
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
