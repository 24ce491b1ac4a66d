package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonReader;
import io.timrest.emulator.SampleHistory;
import io.timrest.it.history.ExpectedHistory;
import io.timrest.it.history.ServerHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code timrest migrate} run in-process: what a dry run does, what a run does with an invalid
 * file, with records the server refuses and with a server that is not there, and its help.
 * {@link Cli} checks every run's output for the secret key. The emulator is reached through an
 * {@link EmulatorFront} that counts the calls.
 */
class MigrateCommandTest {
  /** The lines of {@link #invalidHistory()} that have a problem. */
  private static final Set<Long> INVALID_LINES = Set.of(9L, 11L, 12L);

  @TempDir
  Path dir;
  private CliFixture fixture;
  private EmulatorFront front;
  private Cli cli;
  private Path report;
  private Path checkpoint;

  @BeforeEach
  void start() {
    // The emulator's clock stands still: a rate limit of its one-second windows would never reset.
    fixture = new CliFixture(dir, builder -> builder.rateLimitPerSecond(0));
    front = new EmulatorFront(fixture.emulator.baseUrl());
    Map<String, String> env = fixture.env();
    env.put("TIMREST_BASE_URL", front.baseUrl());
    cli = new Cli(env, CliFixture.SECRET_KEY);
    report = dir.resolve("report.jsonl");
    checkpoint = dir.resolve("history.checkpoint");
  }

  @AfterEach
  void stop() {
    front.close();
    fixture.close();
  }

  private Cli.Result migrate(Path history, String... options) {
    List<String> args = new ArrayList<>(List.of("migrate", "--input", history.toString(),
        "--report", report.toString(), "--checkpoint", checkpoint.toString(), "--quiet"));
    args.addAll(List.of(options));
    return cli.run(args.toArray(String[]::new));
  }

  private Path sampleHistory() throws IOException {
    Path history = dir.resolve("history.jsonl");
    new SampleHistory(2, 10, 3, 2, 3, SampleHistory.Order.INTERLEAVED, fixture.start).write(history);
    return history;
  }

  /** A history with a problem on lines 9, 11 and 12 (and nothing else wrong). */
  private Path invalidHistory() throws IOException {
    long created = fixture.start.minus(Duration.ofDays(30)).getEpochSecond();
    long future = fixture.start.plus(Duration.ofDays(1)).getEpochSecond();
    List<String> lines = List.of(
        account("user0"),
        account("user1"),
        account("user2"),
        "{\"type\":\"group\",\"GroupId\":\"team\",\"Type\":\"Public\",\"Name\":\"Team\",\"Owner_Account\":\"user0\","
            + "\"CreateTime\":" + created + "}",
        member("user1", created + 10),
        member("user2", created + 11),
        groupMsg("G/1", "user1", created + 100),
        groupMsg("G/2", "user2", created + 200),
        groupMsg("G/3", "user1", future), // 9: in the future
        c2cMsg("D/1", "user1", "user2", created + 300),
        c2cMsg("D/1", "user2", "user1", created + 400), // 11: the SourceId of line 10 again
        member("user9", created + 12), // 12: no record defines user9
        "{\"type\":\"unread\",\"GroupId\":\"team\",\"Member_Account\":\"user1\",\"UnreadMsgNum\":1}");
    Path history = dir.resolve("invalid.jsonl");
    Files.write(history, lines);
    return history;
  }

  private static String account(String userId) {
    return "{\"type\":\"account\",\"UserID\":\"" + userId + "\"}";
  }

  private static String member(String account, long joinTime) {
    return "{\"type\":\"member\",\"GroupId\":\"team\",\"Member_Account\":\"" + account + "\",\"JoinTime\":" + joinTime + "}";
  }

  private static String groupMsg(String sourceId, String from, long sendTime) {
    return "{\"type\":\"group_msg\",\"GroupId\":\"team\",\"SourceId\":\"" + sourceId + "\",\"From_Account\":\"" + from
        + "\",\"SendTime\":" + sendTime + ",\"MsgBody\":" + text("group " + sourceId) + "}";
  }

  private static String c2cMsg(String sourceId, String from, String to, long time) {
    return "{\"type\":\"c2c_msg\",\"SourceId\":\"" + sourceId + "\",\"From_Account\":\"" + from + "\",\"To_Account\":\""
        + to + "\",\"MsgTimeStamp\":" + time + ",\"MsgBody\":" + text("direct " + sourceId + " at " + time) + "}";
  }

  private static String text(String text) {
    return "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + text + "\"}}]";
  }

