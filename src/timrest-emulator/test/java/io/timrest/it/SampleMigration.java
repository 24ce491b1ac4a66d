package io.timrest.it;

import io.timrest.RetryPolicy;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.MutableClock;
import io.timrest.emulator.SampleHistory;
import io.timrest.emulator.TimEmulator;
import io.timrest.migrate.Migration;
import io.timrest.migrate.MigrationSummary;
import io.timrest.migrate.RecordType;
import io.timrest.model.CreateGroupRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * A small sample history, an emulator on a clock of its own, and runs of the history's migration
 * against it, each with a fresh client whose HTTP stack a test can add an interceptor to ({@link
 * Crash}, {@link Calls}). One worker makes the order of the calls the same in every run.
 */
final class SampleMigration implements AutoCloseable {
  static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  /**
   * 5 accounts, 2 groups of 3 members and 10 messages (a batch of 7 and one of 3), 2
   * conversations of 3 messages, an unread count per group.
   */
  static final SampleHistory SAMPLE = new SampleHistory(2, 10, 3, 2, 3, SampleHistory.Order.INTERLEAVED, NOW);
  /** The records of the second group when the server refuses them: 3 members, 10 messages, 1 unread count. */
  static final int SECOND_GROUP_RECORDS = 14;

  final MutableClock clock = MutableClock.at(NOW);
  final TimEmulator emulator = TimEmulator.start(EmulatorConfig.builder().clock(clock).rateLimitPerSecond(0).build());
  final Path history;
  final Path checkpoint;
  final Path report;

  SampleMigration(Path dir) {
    try {
      Files.createDirectories(dir);
      history = dir.resolve("history.jsonl");
      SAMPLE.write(history);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkpoint = dir.resolve("history.checkpoint");
    report = dir.resolve("report.jsonl");
  }

  /** The records of each type in {@link #SAMPLE}. */
  static Map<RecordType, Long> records() {
    Map<RecordType, Long> records = new EnumMap<>(RecordType.class);
    records.put(RecordType.ACCOUNT, (long) SAMPLE.accounts());
    records.put(RecordType.GROUP, 2L);
    records.put(RecordType.MEMBER, 6L);
    records.put(RecordType.GROUP_MSG, 20L);
    records.put(RecordType.C2C_MSG, 6L);
    records.put(RecordType.UNREAD, 2L);
    return records;
  }

  /** A client of the emulator whose HTTP stack is {@code http}, retrying quickly. */
  TimRestClient client(OkHttpClient http) {
    return emulator.clientBuilder()
        .okHttpClient(http)
        .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)).withRateLimitDelay(Duration.ofMillis(1)))
        .build();
  }

  /**
   * Makes the second group of the sample an AVChatRoom that someone created before the
   * migration: its GroupId is in use, and the server refuses its members, messages and unread
   * count (10007).
   */
  void createTheSecondGroupAsAnAvChatRoom() {
    OkHttpClient http = new OkHttpClient();
    try (TimRestClient client = client(http)) {
      client.createGroup(CreateGroupRequest.builder().type("AVChatRoom").groupId(SampleHistory.groupId(1)).name("live").build());
    } finally {
      http.connectionPool().evictAll();
    }
  }

  /** The report's lines. */
  List<String> reportLines() {
    try {
      return Files.readAllLines(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A run with a fresh client whose HTTP stack has {@code interceptor}. */
  MigrationSummary run(Interceptor interceptor) throws IOException {
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(interceptor).build();
    try (TimRestClient client = client(http)) {
      return Migration.builder()
          .client(client)
          .input(history)
          .checkpoint(checkpoint)
          .report(report)
          .parallelism(1)
          .clock(clock)
          .build()
          .run();
    } finally {
      http.connectionPool().evictAll();
    }
  }

  @Override
  public void close() {
    emulator.close();
  }

  /** The body of a request an interceptor sees. */
  static String bodyOf(Request request) throws IOException {
    Buffer body = new Buffer();
    request.body().writeTo(body);
    return body.readUtf8();
  }

  /** An answer the server did not give: {@code code} with {@code info}, in the API's envelope. */
  static Response refusal(Request request, long code, String info) {
    String json = "{\"ActionStatus\":\"FAIL\",\"ErrorInfo\":\"" + info + "\",\"ErrorCode\":" + code + "}";
    return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
        .body(ResponseBody.create(json, MediaType.get("application/json; charset=utf-8"))).build();
  }

  /** The run stops when its k-th call is made: before it is sent, or once the server committed it. */
  enum CrashPoint {
    BEFORE_SENDING,
    AFTER_THE_SERVER_COMMITTED
  }

  /**
   * What simulates a crash: thrown out of the client, the engine and the run, as nothing catches
   * it. An {@link Error}, because the client turns every exception of a call into a
   * {@code TimTransportException} (which the engine would retry), but lets errors through.
   */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String message) {
      super(message);
    }
  }

  /**
   * Lets calls through until the {@code k}-th call that {@code matches}; it and every later call
   * crash. With one worker nothing else is in flight, so the run stops with its checkpoint as it
   * was before that call, as after {@code kill -9}.
   */
  static final class Crash implements Interceptor {
    private final int k;
    private final CrashPoint point;
    private final Predicate<Request> matches;
    private final AtomicInteger matching = new AtomicInteger();
    private volatile boolean crashed;

    Crash(int k, CrashPoint point, Predicate<Request> matches) {
      this.k = k;
      this.point = point;
      this.matches = matches;
    }

    /** Crashes at the {@code k}-th call of {@code operation} (the last segment of its path). */
    static Crash atCallOf(String operation, int k, CrashPoint point) {
      return new Crash(k, point, request -> request.url().encodedPath().endsWith("/" + operation));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      if (crashed) {
        throw new SimulatedCrash("a call after the crash");
      }
      if (!matches.test(chain.request()) || matching.incrementAndGet() < k) {
        return chain.proceed(chain.request());
      }
      crashed = true;
      if (point == CrashPoint.AFTER_THE_SERVER_COMMITTED) {
        chain.proceed(chain.request()).close(); // the server has handled the call: its state changed
      }
      throw new SimulatedCrash("crashed at call " + k + " " + point + ": " + chain.request().url().encodedPath());
    }
  }

  /** Counts the calls of a run, all of them and each operation's. */
  static final class Calls implements Interceptor {
    final AtomicInteger all = new AtomicInteger();
    final Map<String, AtomicInteger> byOperation = new ConcurrentHashMap<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
      all.incrementAndGet();
      String path = chain.request().url().encodedPath();
      byOperation.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1), p -> new AtomicInteger()).incrementAndGet();
      return chain.proceed(chain.request());
    }

    /** The calls of {@code operation}, the last segment of its path. */
    int of(String operation) {
      AtomicInteger count = byOperation.get(operation);
      return count == null ? 0 : count.get();
    }

    /** The calls by operation, for assertions and messages. */
    Map<String, Integer> snapshot() {
      Map<String, Integer> snapshot = new TreeMap<>();
      byOperation.forEach((operation, count) -> snapshot.put(operation, count.get()));
      return snapshot;
    }
  }
}
