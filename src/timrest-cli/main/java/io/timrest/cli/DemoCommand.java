package io.timrest.cli;

import com.squareup.moshi.JsonWriter;
import io.timrest.C2cImportResult;
import io.timrest.ImportMsgOutcome;
import io.timrest.ImportResult;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.TimEmulator;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.C2cMsg;
import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.SetUnreadMsgNumRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okio.Buffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code timrest demo}: the whole story against an embedded emulator, in a few seconds, in the
 * documented migration order, as it must be done against the real service: accounts, the group
 * with its creation time 30 days back, members with their join times, four weeks of history in
 * batches of at most 7, an unread count, one-to-one history; then one message of each kind is
 * modified and read back. Exits 0 only if the read-back shows both modifications.
 */
@Command(name = "demo",
    header = "import, send, modify and read back messages on an embedded emulator; show before/after",
    customSynopsis = "timrest demo [--json]",
    description = {
        "Starts an embedded emulator (nothing leaves this machine) and, with the client library,",
        "migrates a small chat history the documented way: imports 4 accounts (multiaccount_import),",
        "a Public group created 30 days ago (import_group with CreateTime), its members with their",
        "join times (import_group_member), 20 messages of history (text, faces, a custom element) in",
        "batches of at most 7 (import_group_msg), one member's unread count (set_unread_msg_num) and",
        "2 one-to-one messages (importmsg); then redacts a phone number in one group message",
        "(modify_group_msg), edits one C2C message (modify_c2c_msg), and reads both back",
        "(group_msg_get_simple, admin_getroammsg) to print them before and after. Exits 0 only if",
        "the read-back shows both modifications."})
final class DemoCommand extends CliCommand {
  @Option(names = "--json", description = "print a machine-readable JSON summary instead of the report")
  boolean jsonSummary;

  private static final int IMPORT_BATCH = ImportGroupMsgRequest.MSG_LIST_MAX_ITEMS;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  DemoCommand(Console console) {
    super(console);
  }