  /** The report's entries, each a JSON object. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> reportEntries() {
    List<Map<String, Object>> entries = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(report)) {
        entries.add((Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(line)).readJsonValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  @Test
  void aDryRunOfAValidFileExitsZeroWithoutAnyCall() throws IOException {
    Cli.Result result = migrate(sampleHistory(), "--dry-run");

    assertEquals(0, result.code(), result::toString);
    assertTrue(result.out().contains("VALID"), result::toString);
    assertEquals(0, front.requests(), "requests");
    assertEquals(List.of(), reportEntries());
    assertFalse(Files.exists(checkpoint), "a dry run leaves no checkpoint");
  }

  @Test
  void aDryRunLeavesTheReportOfAStartedMigrationAlone() throws IOException {
    Path history = sampleHistory();
    Files.writeString(checkpoint, "a run has written here\n");
    Files.writeString(report, "{\"line\":3,\"code\":10004}\n");

    Cli.Result result = migrate(history, "--dry-run");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("validate with another report file"), result::toString);
    assertEquals("{\"line\":3,\"code\":10004}\n", Files.readString(report), "the earlier run's refusals are kept");
    Path other = dir.resolve("dry.report.jsonl");
    Cli.Result elsewhere = cli.run("migrate", "--input", history.toString(), "--report", other.toString(),
        "--checkpoint", checkpoint.toString(), "--quiet", "--dry-run");
    assertEquals(0, elsewhere.code(), elsewhere::toString);
  }

  @Test
  void aDryRunOfAnInvalidFileExitsTwoAndReportsEachProblemWithItsLine() throws IOException {
    Cli.Result result = migrate(invalidHistory(), "--dry-run");

    assertEquals(2, result.code(), result::toString);
    assertEquals(0, front.requests(), "requests");
    List<Map<String, Object>> entries = reportEntries();
    assertEquals(INVALID_LINES, Set.copyOf(entries.stream().map(entry -> number(entry.get("line"))).toList()),
        entries::toString);
    assertEquals(3, entries.size(), entries::toString);
    assertTrue(entries.stream().allMatch(entry -> "invalid".equals(entry.get("code"))), entries::toString);
    assertEquals(List.of("SendTime", "SourceId", "Member_Account"), entries.stream()
        .sorted(Comparator.comparingLong(entry -> number(entry.get("line")))).map(entry -> entry.get("field")).toList());
    assertTrue(result.out().contains("report: " + report), result::toString);
  }

  @Test
  void aRunOnAnInvalidFileRefusesToStartAndSendsNothing() throws IOException {
    Cli.Result result = migrate(invalidHistory());

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.out().contains("INVALID_INPUT"), result::toString);
    assertEquals(0, front.requests(), "requests");
    assertEquals(3, reportEntries().size(), reportEntries()::toString);
  }

  @Test
  void skipInvalidImportsTheValidRecordsAndReportsTheInvalidOnes() throws IOException {
    Path history = invalidHistory();

    Cli.Result result = migrate(history, "--skip-invalid");

    assertEquals(1, result.code(), result::toString);
    List<Map<String, Object>> entries = reportEntries();
    assertEquals(INVALID_LINES, Set.copyOf(entries.stream().map(entry -> number(entry.get("line"))).toList()),
        entries::toString);
    ServerHistory.assertExactlyOnce(ExpectedHistory.of(history, INVALID_LINES), fixture.emulator);
  }

  @Test
  void recordsTheServerRefusesExitOneAndTheReportNamesTheirLineSourceIdAndCode() throws IOException {
    Path history = sampleHistory();
    // Someone created an AVChatRoom with the second group's GroupId: it takes no imported member or message.
    assertEquals(0, cli.run("create-group", "--type", "AVChatRoom", "--group-id", SampleHistory.groupId(1), "--name", "live")
        .code());

    Cli.Result result = migrate(history);

    assertEquals(1, result.code(), result::toString);
    assertTrue(result.out().contains("SOME_FAILED: 14 record(s) not imported"), result::toString);
    List<Map<String, Object>> entries = reportEntries();
    assertEquals(14, entries.size(), entries::toString);
    List<String> lines = Files.readAllLines(history);
    for (Map<String, Object> entry : entries) {
      assertEquals(10007L, number(entry.get("code")), entry::toString);
      String record = lines.get((int) number(entry.get("line")) - 1);
      assertTrue(record.contains("\"GroupId\":\"" + SampleHistory.groupId(1) + "\""), () -> entry + " names " + record);
      if ("group_msg".equals(entry.get("type"))) {
        assertTrue(record.contains("\"SourceId\":\"" + entry.get("SourceId") + "\""), () -> entry + " names " + record);
      }
    }
    assertEquals(10, entries.stream().filter(entry -> "group_msg".equals(entry.get("type"))).count(), entries::toString);
  }

  @Test
  void anUnreachableServerExitsThreeAtOnce() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Cli.Result result = migrate(sampleHistory(), "--base-url", "http://127.0.0.1:" + closedPort + "/");

    assertEquals(3, result.code(), result::toString);
    assertTrue(result.out().contains("TRANSPORT_FAILURE: the service answered no call"), result::toString);
    assertTrue(result.out().contains("run again with the same checkpoint to resume"), result::toString);
    assertTrue(Files.exists(checkpoint), "the checkpoint");
  }

  @Test
  void helpDocumentsEveryOptionOfMigrate() {
    Cli.Result result = cli.run("migrate", "--help");

    assertEquals(0, result.code(), result::toString);
    for (String option : List.of("--input FILE", "--checkpoint FILE", "--report FILE", "--dry-run", "--skip-invalid",
        "--rate N", "--parallel N", "--quiet", "--sdkappid ID", "--identifier NAME", "--secret-key-file FILE",
        "--region NAME", "--base-url URL", "--emulator", "--timeout DURATION", "--retries N", "-h, --help")) {
      assertTrue(result.out().contains("  " + option + " "), () -> "no " + option + " in\n" + result.out());
    }
    for (String variable : List.of("TIMREST_BASE_URL", "TIMREST_SDKAPPID", "TIMREST_IDENTIFIER", "TIMREST_SECRET_KEY_FILE")) {
      assertTrue(result.out().contains(variable), () -> "no " + variable + " in\n" + result.out());
    }
    for (String exit : List.of(
        "0 all imported", "1 some records not imported", "2 invalid input", "3 the service could not be reached")) {
      assertTrue(result.out().contains(exit), () -> "no exit code '" + exit + "' in\n" + result.out());
    }
  }
}
