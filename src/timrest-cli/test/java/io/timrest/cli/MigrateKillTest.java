package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.emulator.SampleHistory;
import io.timrest.it.history.ExpectedHistory;
import io.timrest.it.history.ServerHistory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code timrest migrate} in a process of its own, killed with SIGKILL and run again with the same
 * checkpoint: every message ends up on the server exactly once, and the report loses nothing.
 */
class MigrateKillTest {
  /** Reproduces the kill moments of a failed run: {@code -Dmigrate.kill.seed=...}. */
  private static final long SEED = Long.getLong("migrate.kill.seed", new Random().nextLong());
  private static final int KILLS = 5;
  private static final int SIGKILLED = 128 + 9;
  /** How long a run may take to start and make its first call. */
  private static final Duration STARTUP = Duration.ofSeconds(30);

  @TempDir
  Path dir;
  private CliFixture fixture;
  private EmulatorFront front;

  @AfterEach
  void stop() {
    if (front != null) {
      front.close();
    }
    fixture.close();
  }

  private void startEmulator(long latencyMillis) {
    // The emulator's clock stands still: a rate limit of its one-second windows would never reset.
    fixture = new CliFixture(dir, builder -> builder.rateLimitPerSecond(0).latencyMillis(latencyMillis));
    front = new EmulatorFront(fixture.emulator.baseUrl());
  }

  private Map<String, String> envOfTheFront() {
    Map<String, String> env = fixture.env();
    env.put("TIMREST_BASE_URL", front.baseUrl());
    return env;
  }

  private List<String> args(Path history, String... more) {
    List<String> args = new ArrayList<>(List.of("--input", history.toString(),
        "--checkpoint", dir.resolve("history.checkpoint").toString(), "--report", dir.resolve("report.jsonl").toString()));
    args.addAll(List.of(more));
    return args;
  }

  /** Runs the migration in this JVM, to the emulator itself, and returns its result. */
  private Cli.Result runInProcess(Path history, String... more) {
    List<String> args = new ArrayList<>(List.of("migrate"));
    args.addAll(args(history, more));
    return fixture.cli().run(args.toArray(String[]::new));
  }

  private static void assertNoSecret(MigrateProcess run) {
    assertFalse(run.output().contains(CliFixture.SECRET_KEY), () -> "the output holds the secret key:\n" + run.output());
  }