  /** One modified message: what it said, what it was changed to, what the server returns now. */
  private record Modification(String kind, String id, String who, String before, String wanted, String readBack,
      String readBackWith) {
    boolean verified() {
      return wanted.equals(readBack) && !before.equals(readBack);
    }
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    // The emulator runs on the real clock, like the service: the history is brought in the
    // documented way, by importing the group with its past creation time.
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant groupCreated = now.minus(Duration.ofDays(30));
    List<String> report = new ArrayList<>();
    try (TimEmulator emulator = TimEmulator.start(EmulatorConfig.builder().build());
        TimRestClient client = emulator.clientBuilder().build()) {
      report.add("timrest demo: embedded emulator at " + emulator.baseUrl() + " (SDKAppID "
          + emulator.config().sdkAppId() + ", admin " + emulator.config().adminIdentifier() + ")");
      report.add("");

      List<AccountImportRequest> accounts = new ArrayList<>();
      for (int i = 0; i < DemoHistory.ACCOUNTS.size(); i++) {
        accounts.add(AccountImportRequest.builder().userID(DemoHistory.ACCOUNTS.get(i)).nick(DemoHistory.NICKS.get(i)).build());
      }
      client.multiaccountImport(MultiaccountImportRequest.builder().accountList(accounts).build()).requireAllImported();
      report.add("1. accounts imported (multiaccount_import): " + String.join(", ", DemoHistory.ACCOUNTS));

      String owner = DemoHistory.ACCOUNTS.get(0);
      String groupId = client.importGroup(ImportGroupRequest.builder()
              .type(ImportGroupRequest.TYPE_PUBLIC).name(DemoHistory.GROUP_NAME).ownerAccount(owner)
              .createTime(groupCreated.getEpochSecond()).build())
          .groupId();
      report.add("2. group imported with its creation time (import_group, CreateTime "
          + TIME.format(groupCreated) + " UTC): " + groupId + " \"" + DemoHistory.GROUP_NAME + "\", Public, owner " + owner);

      List<ImportGroupMember> members = new ArrayList<>();
      for (int i = 1; i < DemoHistory.ACCOUNTS.size(); i++) {
        members.add(ImportGroupMember.builder().memberAccount(DemoHistory.ACCOUNTS.get(i))
            .joinTime(groupCreated.plus(DemoHistory.JOINED_AFTER_CREATION).plusSeconds(60L * i).getEpochSecond()).build());
      }
      client.importGroupMember(ImportGroupMemberRequest.builder().groupId(groupId).memberList(members).build())
          .requireAllImported();
      report.add("3. members imported with their join times (import_group_member): "
          + String.join(", ", DemoHistory.ACCOUNTS.subList(1, DemoHistory.ACCOUNTS.size())));

      List<ImportMsg> history = DemoHistory.messages(groupCreated);
      List<ImportMsgOutcome> imported = new ArrayList<>();
      List<Integer> batches = new ArrayList<>();
      for (int from = 0; from < history.size(); from += IMPORT_BATCH) {
        List<ImportMsg> batch = history.subList(from, Math.min(from + IMPORT_BATCH, history.size()));
        ImportResult result = client.importGroupMsg(ImportGroupMsgRequest.builder()
            .groupId(groupId).msgList(batch).build()).requireAllImported();
        imported.addAll(result.outcomes());
        batches.add(batch.size());
      }
      report.add("4. history imported (import_group_msg): " + history.size() + " messages in " + batches.size()
          + " batches (" + joinSizes(batches) + "), every one imported");
      report.add(String.format("   %6s  %-16s  %-5s  %s", "MsgSeq", "sent (UTC)", "from", "content"));
      for (ImportMsgOutcome outcome : imported) {
        report.add(String.format("   %6d  %-16s  %-5s  %s", outcome.result().msgSeq().orElse(0L),
            TIME.format(Instant.ofEpochSecond(outcome.message().sendTime())), outcome.message().fromAccount(),
            DemoHistory.describe(outcome.message().msgBody())));
      }

      String unreadMember = DemoHistory.ACCOUNTS.get(2);
      client.setUnreadMsgNum(SetUnreadMsgNumRequest.builder()
          .groupId(groupId).memberAccount(unreadMember).unreadMsgNum(DemoHistory.UNREAD).build());
      report.add("5. unread count set (set_unread_msg_num): " + unreadMember + " has " + DemoHistory.UNREAD
          + " unread messages, as in the old system");

      String question = "Can you pick me up at 7 tomorrow? I'm at 12 Elm Street.";
      String answer = "Sure, see you at 7!";
      Instant asked = now.minus(Duration.ofDays(1));
      C2cImportResult askedResult = importC2c(client, "alice", "bob", question, asked);
      C2cImportResult answered = importC2c(client, "bob", "alice", answer, asked.plusSeconds(45));
      String answerKey = answered.msgKey();
      report.add("6. one-to-one history imported (importmsg, SyncFromOldSystem 2):");
      report.add("   alice -> bob    MsgKey " + askedResult.msgKey() + "  \"" + question + "\"");
      report.add("   bob   -> alice  MsgKey " + answerKey + "  \"" + answer + "\"");

      ImportMsgOutcome withPhone = imported.stream()
          .filter(outcome -> DemoHistory.PHONE.matcher(DemoHistory.describe(outcome.message().msgBody())).find())
          .findFirst().orElseThrow(() -> new IllegalStateException("the demo history has no phone number"));
      long phoneSeq = withPhone.result().msgSeq().orElseThrow();
      String phoneBefore = DemoHistory.describe(withPhone.message().msgBody());
      String redacted = DemoHistory.PHONE.matcher(phoneBefore).replaceAll(DemoHistory.PHONE_REDACTED);
      client.modifyGroupMsg(ModifyGroupMsgRequest.builder()
          .groupId(groupId).msgSeq(phoneSeq).msgBody(EndpointCommands.text(redacted))
          .cloudCustomData("{\"redacted\":\"phone\"}").build());
      String edited = "Sure, see you at 7:15, there is traffic on the bridge.";
      client.modifyC2cMsg(ModifyC2cMsgRequest.builder()
          .fromAccount("bob").toAccount("alice").msgKey(answerKey).msgBody(EndpointCommands.text(edited))
          .cloudCustomData("{\"edited\":true}").build());

      List<Modification> modifications = List.of(
          new Modification("group", "MsgSeq " + phoneSeq, withPhone.message().fromAccount() + " in " + groupId,
              phoneBefore, redacted, readGroupMsg(client, groupId, phoneSeq), "group_msg_get_simple"),
          new Modification("c2c", "MsgKey " + answerKey, "bob -> alice",
              answer, edited, readC2cMsg(client, "alice", "bob", answerKey, Instant.now()), "admin_getroammsg"));
      report.add("7. modified, then read back from the server:");
      for (Modification m : modifications) {
        report.add("   " + (m.kind().equals("group") ? "group message " : "C2C message ") + m.id() + " (" + m.who()
            + "), read back with " + m.readBackWith());
        report.add("     before  " + m.before());
        report.add("     after   " + m.readBack() + (m.verified() ? "" : "   <-- NOT the modification sent: " + m.wanted()));
      }
      report.add("");

      boolean verified = modifications.stream().allMatch(Modification::verified);
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
      String summary = (verified ? "OK" : "FAILED") + ": " + DemoHistory.ACCOUNTS.size() + " accounts, 1 group, "
          + members.size() + " members, " + imported.size() + " messages imported in " + batches.size()
          + " batches, 2 C2C messages imported, "
          + modifications.stream().filter(Modification::verified).count() + " of " + modifications.size()
          + " modifications confirmed by read-back (" + elapsedMillis + " ms)";
      if (jsonSummary) {
        console.out().println(json(verified, emulator, groupId, imported.size(), batches, modifications, elapsedMillis));
      } else {
        report.add(summary);
        print(console.out(), report);
      }
      if (!verified) {
        console.err().println("error: demo: the read-back does not show the modifications");
        return ExitCodes.API_ERROR;
      }
      return ExitCodes.OK;
    }
  }

