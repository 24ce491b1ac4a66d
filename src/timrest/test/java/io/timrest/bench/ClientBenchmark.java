package io.timrest.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.timrest.ImportResult;
import io.timrest.RetryPolicy;
import io.timrest.TimRestClient;
import io.timrest.UserSig;
import io.timrest.model.Envelope;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupMsgResponse;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.TIMCustomElem;
import io.timrest.model.TIMCustomElemContent;
import io.timrest.model.TIMFaceElem;
import io.timrest.model.TIMFaceElemContent;
import io.timrest.model.TIMTextElem;
import io.timrest.model.TIMTextElemContent;
import io.timrest.model.TimJsonAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Calls per second of timrest against a raw OkHttp baseline, on the same in-process loopback server.
 *
 * <p>The baseline is what a hand-written client at its cheapest would do: POST the request's JSON,
 * serialized once up front (byte-identical to what timrest sends), to the same URL with the same five
 * query parameters (UserSig signed once, a fresh {@code random} per call), and read the response
 * body to a string. Each side has its own {@link OkHttpClient} with OkHttp's default connection pool.
 * {@link #setup()} checks that both sides really send the same bytes before anything is measured.
 *
 * <p>Not a test (Surefire never runs it): run it with {@link BenchmarkMain}, i.e.
 * {@code mvn -B -q -Pbench -DskipTests -Ddrift.skip=true test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClientBenchmark {
  static {
    // Read once, when the JDK server's config class loads: without it every response on loopback
    // waits ~40 ms for the client's delayed ACK (Nagle). Must precede the first HttpServer.create.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  static final long SDK_APP_ID = 1400123456L;
  static final String ADMIN = "administrator";
  static final String SECRET_KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
  static final String MODIFY_PATH = "v4/openim/modify_group_msg";
  static final String IMPORT_PATH = "v4/group_open_http_svc/import_group_msg";
  static final int IMPORT_MESSAGES = 7;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final long RANDOM_BOUND = 1L << 32;

  static final byte[] MODIFY_RESPONSE =
      "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}".getBytes(StandardCharsets.UTF_8);
  static final byte[] IMPORT_RESPONSE = importResponse().getBytes(StandardCharsets.UTF_8);

  /**
   * {@code jdk}: com.sun.net.httpserver with {@code sun.net.httpserver.nodelay} (the default);
   * {@code mockwebserver}: mockwebserver3 with a Dispatcher, kept for comparison only. Measured here,
   * mockwebserver3 5.5.1 answers about 22 calls/s per connection (a ~45 ms Nagle/delayed-ACK stall
   * on every response; it offers no TCP_NODELAY switch) and records every request in an unbounded
   * queue, so it measures the server, not the clients.
   */
  @Param({"jdk"})
  public String server;

  private LoopbackServer loopback;
  private TimRestClient timrest;
  private OkHttpClient baseline;

  private ModifyGroupMsgRequest modifyRequest;
  private ImportGroupMsgRequest importRequest;
  private RequestBody modifyBody;
  private RequestBody importBody;
  private JsonAdapter<ModifyGroupMsgRequest> modifyRequestAdapter;
  private JsonAdapter<ImportGroupMsgRequest> importRequestAdapter;
  private JsonAdapter<Envelope> envelopeAdapter;
  private JsonAdapter<ImportGroupMsgResponse> importResponseAdapter;
  /** The URL up to and including {@code random=}; {@code &contenttype=json} follows the random. */
  private String modifyUrlPrefix;
  private String importUrlPrefix;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    loopback = "mockwebserver".equals(server) ? new MockWebServerLoopback() : new JdkLoopback();
    String baseUrl = loopback.baseUrl();

    timrest = TimRestClient.builder()
        .sdkAppId(SDK_APP_ID)
        .adminIdentifier(ADMIN)
        .secretKey(SECRET_KEY)
        .baseUrl(baseUrl)
        .retryPolicy(RetryPolicy.none()) // a failure must fail the benchmark, not hide in a retry
        .build();
    baseline = new OkHttpClient();

    modifyRequest = modifyRequest();
    importRequest = importRequest();

    // Pre-serialized bodies, written by the same generated adapters timrest uses.
    Moshi moshi = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();
    modifyBody = RequestBody.create(toJson(moshi, ModifyGroupMsgRequest.class, modifyRequest), JSON);
    importBody = RequestBody.create(toJson(moshi, ImportGroupMsgRequest.class, importRequest), JSON);
    modifyRequestAdapter = moshi.adapter(ModifyGroupMsgRequest.class);
    importRequestAdapter = moshi.adapter(ImportGroupMsgRequest.class);
    envelopeAdapter = moshi.adapter(Envelope.class);
    importResponseAdapter = moshi.adapter(ImportGroupMsgResponse.class);

    String userSig = UserSig.generate(SDK_APP_ID, SECRET_KEY, ADMIN, Duration.ofDays(1));
    String query = "?sdkappid=" + SDK_APP_ID + "&identifier=" + ADMIN + "&usersig=" + userSig + "&random=";
    modifyUrlPrefix = baseUrl + MODIFY_PATH + query;
    importUrlPrefix = baseUrl + IMPORT_PATH + query;

    verifySameWire();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    timrest.close();
    baseline.dispatcher().executorService().shutdown();
    baseline.connectionPool().evictAll();
    loopback.close();
  }

  @Benchmark
  public Envelope modifyGroupMsgTimrest() {
    return timrest.modifyGroupMsg(modifyRequest);
  }

  @Benchmark
  public String modifyGroupMsgBaseline() throws IOException {
    return post(modifyUrlPrefix, modifyBody);
  }

  @Benchmark
  public ImportResult importGroupMsgTimrest() {
    return timrest.importGroupMsg(importRequest);
  }

  @Benchmark
  public String importGroupMsgBaseline() throws IOException {
    return post(importUrlPrefix, importBody);
  }

  /**
   * The baseline plus the JSON work any client must do: the request serialized and the response
   * read into the model on every call, with the same generated adapters (no validation, no
   * envelope check, no retries).
   */
  @Benchmark
  public Envelope modifyGroupMsgBaselineJson() throws IOException {
    return postJson(modifyUrlPrefix, modifyRequestAdapter, modifyRequest, envelopeAdapter);
  }

  @Benchmark
  public ImportGroupMsgResponse importGroupMsgBaselineJson() throws IOException {
    return postJson(importUrlPrefix, importRequestAdapter, importRequest, importResponseAdapter);
  }

  private <Q, A> A postJson(String urlPrefix, JsonAdapter<Q> requestAdapter, Q value, JsonAdapter<A> responseAdapter)
      throws IOException {
    Buffer json = new Buffer();
    requestAdapter.toJson(json, value);
    Request request = new Request.Builder()
        .url(urlPrefix + ThreadLocalRandom.current().nextLong(RANDOM_BOUND) + "&contenttype=json")
        .post(RequestBody.create(json.readByteString(), JSON))
        .build();
    try (Response response = baseline.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return responseAdapter.fromJson(response.body().source());
    }
  }

  private String post(String urlPrefix, RequestBody body) throws IOException {
    Request request = new Request.Builder()
        .url(urlPrefix + ThreadLocalRandom.current().nextLong(RANDOM_BOUND) + "&contenttype=json")
        .post(body)
        .build();
    try (Response response = baseline.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return response.body().string();
    }
  }

  // --- the requests -------------------------------------------------------------------------

  /** A text plus a custom element and CloudCustomData, as an edit of a sent message would carry. */
  static ModifyGroupMsgRequest modifyRequest() {
    return ModifyGroupMsgRequest.builder()
        .groupId("@TGS#1HYEP2SHC")
        .msgSeq(23L)
        .msgBody(List.of(
            text("hello, this message was edited: the meeting moves to 15:30 in room 4.12"),
            TIMCustomElem.builder()
                .msgContent(TIMCustomElemContent.builder()
                    .data("{\"kind\":\"edited\",\"editor\":\"leckie\",\"version\":2}")
                    .desc("edited")
                    .ext("edit")
                    .build())
                .build()))
        .cloudCustomData("{\"edited\":true,\"at\":1620808101}")
        .build();
  }

  /** Seven messages in ascending SendTime, every one with its Random already set. */
  static ImportGroupMsgRequest importRequest() {
    long firstSendTime = Instant.now().getEpochSecond() - 86_400;
    List<ImportMsg> messages = new ArrayList<>();
    for (int i = 0; i < IMPORT_MESSAGES; i++) {
      List<MsgElement> body = new ArrayList<>();
      body.add(text("imported message " + (i + 1) + ": red packet from the archive"));
      if (i % 3 == 0) {
        body.add(TIMFaceElem.builder()
            .msgContent(TIMFaceElemContent.builder().index(6).data("abc\u0000\u0001").build())
            .build());
      }
      messages.add(ImportMsg.builder()
          .fromAccount(i % 2 == 0 ? "leckie" : "peter")
          .sendTime(firstSendTime + 60L * i)
          .random(8_912_345L + i)
          .msgBody(body)
          .build());
    }
    return ImportGroupMsgRequest.builder()
        .groupId("@TGS#2C5SZEAEF")
        .recentContactFlag(1)
        .msgList(messages)
        .build();
  }

  private static TIMTextElem text(String text) {
    return TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text(text).build()).build();
  }

  private static String importResponse() {
    StringBuilder json = new StringBuilder("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"ImportMsgResult\":[");
    for (int i = 0; i < IMPORT_MESSAGES; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"MsgSeq\":").append(i + 1)
          .append(",\"MsgTime\":").append(1_620_808_101L + 60L * i)
          .append(",\"Result\":0}");
    }
    return json.append("]}").toString();
  }

  private static <T> ByteString toJson(Moshi moshi, Class<T> type, T value) throws IOException {
    Buffer buffer = new Buffer();
    moshi.adapter(type).toJson(buffer, value);
    return buffer.readByteString();
  }

  // --- fairness check -----------------------------------------------------------------------

  /** Fails the trial unless both clients send the same body, path and query (but the random). */
  private void verifySameWire() throws IOException {
    for (String path : List.of(MODIFY_PATH, IMPORT_PATH)) {
      boolean modify = path.equals(MODIFY_PATH);
      if (modify) {
        timrest.modifyGroupMsg(modifyRequest);
      } else if (!timrest.importGroupMsg(importRequest).allImported()) {
        throw new IllegalStateException("the loopback import answer was not read as all imported");
      }
      Captured fromTimrest = loopback.lastRequest();
      String answer = post(modify ? modifyUrlPrefix : importUrlPrefix, modify ? modifyBody : importBody);
      Captured fromBaseline = loopback.lastRequest();

      require(answer.equals(new String(modify ? MODIFY_RESPONSE : IMPORT_RESPONSE, StandardCharsets.UTF_8)),
          path + ": baseline read another answer");
      require(fromTimrest.path.equals("/" + path), path + ": timrest posted to " + fromTimrest.path);
      require(fromBaseline.path.equals("/" + path), path + ": baseline posted to " + fromBaseline.path);
      require(fromTimrest.body.equals(fromBaseline.body),
          path + ": bodies differ\n timrest:  " + fromTimrest.body.utf8() + "\n baseline: " + fromBaseline.body.utf8());
      Map<String, String> timrestQuery = queryOf(fromTimrest.rawQuery);
      Map<String, String> baselineQuery = queryOf(fromBaseline.rawQuery);
      require(List.copyOf(timrestQuery.keySet()).equals(List.of("sdkappid", "identifier", "usersig", "random", "contenttype")),
          path + ": timrest query parameters " + timrestQuery.keySet());
      for (Map<String, String> query : List.of(timrestQuery, baselineQuery)) {
        long random = Long.parseLong(query.remove("random"));
        require(random >= 0 && random < RANDOM_BOUND, path + ": random out of range: " + random);
        // Both UserSigs are signed with the same key, identifier and validity, but maybe in another
        // second: compare what they claim, except the issue time (which also changes how well the
        // token compresses, so not their length either).
        String userSig = query.remove("usersig");
        UserSig.Claims claims = UserSig.decode(userSig);
        query.put("usersig", claims.identifier() + "/" + claims.sdkAppId() + "/" + claims.expire());
      }
      require(timrestQuery.equals(baselineQuery),
          path + ": queries differ (random and UserSig issue time aside): " + timrestQuery + " vs " + baselineQuery);
    }
  }

  private static Map<String, String> queryOf(String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      query.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return query;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  // --- the loopback servers -----------------------------------------------------------------

  static final class Captured {
    final String path;
    final String rawQuery;
    final ByteString body;

    Captured(String path, String rawQuery, ByteString body) {
      this.path = path;
      this.rawQuery = rawQuery;
      this.body = body;
    }
  }

  /** Answers a fixed OK envelope per path, keeps connections alive, binds 127.0.0.1 only. */
  interface LoopbackServer extends AutoCloseable {
    String baseUrl();

    /** The last request received (the same small cost is paid for every request of both sides). */
    Captured lastRequest();

    @Override
    void close() throws IOException;
  }

  /** The JDK's com.sun.net.httpserver with TCP_NODELAY; no per-request recording. */
  static final class JdkLoopback implements LoopbackServer {
    private final HttpServer http;
    private final ExecutorService workers = Executors.newFixedThreadPool(8, runnable -> {
      Thread thread = new Thread(runnable, "loopback-http");
      thread.setDaemon(true);
      return thread;
    });
    private final AtomicReference<Captured> last = new AtomicReference<>();

    JdkLoopback() throws IOException {
      if (!"true".equals(System.getProperty("sun.net.httpserver.nodelay"))) {
        throw new IllegalStateException("sun.net.httpserver.nodelay must be true before the server is created");
      }
      http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 128);
      http.createContext("/" + MODIFY_PATH, exchange -> answer(exchange, MODIFY_RESPONSE));
      http.createContext("/" + IMPORT_PATH, exchange -> answer(exchange, IMPORT_RESPONSE));
      http.setExecutor(workers);
      http.start();
    }

    private void answer(HttpExchange exchange, byte[] response) throws IOException {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes(); // drained completely, so the connection is reused
      }
      last.set(new Captured(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
          ByteString.of(body)));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, response.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response);
      }
    }

    @Override
    public String baseUrl() {
      return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    @Override
    public Captured lastRequest() {
      return last.get();
    }

    @Override
    public void close() {
      http.stop(0);
      workers.shutdownNow();
    }
  }

  /** mockwebserver3 with a Dispatcher; it queues every request it records, so the queue is drained. */
  static final class MockWebServerLoopback implements LoopbackServer {
    private final MockWebServer mock = new MockWebServer();
    private final AtomicReference<Captured> last = new AtomicReference<>();

    MockWebServerLoopback() throws IOException {
      MockResponse modify = okResponse(MODIFY_RESPONSE);
      MockResponse imported = okResponse(IMPORT_RESPONSE);
      mock.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
          mock.takeRequest(0, TimeUnit.NANOSECONDS); // keep the recorded-request queue from growing
          HttpUrl url = request.getUrl();
          ByteString body = request.getBody();
          last.set(new Captured(url.encodedPath(), url.encodedQuery(), body == null ? ByteString.EMPTY : body));
          String path = url.encodedPath();
          if (path.equals("/" + MODIFY_PATH)) {
            return modify;
          }
          if (path.equals("/" + IMPORT_PATH)) {
            return imported;
          }
          return new MockResponse.Builder().code(404).build();
        }
      });
      mock.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    private static MockResponse okResponse(byte[] body) {
      return new MockResponse.Builder()
          .setHeader("Content-Type", "application/json")
          .body(new Buffer().write(body))
          .build();
    }

    @Override
    public String baseUrl() {
      return mock.url("/").toString();
    }

    @Override
    public Captured lastRequest() {
      return last.get();
    }

    @Override
    public void close() {
      mock.close();
    }
  }
}
