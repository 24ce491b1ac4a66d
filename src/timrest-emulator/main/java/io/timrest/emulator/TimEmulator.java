package io.timrest.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;
import okio.ByteString;

/**
 * A local, in-memory, thread-safe emulator of the Tencent Cloud Chat server REST API, for demos
 * without a Tencent account and for tests that want real HTTP against the server's rules.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.atSystemTime();
 * try (TimEmulator emu = TimEmulator.start(EmulatorConfig.builder().clock(clock).build())) {
 *   String sig = UserSig.generate(emu.config().sdkAppId(), emu.secretKey(),
 *       emu.config().adminIdentifier(), Duration.ofDays(1), clock);
 *   // POST emu.baseUrl() + "v4/openim/sendmsg?sdkappid=...&identifier=...&usersig=...&random=..."
 * }
 * }</pre>
 *
 * <p>Served endpoints: {@code im_open_login_svc/} {@code account_import}, {@code
 * multiaccount_import}; {@code group_open_http_svc/} {@code create_group}, {@code send_group_msg},
 * {@code group_msg_get_simple}, {@code get_group_member_info}, and the migration flow of
 * docs/server-rules.md §9: {@code import_group}, {@code import_group_member}, {@code
 * import_group_msg}, {@code set_unread_msg_num}; {@code openim/} {@code modify_group_msg}, {@code
 * sendmsg}, {@code importmsg}, {@code admin_getroammsg}, {@code modify_c2c_msg}. Every call is a POST to {@code /v4/{service}/{command}}
 * with the query of docs/server-rules.md §1, checked as {@code RequestAuth} describes. Business outcomes are
 * HTTP 200 with content type {@code application/json; charset=utf-8} and the envelope {@code
 * ActionStatus}, {@code ErrorInfo}, {@code ErrorCode}. An unknown service or command is 60009; a
 * body that is empty or not a JSON object is 90001 for {@code openim} and 60003 otherwise. Each
 * endpoint allows {@link EmulatorConfig#rateLimitPerSecond()} calls per second of the emulator's
 * clock (or its own lower documented limit), then answers 60007. {@link #faults()} injects latency, gateway errors, retryable errors
 * and lost responses.
 *
 * <p>The server listens on 127.0.0.1 only. State lives as long as the emulator; {@link #close()}
 * stops it.
 */
public final class TimEmulator implements AutoCloseable {
  /**
   * The largest request body read, in bytes; a longer one fails with the service's "too long"
   * code (93000 for openim, 10020 for group_open_http_svc). Not documented; it only keeps one
   * request from exhausting the emulator's memory.
   */
  static final int MAX_REQUEST_BYTES = 1 << 20;

  private static final Pattern PATH = Pattern.compile("/v4/([^/]+)/([^/]+)");
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final byte[] BAD_GATEWAY_PAGE = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
      + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n")
      .getBytes(StandardCharsets.UTF_8);