  private static C2cImportResult importC2c(TimRestClient client, String from, String to, String text, Instant sent) {
    return client.importC2cMsg(ImportC2cMsgRequest.builder()
        .syncFromOldSystem(2).fromAccount(from).toAccount(to).msgTimeStamp(sent.getEpochSecond())
        .msgBody(EndpointCommands.text(text)).build());
  }

  private static String readGroupMsg(TimRestClient client, String groupId, long msgSeq) {
    List<GroupMsg> page = client.groupMsgGetSimple(GroupMsgGetSimpleRequest.builder()
        .groupId(groupId).reqMsgNumber(1).reqMsgSeq(msgSeq).build()).rspMsgList();
    return page.stream().filter(m -> m.msgSeq() == msgSeq).findFirst()
        .flatMap(GroupMsg::msgBody).map(DemoHistory::describe).orElse("(not found)");
  }

  private static String readC2cMsg(TimRestClient client, String account, String peer, String msgKey, Instant now) {
    List<C2cMsg> page = client.adminGetRoamMsg(AdminGetRoamMsgRequest.builder()
        .operatorAccount(account).peerAccount(peer).minTime(0L).maxTime(now.getEpochSecond()).maxCnt(20).build())
        .msgList();
    Optional<List<MsgElement>> body = page.stream().filter(m -> m.msgKey().equals(msgKey)).findFirst()
        .flatMap(C2cMsg::msgBody);
    return body.map(DemoHistory::describe).orElse("(not found)");
  }

  private static String joinSizes(List<Integer> sizes) {
    return String.join(" + ", sizes.stream().map(String::valueOf).toList());
  }

  private static void print(PrintStream out, List<String> lines) {
    for (String line : lines) {
      out.println(line);
    }
    out.flush();
  }

  private static String json(boolean verified, TimEmulator emulator, String groupId, int imported,
      List<Integer> batches, List<Modification> modifications, long elapsedMillis) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.beginObject();
      writer.name("ok").value(verified);
      writer.name("baseUrl").value(emulator.baseUrl());
      writer.name("sdkAppId").value(emulator.config().sdkAppId());
      writer.name("accounts").beginArray();
      for (String account : DemoHistory.ACCOUNTS) {
        writer.value(account);
      }
      writer.endArray();
      writer.name("groupId").value(groupId);
      writer.name("importedMessages").value(imported);
      writer.name("importBatches").beginArray();
      for (int size : batches) {
        writer.value(size);
      }
      writer.endArray();
      writer.name("c2cMessagesImported").value(2);
      writer.name("modifications").beginArray();
      for (Modification m : modifications) {
        writer.beginObject()
            .name("kind").value(m.kind())
            .name("message").value(m.id())
            .name("before").value(m.before())
            .name("after").value(m.readBack())
            .name("readBackWith").value(m.readBackWith())
            .name("verified").value(m.verified())
            .endObject();
      }
      writer.endArray();
      writer.name("elapsedMillis").value(elapsedMillis);
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer cannot fail", e);
    }
    return buffer.readUtf8();
  }
}
