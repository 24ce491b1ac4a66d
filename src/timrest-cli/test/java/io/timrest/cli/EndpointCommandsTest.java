package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.UserSig;
import io.timrest.model.AdminGetRoamMsgResponse;
import io.timrest.model.C2cMsg;
import io.timrest.model.CreateGroupResponse;
import io.timrest.model.Envelope;
import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleResponse;
import io.timrest.model.ImportGroupMsgResponse;
import io.timrest.model.ImportMsgResult;
import io.timrest.model.MsgElement;
import io.timrest.model.SendGroupMsgResponse;
import io.timrest.model.SendMsgResponse;
import io.timrest.model.TIMTextElem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint command's happy path against an emulator, its JSON output parsed and checked. */
class EndpointCommandsTest {
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
  void importAccountPrintsTheEnvelope() {
    Cli.Result result = cli.run("import-account", "--user-id", "alice", "--nick", "Alice");

    assertEquals(0, result.code(), result::toString);
    Envelope envelope = result.json(Envelope.class);
    assertEquals("OK", envelope.actionStatus());
    assertEquals(0, envelope.errorCode());
    assertEquals("", result.err());
  }

  @Test
  void createGroupPrintsTheNewGroupId() {
    cli.run("import-account", "--user-id", "alice");

    Cli.Result result = cli.run("create-group", "--type", "Public", "--name", "Hikers", "--group-id", "hikers",
        "--owner", "alice");

    assertEquals(0, result.code(), result::toString);
    assertEquals("hikers", result.json(CreateGroupResponse.class).groupId());
  }

  @Test
  void sendGroupMsgThenGetGroupMsgsReadsItBack() {
    String groupId = createGroup();
    cli.run("import-account", "--user-id", "bob");

    Cli.Result sent = cli.run("send-group-msg", "--group-id", groupId, "--text", "hello group", "--from", "bob");
    Cli.Result read = cli.run("get-group-msgs", "--group-id", groupId, "--count", "5");

    assertEquals(0, sent.code(), sent::toString);
    assertEquals(1L, sent.json(SendGroupMsgResponse.class).msgSeq());
    assertEquals(0, read.code(), read::toString);
    GroupMsg message = read.json(GroupMsgGetSimpleResponse.class).rspMsgList().get(0);
    assertEquals("bob", message.fromAccount().orElseThrow());
    assertEquals("hello group", text(message.msgBody().orElseThrow()));
  }

  @Test
  void getGroupMsgsBeforeSeqStartsAtThatMessage() {
    String groupId = createGroup();
    cli.run("send-group-msg", "--group-id", groupId, "--text", "first");
    cli.run("send-group-msg", "--group-id", groupId, "--text", "second");

    Cli.Result read = cli.run("get-group-msgs", "--group-id", groupId, "--before-seq", "1");

    assertEquals(0, read.code(), read::toString);
    List<GroupMsg> messages = read.json(GroupMsgGetSimpleResponse.class).rspMsgList();
    assertEquals(1, messages.size());
    assertEquals("first", text(messages.get(0).msgBody().orElseThrow()));
  }

  @Test
  void getGroupMsgsAllPrintsEveryMessageOneLineEachNewestFirst() {
    String groupId = createGroup();
    for (int i = 1; i <= 7; i++) {
      cli.run("send-group-msg", "--group-id", groupId, "--text", "m" + i);
    }

    Cli.Result read = cli.run("get-group-msgs", "--group-id", groupId, "--count", "3", "--all");

    assertEquals(0, read.code(), read::toString);
    List<String> lines = read.out().lines().collect(java.util.stream.Collectors.toList());
    assertEquals(7, lines.size(), read::toString);
    for (int i = 0; i < 7; i++) {
      assertTrue(lines.get(i).contains("\"Text\":\"m" + (7 - i) + "\""), lines.get(i));
      assertTrue(lines.get(i).startsWith("{") && lines.get(i).endsWith("}"), "one JSON object a line");
    }
  }