  @Test
  void killedAtFiveRandomMomentsAndResumedEachTimeTheMigrationImportsEveryMessageOnce() throws Exception {
    startEmulator(3);
    Path history = dir.resolve("history.jsonl");
    // 100 group batches and 600 one-to-one messages: about 3 s at the documented 200 calls/s of importmsg.
    new SampleHistory(10, 70, 5, 30, 20, SampleHistory.Order.INTERLEAVED, fixture.start).write(history);
    Random random = new Random(SEED);
    String seed = "seed " + SEED + " (-Dmigrate.kill.seed=" + SEED + " repeats the kill moments)";

    for (int kill = 1; kill <= KILLS; kill++) {
      int requestsBefore = front.requests();
      MigrateProcess run = MigrateProcess.start(dir, "run-" + kill, envOfTheFront(), args(history));
      if (!front.awaitRequests(requestsBefore + 1, STARTUP)) {
        run.kill();
        throw new AssertionError("run " + kill + " made no call within " + STARTUP + ":\n" + run.output());
      }
      // At most 2 s in all: the run lasts about 3 s, so that every kill finds it running.
      long moment = random.nextInt(400);
      Thread.sleep(moment); // the randomized kill moment, counted from the run's first call
      int exit = run.kill();

      String killed = "kill " + kill + " at " + moment + " ms after the first call, " + seed;
      assertEquals(SIGKILLED, exit, () -> killed + ": the run had ended by itself\n" + run.output());
      assertNoSecret(run);
      // The next run comes after the server's 5-minute de-duplication of group messages: only
      // the reconciliation keeps a batch the kill left unconfirmed from being imported twice.
      fixture.clock.advance(Duration.ofMinutes(6));
    }
    MigrateProcess last = MigrateProcess.start(dir, "run-last", envOfTheFront(), args(history));
    int exit = last.waitFor(60);

    assertEquals(0, exit, () -> seed + "\n" + last.output());
    assertTrue(last.err().contains("(resuming from the checkpoint)"), () -> seed + "\n" + last.output());
    assertNoSecret(last);
    assertEquals("", Files.readString(dir.resolve("report.jsonl")), () -> seed + ": the report");
    try {
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(history), fixture.emulator);
    } catch (AssertionError e) {
      throw new AssertionError(seed + ": " + e.getMessage(), e);
    }
  }

  /** The second group's records when an AVChatRoom already uses its GroupId: 3 members, 10 messages, 1 unread count. */
  private static final int REFUSED = 14;

  /** The sample of the command's other tests, with the second group taken by an AVChatRoom. */
  private Path historyWithRefusals() throws IOException {
    Path history = dir.resolve("history.jsonl");
    new SampleHistory(2, 10, 3, 2, 3, SampleHistory.Order.INTERLEAVED, fixture.start).write(history);
    Cli.Result created = fixture.cli().run("create-group", "--type", "AVChatRoom", "--group-id", SampleHistory.groupId(1),
        "--name", "live");
    assertEquals(0, created.code(), created::toString);
    return history;
  }

  /**
   * Kills a run with one worker once it has made every call but the last (the first group's
   * unread count, held by the front): everything else is done and in the checkpoint by then.
   */
  private void killBeforeTheLastCall(Path history) throws Exception {
    front.hold("set_unread_msg_num");
    MigrateProcess run = MigrateProcess.start(dir, "killed", envOfTheFront(), args(history, "--parallel", "1"));
    boolean held = front.awaitHeld(Duration.ofSeconds(60));
    int exit = run.kill();
    assertTrue(held, () -> "the run did not come to its last call:\n" + run.output());
    assertEquals(SIGKILLED, exit, run::output);
  }

  @Test
  void theRefusalsOfARunKilledLaterAreInTheReportWhenItResumes() throws Exception {
    startEmulator(0);
    Path history = historyWithRefusals();
    killBeforeTheLastCall(history);

    Cli.Result resumed = runInProcess(history, "--quiet");

    assertEquals(1, resumed.code(), resumed::toString);
    List<String> report = Files.readAllLines(dir.resolve("report.jsonl"));
    assertEquals(REFUSED, report.size(), () -> String.join("\n", report));
    assertTrue(report.stream().allMatch(line -> line.contains("\"code\":10007")), () -> String.join("\n", report));
  }

  @Test
  void aResumeAgainstAnUnreachableServerExitsThreeAndLeavesTheCheckpointAsItWas() throws Exception {
    startEmulator(0);
    Path history = dir.resolve("history.jsonl");
    new SampleHistory(2, 10, 3, 2, 3, SampleHistory.Order.INTERLEAVED, fixture.start).write(history);
    killBeforeTheLastCall(history);
    Path checkpoint = dir.resolve("history.checkpoint");
    byte[] before = Files.readAllBytes(checkpoint);
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    Cli.Result unreachable = runInProcess(history, "--quiet", "--base-url", "http://127.0.0.1:" + closedPort + "/");

    assertEquals(3, unreachable.code(), unreachable::toString);
    assertArrayEquals(before, Files.readAllBytes(checkpoint), "the checkpoint");
    Cli.Result resumed = runInProcess(history, "--quiet");
    assertEquals(0, resumed.code(), resumed::toString);
    assertEquals("", Files.readString(dir.resolve("report.jsonl")), "the report");
    ServerHistory.assertExactlyOnce(ExpectedHistory.of(history), fixture.emulator);
  }
}