  private final EmulatorConfig config;
  private final Faults faults;
  private final RequestAuth auth;
  private final RateLimiter rateLimiter;
  private final Map<String, Service> services = new HashMap<>();
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TimEmulator(EmulatorConfig config) throws IOException {
    this.config = config;
    this.faults = new Faults(config);
    this.auth = new RequestAuth(config);
    this.rateLimiter = new RateLimiter(config.rateLimitPerSecond(), config.clock());
    Accounts accounts = new Accounts(config.adminIdentifier());
    GroupStore groups = new GroupStore();
    C2cStore c2c = new C2cStore();
    for (Service service : new Service[] {
        new AccountHandler(accounts).service(),
        new GroupHandler(groups, accounts, config.importGroupMemberLimit()).service(),
        new OpenImHandler(groups, c2c, accounts).service()}) {
      services.put(service.name(), service);
    }

    // The JDK server leaves Nagle's algorithm on unless this is set before its first server is
    // created; with OkHttp on loopback, Nagle on one side and delayed ACKs on the other stall
    // every request by about 40 ms (measured here). The property is read once per
    // JVM, so it is set here, not per instance.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), config.port()), 0);
    this.executor = newExecutor(config.threads());
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts an emulator with every default: SDKAppID 1400000000, admin {@code administrator}, a
   * random secret key, any free port on 127.0.0.1.
   *
   * @return the running emulator; {@link #close()} it when done
   * @throws UncheckedIOException when the server cannot be started
   */
  public static TimEmulator start() {
    return start(EmulatorConfig.builder().build());
  }

  /**
   * Starts an emulator on 127.0.0.1.
   *
   * @param config the settings
   * @return the running emulator; {@link #close()} it when done
   * @throws NullPointerException if {@code config} is null
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static TimEmulator start(EmulatorConfig config) {
    Objects.requireNonNull(config, "config");
    try {
      return new TimEmulator(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the emulator on 127.0.0.1:" + config.port(), e);
    }
  }

  /**
   * The base URL for a client, for {@code TimRestClient.Builder.baseUrl(String)}.
   *
   * @return {@code http://127.0.0.1:PORT/}, with the trailing slash
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /**
   * The port the emulator listens on.
   *
   * @return the port; chosen by the system when the configuration asked for 0
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The settings the emulator was started with; the live fault settings are {@link #faults()}.
   *
   * @return the configuration
   */
  public EmulatorConfig config() {
    return config;
  }

  /**
   * The key UserSigs must be signed with, for {@code UserSig.generate} or a client's
   * {@code secretKey}.
   *
   * @return the configured key, or the one generated for this configuration
   */
  public String secretKey() {
    return config.secretKey();
  }

  /**
   * The live fault settings; changes apply to the next request.
   *
   * @return the faults, shared by every request of this emulator
   */
  public Faults faults() {
    return faults;
  }

  /** Stops the server and its threads. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "TimEmulator{" + baseUrl() + ", " + config + "}";
  }

  private static ExecutorService newExecutor(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = runnable -> {
      Thread thread = new Thread(runnable, "tim-emulator-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    // Bounded threads and queue; when both are full the accepting thread runs the request itself,
    // which slows acceptance down instead of failing it.
    return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(1024), factory, new ThreadPoolExecutor.CallerRunsPolicy());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long latency = faults.latencyMillis();
      if (latency > 0) {
        try {
          Thread.sleep(latency);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      ByteString body = readBody(exchange.getRequestBody());
      if (faults.rollGatewayError()) {
        send(exchange, 502, "text/html", BAD_GATEWAY_PAGE);
        return;
      }
      Reply reply;
      try {
        reply = process(exchange, body);
      } catch (RuntimeException e) {
        // An emulator bug, made loud: a real server never answers 500 for a business outcome.
        send(exchange, 500, "text/plain; charset=utf-8",
            ("emulator internal error: " + e).getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (reply == null) {
        // Commit then drop: closing an exchange whose response was never started closes the
        // connection, so the client sees a broken connection after the state changed.
        return;
      }
      send(exchange, 200, JSON_TYPE, reply.toJson().toByteArray());
    }
  }

  /** The reply to write, or null to drop the connection without one. */
  private Reply process(HttpExchange exchange, ByteString body) {
    String path = exchange.getRequestURI().getRawPath();
    Matcher matcher = PATH.matcher(path == null ? "" : path);
    String serviceName = matcher.matches() ? matcher.group(1) : "";
    Reply failure = auth.check(exchange.getRequestURI().getRawQuery(), serviceName);
    if (failure != null) {
      return failure;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      return Reply.fail(60002, "only POST is supported");
    }
    Service service = services.get(serviceName);
    Endpoint endpoint = service == null ? null : service.commands().get(matcher.group(2));
    if (endpoint == null) {
      return Reply.fail(60009, "unknown service or command");
    }
    if (!rateLimiter.tryAcquire(path, service.rateLimitOf(matcher.group(2)))) {
      return Reply.fail(60007, "REST call frequency over limit");
    }
    if (faults.rollRetryableError()) {
      int code = faults.retryableErrorCode();
      return Reply.fail(code != 0 ? code : service.internalErrorOf(matcher.group(2)), "internal error, please retry (injected)");
    }
    Reply reply = call(service, endpoint, body);
    return faults.rollDropAfterCommit() ? null : reply;
  }

  private Reply call(Service service, Endpoint endpoint, ByteString body) {
    if (body.size() > MAX_REQUEST_BYTES) {
      return Reply.fail(service.tooLongBody(), "the request body is longer than " + MAX_REQUEST_BYTES + " bytes");
    }
    Map<String, Object> json;
    try {
      json = Json.parseObject(body);
    } catch (Json.ParseException e) {
      return Reply.fail(service.unparsableBody(), "the request body is not a JSON object");
    }
    Instant now = config.clock().instant();
    try {
      return endpoint.handle(new Call(new Params(json, service.invalidParameter(), ""), body.size(), now));
    } catch (ApiError e) {
      return Reply.fail(e);
    }
  }

  /** Reads at most one byte more than the limit, so an over-long body is recognised, not stored. */
  private static ByteString readBody(InputStream in) throws IOException {
    Buffer buffer = new Buffer();
    byte[] chunk = new byte[8192];
    int read;
    while (buffer.size() <= MAX_REQUEST_BYTES && (read = in.read(chunk)) != -1) {
      buffer.write(chunk, 0, read);
    }
    return buffer.readByteString();
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