  @Test
  void getC2cMsgsAllPrintsTheWholeConversation() {
    cli.run("import-account", "--user-id", "alice");
    cli.run("import-account", "--user-id", "bob");
    for (int i = 1; i <= 5; i++) {
      cli.run("send-c2c-msg", "--from", "alice", "--to", "bob", "--text", "c" + i);
    }

    Cli.Result read = cli.run("get-c2c-msgs", "--account", "bob", "--peer", "alice", "--max-count", "2", "--all");

    assertEquals(0, read.code(), read::toString);
    List<String> lines = read.out().lines().collect(java.util.stream.Collectors.toList());
    assertEquals(5, lines.size(), read::toString);
    for (int i = 1; i <= 5; i++) {
      String text = "\"Text\":\"c" + i + "\"";
      assertEquals(1, lines.stream().filter(line -> line.contains(text)).count(), text);
    }
  }

  @Test
  void sendC2cMsgThenGetC2cMsgsReadsItBack() {
    cli.run("import-account", "--user-id", "alice");
    cli.run("import-account", "--user-id", "bob");

    Cli.Result sent = cli.run("send-c2c-msg", "--from", "alice", "--to", "bob", "--text", "hi bob");
    Cli.Result read = cli.run("get-c2c-msgs", "--account", "bob", "--peer", "alice", "--min-time", "0",
        "--max-time", String.valueOf(fixture.clock.instant().getEpochSecond()), "--max-count", "10");

    assertEquals(0, sent.code(), sent::toString);
    String msgKey = sent.json(SendMsgResponse.class).msgKey();
    assertEquals(0, read.code(), read::toString);
    C2cMsg message = read.json(AdminGetRoamMsgResponse.class).msgList().get(0);
    assertEquals(msgKey, message.msgKey());
    assertEquals("hi bob", text(message.msgBody().orElseThrow()));
  }

  @Test
  void importGroupMsgFromAFile() throws Exception {
    String groupId = createGroup();
    fixture.moveClockToNow();
    Path file = Files.writeString(dir.resolve("history.json"), history(2));

    Cli.Result result = cli.run("import-group-msg", "--group-id", groupId, "--file", file.toString());

    assertEquals(0, result.code(), result::toString);
    List<ImportMsgResult> results = result.json(ImportGroupMsgResponse.class).importMsgResult();
    assertEquals(List.of(0, 0), results.stream().map(ImportMsgResult::result).toList());
    assertEquals(List.of(1L, 2L), results.stream().map(r -> r.msgSeq().orElseThrow()).toList());
  }

  @Test
  void importGroupMsgFromStandardInput() {
    String groupId = createGroup();
    fixture.moveClockToNow();

    Cli.Result result = cli.runWithInput(history(3), "import-group-msg", "--group-id", groupId, "--file", "-");

    assertEquals(0, result.code(), result::toString);
    assertEquals(3, result.json(ImportGroupMsgResponse.class).importMsgResult().size());
  }

  @Test
  void importGroupMsgTakesMoreThanSevenMessagesInBatches() {
    String groupId = createGroup();
    fixture.moveClockToNow();

    Cli.Result result = cli.runWithInput(history(16), "import-group-msg", "--group-id", groupId, "--file", "-");

    assertEquals(0, result.code(), result::toString);
    List<ImportMsgResult> results = result.json(ImportGroupMsgResponse.class).importMsgResult();
    assertEquals(16, results.size());
    assertEquals(LongStream.rangeClosed(1, 16).boxed().toList(), results.stream().map(r -> r.msgSeq().orElseThrow()).toList());
    Cli.Result read = cli.run("get-group-msgs", "--group-id", groupId);
    assertEquals(16, read.json(GroupMsgGetSimpleResponse.class).rspMsgList().size());
  }

  @Test
  void modifyGroupMsgWithTextIsReadBack() {
    String groupId = createGroup();
    cli.run("send-group-msg", "--group-id", groupId, "--text", "call me on 415-555-0142");

    Cli.Result modified = cli.run("modify-group-msg", "--group-id", groupId, "--msg-seq", "1",
        "--text", "call me on [removed]", "--cloud-custom-data", "redacted");
    Cli.Result read = cli.run("get-group-msgs", "--group-id", groupId);

    assertEquals(0, modified.code(), modified::toString);
    assertEquals("OK", modified.json(Envelope.class).actionStatus());
    GroupMsg message = read.json(GroupMsgGetSimpleResponse.class).rspMsgList().get(0);
    assertEquals("call me on [removed]", text(message.msgBody().orElseThrow()));
    assertEquals("redacted", message.cloudCustomData().orElseThrow());
  }

