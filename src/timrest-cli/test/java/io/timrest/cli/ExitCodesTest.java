package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.model.CreateGroupResponse;
import io.timrest.model.ImportGroupMsgResponse;
import io.timrest.model.ImportMsgResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each exit code, with the one-line error that explains it. */
class ExitCodesTest {
  @TempDir
  Path dir;
  private CliFixture fixture;
  private Cli cli;

  @BeforeEach
  void start() {
    fixture = new CliFixture(dir);
    cli = fixture.cli();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void apiErrorIsExitOneWithCodeAndInfo() {
    String groupId = cli.run("create-group", "--type", "Public", "--name", "G").json(CreateGroupResponse.class)
        .groupId();

    Cli.Result result = cli.run("modify-group-msg", "--group-id", groupId, "--msg-seq", "42", "--text", "x");

    assertEquals(1, result.code(), result::toString);
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("error: v4/openim/modify_group_msg failed: ErrorCode 20001"), result::toString);
    assertOneLine(result.err());
  }

  @Test
  void partlyFailedImportIsExitOneAfterPrintingTheResponse() {
    String groupId = cli.run("create-group", "--type", "Public", "--name", "G").json(CreateGroupResponse.class)
        .groupId();
    fixture.moveClockToNow();
    long beforeCreation = fixture.start.getEpochSecond() - 60;
    long afterCreation = fixture.start.getEpochSecond() + 60;
    String messages = "[" + message(beforeCreation) + "," + message(afterCreation) + "]";

    Cli.Result result = cli.runWithInput(messages, "import-group-msg", "--group-id", groupId, "--file", "-");

    assertEquals(1, result.code(), result::toString);
    List<ImportMsgResult> results = result.json(ImportGroupMsgResponse.class).importMsgResult();
    assertEquals(List.of(10004, 0), results.stream().map(ImportMsgResult::result).toList());
    assertTrue(result.err().startsWith("error: 1 message(s) not imported"), result::toString);
  }

  @Test
  void unknownCommandIsExitTwo() {
    Cli.Result result = cli.run("send-carrier-pigeon");

    assertEquals(2, result.code());
    assertTrue(result.err().startsWith("error: unknown command 'send-carrier-pigeon'"), result::toString);
  }

  @Test
  void unknownOptionIsExitTwo() {
    Cli.Result result = cli.run("import-account", "--user-id", "a", "--colour", "blue");

    assertEquals(2, result.code());
    assertTrue(result.err().contains("unknown option --colour"), result::toString);
  }

  @Test
  void missingOptionIsExitTwoAndNamesTheOptionAndTheBodyAlternative() {
    Cli.Result result = cli.run("send-group-msg", "--text", "hi");

    assertEquals(2, result.code());
    assertTrue(result.err().contains("missing option --group-id ID"), result::toString);
    assertTrue(result.err().contains("--body FILE"), result::toString);
  }

  @Test
  void optionWithoutItsValueIsExitTwo() {
    Cli.Result result = cli.run("import-account", "--user-id");

    assertEquals(2, result.code());
    assertTrue(result.err().contains("option --user-id needs a value"), result::toString);
  }

  @Test
  void nonNumericValueIsExitTwo() {
    Cli.Result result = cli.run("modify-group-msg", "--group-id", "g", "--msg-seq", "seven", "--text", "x");

    assertEquals(2, result.code());
    assertTrue(result.err().contains("--msg-seq needs a whole number"), result::toString);
  }

  @Test
  void secretKeyOnTheCommandLineIsRefusedWithTheReason() {
    for (String[] args : List.of(
        new String[] {"import-account", "--user-id", "a", "--secret-key", "hunter2-key"},
        new String[] {"usersig", "--secret-key=hunter2-key"},
        new String[] {"--secret-key", "hunter2-key"})) {
      Cli.Result result = cli.run(args);

      assertEquals(2, result.code(), result::toString);
      assertTrue(result.err().contains("--secret-key is not accepted"), result::toString);
      assertTrue(result.err().contains("ps"), result::toString);
      assertTrue(result.err().contains("--secret-key-file"), result::toString);
      assertFalse(result.err().contains("hunter2-key"), result::toString);
    }
  }

  @Test
  void malformedJsonFileIsExitTwoNamingTheFileAndWhere() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"), "{\"UserID\": [\"alice\"]}");

    Cli.Result result = cli.run("import-account", "--body", file.toString());

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("invalid JSON in " + file + ": UserID: type (must be a string, found an array)"),
        result::toString);
  }

  @Test
  void truncatedJsonFileIsExitTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("truncated.json"), "[{\"MsgType\":\"TIMTextElem\"");

    Cli.Result result = cli.run("modify-group-msg", "--group-id", "g", "--msg-seq", "1", "--file", file.toString());

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("malformed JSON in " + file), result::toString);
  }

  @Test
  void missingFileIsExitTwo() {
    Cli.Result result = cli.run("import-account", "--body", dir.resolve("nope.json").toString());

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("no such file"), result::toString);
  }

  @Test
  void validationErrorIsExitTwoWithFieldAndRule() {
    Cli.Result result = cli.run("get-group-msgs", "--group-id", "g", "--count", "21");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().startsWith("error: invalid request, not sent: ReqMsgNumber: maximum (at most 20, was 21)"),
        result::toString);
  }

  @Test
  void modificationWithNothingToChangeIsAValidationError() {
    Cli.Result result = cli.run("modify-c2c-msg", "--from", "a", "--to", "b", "--msg-key", "1_2_3");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("MsgBody: anyOf (a modification needs MsgBody or CloudCustomData"), result::toString);
  }

  @Test
  void bodyWithRequestOptionsIsExitTwo() {
    Cli.Result result = cli.runWithInput("{}", "import-account", "--body", "-", "--user-id", "x");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("--body gives the whole request; remove --user-id"), result::toString);
  }

  @Test
  void closedLoopbackPortIsExitThree() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Cli.Result result = cli.run("import-account", "--user-id", "a", "--base-url", "http://127.0.0.1:" + closedPort + "/");

    assertEquals(3, result.code(), result::toString);
    assertTrue(result.err().startsWith("error: transport: "), result::toString);
    assertOneLine(result.err());
  }

  @Test
  void unreadableSecretKeyFileIsExitTwoNamingIt() {
    Map<String, String> env = fixture.env();
    env.put("TIMREST_SECRET_KEY_FILE", dir.resolve("missing.key").toString());

    Cli.Result result = new Cli(env, CliFixture.SECRET_KEY).run("import-account", "--user-id", "a");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("TIMREST_SECRET_KEY_FILE: secret key file " + dir.resolve("missing.key")
        + " does not exist"), result::toString);
  }

  private static String message(long sendTime) {
    return "{\"From_Account\":\"administrator\",\"SendTime\":" + sendTime
        + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"t\"}}]}";
  }

  private static void assertOneLine(String text) {
    assertEquals(1, text.strip().lines().count(), text);
  }
}
