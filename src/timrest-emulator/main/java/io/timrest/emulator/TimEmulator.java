package io.timrest.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.timrest.TimRestClient;
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
import java.util.concurrent.ConcurrentHashMap;
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
 * body that is empty, not a JSON object, not UTF-8 or nested deeper than 64 levels is 90001 for
 * {@code openim} and 60003 otherwise; one over 1 MiB is the service's "too long" code, answered
 * with {@code Connection: close}; an emulator failure is the service's internal-error code and a
 * log line on the {@code System.Logger} named after this class (see the package description). Each
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

  /**
   * How much of an over-long body is read and discarded before the answer; beyond it the
   * connection is closed after the answer, unread.
   */
  static final long MAX_DRAINED_BYTES = 64L << 20;

  /** The internal-error code when no service is known: 70500, the public "internal server error". */
  private static final int UNKNOWN_SERVICE_INTERNAL_ERROR = 70500;

  private static final System.Logger LOG = System.getLogger(TimEmulator.class.getName());

  private static final Pattern PATH = Pattern.compile("/v4/([^/]+)/([^/]+)");
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final byte[] BAD_GATEWAY_PAGE = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
      + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n")
      .getBytes(StandardCharsets.UTF_8);

  private final EmulatorConfig config;
  private final Faults faults;
  private final RequestAuth auth;
  private final RateLimiter rateLimiter;
  private final Map<String, Service> services = new ConcurrentHashMap<>();
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
   * A client builder already set up for this emulator: its base URL, SDKAppID, admin and secret
   * key, and its clock (so that the client signs UserSigs and checks message times on the
   * emulator's time, a {@link MutableClock} included). Everything else is the client's default,
   * retries included; add settings, then build:
   *
   * <pre>{@code
   * try (TimRestClient client = emulator.clientBuilder().retryPolicy(RetryPolicy.none()).build()) { ... }
   * }</pre>
   *
   * @return a new builder on each call
   */
  public TimRestClient.Builder clientBuilder() {
    return TimRestClient.builder()
        .sdkAppId(config.sdkAppId())
        .adminIdentifier(config.adminIdentifier())
        .secretKey(secretKey())
        .baseUrl(baseUrl())
        .clock(config.clock());
  }

  /**
   * The live fault settings; changes apply to the next request.
   *
   * @return the faults, shared by every request of this emulator
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Between two tests that share this emulator: the faults as configured, and no call counted
   * against the rate limits. The stored accounts, groups and messages stay.
   */
  void resetBetweenTests() {
    faults.restoreConfigured();
    rateLimiter.clear();
  }

  /** Stops the server and its threads. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  /** Tests only: serves {@code command} of {@code serviceName} with {@code endpoint} from now on. */
  void replaceEndpoint(String serviceName, String command, Endpoint endpoint) {
    services.computeIfPresent(serviceName, (name, service) -> {
      Map<String, Endpoint> commands = new HashMap<>(service.commands());
      commands.put(command, endpoint);
      return new Service(name, service.invalidParameter(), service.unparsableBody(), service.tooLongBody(),
          service.internalError(), Map.copyOf(commands), service.rateLimits(), service.internalErrors());
    });
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
      Body body = readBody(exchange.getRequestBody());
      if (body.tooLong()) {
        // What was not read is drained, but the connection is not reused after a body this long.
        exchange.getResponseHeaders().set("Connection", "close");
      }
      if (faults.rollGatewayError()) {
        send(exchange, 502, "text/html", BAD_GATEWAY_PAGE);
        return;
      }
      Reply reply;
      String[] serviceName = {""};
      try {
        reply = process(exchange, body, serviceName);
      } catch (VirtualMachineError e) {
        if (!(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
          throw e;
        }
        // One request's stack or allocation; both are released by now.
        reply = internalError(exchange, serviceName[0], e);
      } catch (RuntimeException | Error e) {
        reply = internalError(exchange, serviceName[0], e);
      }
      if (reply == null) {
        // Commit then drop: closing an exchange whose response was never started closes the
        // connection, so the client sees a broken connection after the state changed.
        return;
      }
      send(exchange, 200, JSON_TYPE, reply.toJson().toByteArray());
    }
  }

  /**
   * An emulator bug, answered as the service's internal error (a real server never answers
   * otherwise) and logged with its stack trace, so that it is loud without breaking the client.
   */
  private Reply internalError(HttpExchange exchange, String serviceName, Throwable failure) {
    LOG.log(System.Logger.Level.ERROR, "emulator internal error on " + exchange.getRequestMethod() + " "
        + exchange.getRequestURI().getRawPath(), failure);
    Service service = services.get(serviceName);
    int code = service != null ? service.internalError() : UNKNOWN_SERVICE_INTERNAL_ERROR;
    return Reply.fail(code, "internal error, please retry (emulator: " + failure.getClass().getSimpleName() + ")");
  }

  /** The reply to write, or null to drop the connection without one. */
  private Reply process(HttpExchange exchange, Body body, String[] serviceNameOut) {
    String path = exchange.getRequestURI().getRawPath();
    Matcher matcher = PATH.matcher(path == null ? "" : path);
    String serviceName = matcher.matches() ? matcher.group(1) : "";
    serviceNameOut[0] = serviceName;
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

  private Reply call(Service service, Endpoint endpoint, Body body) {
    if (body.tooLong()) {
      return Reply.fail(service.tooLongBody(), "the request body is longer than " + MAX_REQUEST_BYTES + " bytes");
    }
    Map<String, Object> json;
    try {
      json = Json.parseObject(body.bytes());
    } catch (Json.ParseException e) {
      return Reply.fail(service.unparsableBody(), "the request body is not a JSON object");
    }
    Instant now = config.clock().instant();
    try {
      return endpoint.handle(new Call(new Params(json, service.invalidParameter(), ""), body.bytes().size(), now));
    } catch (ApiError e) {
      return Reply.fail(e);
    }
  }

  /** A request body: its bytes, or, when it was longer than the limit, none and {@code tooLong}. */
  private record Body(ByteString bytes, boolean tooLong) {}

  /**
   * Keeps at most {@link #MAX_REQUEST_BYTES}; the rest of a longer body is read and discarded, up
   * to {@link #MAX_DRAINED_BYTES}, so that the client, which may still be writing, reads the
   * answer instead of a reset connection.
   */
  private static Body readBody(InputStream in) throws IOException {
    Buffer buffer = new Buffer();
    byte[] chunk = new byte[8192];
    long total = 0;
    int read;
    while (total <= MAX_DRAINED_BYTES && (read = in.read(chunk)) != -1) {
      total += read;
      if (total <= MAX_REQUEST_BYTES) {
        buffer.write(chunk, 0, read);
      } else {
        buffer.clear();
      }
    }
    return total > MAX_REQUEST_BYTES ? new Body(ByteString.EMPTY, true) : new Body(buffer.readByteString(), false);
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