  @Test
  void modifyC2cMsgWithABodyFileIsReadBack() throws Exception {
    cli.run("import-account", "--user-id", "alice");
    cli.run("import-account", "--user-id", "bob");
    String msgKey = cli.run("send-c2c-msg", "--from", "alice", "--to", "bob", "--text", "see you at 7")
        .json(SendMsgResponse.class).msgKey();
    Path body = Files.writeString(dir.resolve("body.json"),
        "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"see you at 8\"}}]");

    Cli.Result modified = cli.run("modify-c2c-msg", "--from", "alice", "--to", "bob", "--msg-key", msgKey,
        "--file", body.toString());
    Cli.Result read = cli.run("get-c2c-msgs", "--account", "alice", "--peer", "bob");

    assertEquals(0, modified.code(), modified::toString);
    C2cMsg message = read.json(AdminGetRoamMsgResponse.class).msgList().get(0);
    assertEquals("see you at 8", text(message.msgBody().orElseThrow()));
  }

  @Test
  void bodyFromStandardInputReplacesTheOptions() {
    Cli.Result result = cli.runWithInput("{\"Type\":\"Private\",\"Name\":\"From stdin\",\"GroupId\":\"stdin-group\"}",
        "create-group", "--body", "-");

    assertEquals(0, result.code(), result::toString);
    assertEquals("stdin-group", result.json(CreateGroupResponse.class).groupId());
  }

  @Test
  void bodyFromAFile() throws Exception {
    Path body = Files.writeString(dir.resolve("account.json"), "{\"UserID\":\"carol\",\"Nick\":\"Carol\"}");

    Cli.Result result = cli.run("import-account", "--body", body.toString());

    assertEquals(0, result.code(), result::toString);
    assertEquals("OK", result.json(Envelope.class).actionStatus());
  }

  @Test
  void usersigPrintsAUserSigThatVerifies() {
    Cli.Result result = cli.run("usersig", "--identifier", "alice", "--expire", "3600");

    assertEquals(0, result.code(), result::toString);
    UserSig.Verification verification = UserSig.verify(result.out().strip(), CliFixture.SDK_APP_ID,
        CliFixture.SECRET_KEY, "alice", Clock.systemUTC());
    assertTrue(verification.isValid(), verification::toString);
    assertEquals(3600, verification.claims().orElseThrow().expire());
  }

  @Test
  void usersigDefaultsToTheIdentifierSettingAndOneDay() {
    Cli.Result result = cli.run("usersig");

    UserSig.Claims claims = UserSig.decode(result.out().strip());
    assertEquals(CliFixture.ADMIN, claims.identifier());
    assertEquals(86_400, claims.expire());
  }

  @Test
  void embeddedEmulatorNeedsNoSettings() {
    Cli bare = new Cli(java.util.Map.of(), null);

    Cli.Result result = bare.run("create-group", "--type", "Public", "--name", "Try", "--emulator");

    assertEquals(0, result.code(), result::toString);
    assertTrue(result.json(CreateGroupResponse.class).groupId().startsWith("@TGS#2"));
  }

  private String createGroup() {
    Cli.Result result = cli.run("create-group", "--type", "Public", "--name", "Test group");
    assertEquals(0, result.code(), result::toString);
    return result.json(CreateGroupResponse.class).groupId();
  }

  /** {@code count} messages sent after the group's creation and before now, a minute apart. */
  private String history(int count) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      long sendTime = fixture.start.getEpochSecond() + 60L * (i + 1);
      json.append(i == 0 ? "" : ",").append("{\"From_Account\":\"").append(CliFixture.ADMIN)
          .append("\",\"SendTime\":").append(sendTime)
          .append(",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"old ").append(i)
          .append("\"}}]}");
    }
    return json.append("]").toString();
  }

  static String text(List<MsgElement> body) {
    return ((TIMTextElem) body.get(0)).msgContent().text();
  }
}
