package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.RetryPolicy;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.MutableClock;
import io.timrest.emulator.SampleHistory;
import io.timrest.emulator.TimEmulator;
import io.timrest.it.history.ExpectedHistory;
import io.timrest.it.history.ServerHistory;
import io.timrest.migrate.Migration;
import io.timrest.migrate.MigrationSummary;
import io.timrest.migrate.Outcome;
import io.timrest.migrate.RecordType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A migration stopped at any call resumes from its checkpoint and imports every record exactly
 * once. A crash is simulated in the client's HTTP stack: the run's k-th call either never leaves
 * (the process died before sending it) or reaches the server, which commits it, and its answer is
 * lost with the process; either way the run stops there, its checkpoint as it was. One worker
 * makes the order of the calls, and so the k-th call, the same in every run.
 *
 * <p>Resumed at once, the server's 5-minute de-duplication of group messages would hide a batch
 * sent twice; resumed 6 minutes later (the emulator's clock moved on), only the engine's
 * reconciliation with the server keeps a batch that reached the server from being imported again.
 */
class MigrationResumeTest {
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final Duration PAST_THE_DEDUP_WINDOW = Duration.ofMinutes(6);
  /** 5 accounts, 2 groups of 3 members and 10 messages (a batch of 7 and one of 3), 2 conversations of 3 messages, 2 unread counts. */
  private static final SampleHistory SAMPLE = new SampleHistory(2, 10, 3, 2, 3, SampleHistory.Order.INTERLEAVED, NOW);

  @TempDir
  Path dir;

  /** The run stops when its k-th call is made: before it is sent, or once the server committed it. */
  enum CrashPoint {
    BEFORE_SENDING,
    AFTER_THE_SERVER_COMMITTED
  }

  /** What simulates a crash: thrown out of the client, the engine and the run, as nothing catches it. */
  static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String message) {
      super(message);
    }
  }

  /** Lets calls through until the {@code k}-th call that {@code matches}; it and every later call crash. */
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

    int of(String operation) {
      AtomicInteger count = byOperation.get(operation);
      return count == null ? 0 : count.get();
    }
  }

  /** An emulator on a clock of its own, the sample history, and runs of one migration against them. */
  private static final class Setup implements AutoCloseable {
    final MutableClock clock = MutableClock.at(NOW);
    final TimEmulator emulator = TimEmulator.start(EmulatorConfig.builder().clock(clock).rateLimitPerSecond(0).build());
    final Path history;
    final Path checkpoint;
    final Path report;

    Setup(Path dir) {
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

    /** A run with a fresh client whose HTTP stack has {@code interceptor}. */
    MigrationSummary run(Interceptor interceptor) throws IOException {
      OkHttpClient http = new OkHttpClient.Builder().addInterceptor(interceptor).build();
      try (TimRestClient client = TimRestClient.builder()
          .sdkAppId(emulator.config().sdkAppId())
          .adminIdentifier(emulator.config().adminIdentifier())
          .secretKey(emulator.secretKey())
          .baseUrl(emulator.baseUrl())
          .clock(clock)
          .okHttpClient(http)
          .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)).withRateLimitDelay(Duration.ofMillis(1)))
          .build()) {
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
  }

  /** The records of each type in {@link #SAMPLE}. */
  private static Map<RecordType, Long> records() {
    Map<RecordType, Long> records = new EnumMap<>(RecordType.class);
    records.put(RecordType.ACCOUNT, (long) SAMPLE.accounts());
    records.put(RecordType.GROUP, 2L);
    records.put(RecordType.MEMBER, 6L);
    records.put(RecordType.GROUP_MSG, 20L);
    records.put(RecordType.C2C_MSG, 6L);
    records.put(RecordType.UNREAD, 2L);
    return records;
  }

  /** How many calls a migration of {@link #SAMPLE} makes when nothing goes wrong. */
  private int callsOfAFullRun(String name) throws IOException {
    try (Setup setup = new Setup(dir.resolve(name))) {
      Calls calls = new Calls();
      MigrationSummary summary = setup.run(calls);
      assertEquals(MigrationSummary.Status.COMPLETE, summary.status(), summary::toString);
      return calls.all.get();
    }
  }

  /** A first run sends each step of the plan once and reads nothing back: there is nothing to reconcile. */
  @Test
  void aFirstRunMakesOneCallPerStepOfThePlan() throws IOException {
    try (Setup setup = new Setup(dir)) {
      Calls calls = new Calls();
      MigrationSummary summary = setup.run(calls);

      assertEquals(MigrationSummary.Status.COMPLETE, summary.status(), summary::toString);
      assertEquals(Map.of("multiaccount_import", 1, "import_group", 2, "import_group_member", 2, "import_group_msg", 4,
              "importmsg", 6, "set_unread_msg_num", 2),
          calls.byOperation.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())));
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(setup.history), setup.emulator);
    }
  }

  @TestFactory
  List<DynamicTest> aRunStoppedAtAnyCallResumesAndImportsEveryRecordExactlyOnce() throws IOException {
    int calls = callsOfAFullRun("full");
    List<DynamicTest> tests = new ArrayList<>();
    for (boolean late : new boolean[] {false, true}) {
      for (CrashPoint point : CrashPoint.values()) {
        for (int k = 1; k <= calls; k++) {
          int call = k;
          String name = "crash at call " + k + " " + point + ", resumed " + (late ? "6 minutes later" : "at once");
          tests.add(DynamicTest.dynamicTest(name, () -> crashAndResume(name.replace(' ', '-'), call, point, late)));
        }
      }
    }
    return tests;
  }

  private void crashAndResume(String name, int k, CrashPoint point, boolean late) throws IOException {
    try (Setup setup = new Setup(dir.resolve(name))) {
      SimulatedCrash crash = assertThrows(SimulatedCrash.class, () -> setup.run(new Crash(k, point, request -> true)));
      assertTrue(crash.getMessage().startsWith("crashed at call " + k), crash.getMessage());
      if (late) {
        setup.clock.advance(PAST_THE_DEDUP_WINDOW);
      }

      MigrationSummary resumed = setup.run(new Calls());

      assertEquals(MigrationSummary.Status.COMPLETE, resumed.status(), resumed::toString);
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(setup.history), setup.emulator);
      assertEquals("", Files.readString(setup.report), "the report");
      records().forEach((type, count) -> assertEquals(count,
          resumed.count(type, Outcome.DONE_EARLIER) + resumed.count(type, Outcome.IMPORTED)
              + resumed.count(type, Outcome.ALREADY_PRESENT),
          () -> type + ": every record is done once, now or earlier\n" + resumed));
    }
  }

  /**
   * The checkpoint is behind the server: the first batch of a group's messages reached it, and
   * the line that would have said so was never written. The resumed run finds the batch on the
   * server instead of sending it again, whether its de-duplication window has passed or not.
   */
  @ParameterizedTest(name = "resumed {0} minutes later")
  @ValueSource(ints = {0, 6})
  void aGroupBatchOnTheServerButNotInTheCheckpointIsFoundByReconciliation(int minutesLater) throws IOException {
    try (Setup setup = new Setup(dir.resolve("reconcile-" + minutesLater))) {
      assertThrows(SimulatedCrash.class, () -> setup.run(new Crash(1, CrashPoint.AFTER_THE_SERVER_COMMITTED,
          request -> request.url().encodedPath().endsWith("/import_group_msg"))));
      setup.clock.advance(Duration.ofMinutes(minutesLater));

      Calls calls = new Calls();
      MigrationSummary resumed = setup.run(calls);

      assertEquals(MigrationSummary.Status.COMPLETE, resumed.status(), resumed::toString);
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(setup.history), setup.emulator);
      // The checkpoint knew none of the messages: all 20 are done by this run, 7 of them found on
      // the server, so the run sends 3 of the 4 batches, and reads each group back once.
      assertEquals(0, resumed.count(RecordType.GROUP_MSG, Outcome.DONE_EARLIER), resumed::toString);
      assertEquals(20, resumed.count(RecordType.GROUP_MSG, Outcome.IMPORTED), resumed::toString);
      assertEquals(3, calls.of("import_group_msg"), "import_group_msg calls of the resumed run");
      assertEquals(2, calls.of("group_msg_get_simple"), "group_msg_get_simple calls of the resumed run");
    }
  }
}
