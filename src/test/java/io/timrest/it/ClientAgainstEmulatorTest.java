package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.ImportMsgOutcome;
import io.timrest.ImportResult;
import io.timrest.RetryPolicy;
import io.timrest.TimApiException;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.MutableClock;
import io.timrest.emulator.TimEmulatorExtension;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.AdminGetRoamMsgResponse;
import io.timrest.model.C2cMsg;
import io.timrest.model.CreateGroupRequest;
import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.SendMsgRequest;
import io.timrest.model.TIMTextElem;
import io.timrest.model.TIMTextElemContent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against the emulator over real loopback HTTP: the whole admin workflow end to end. */
class ClientAgainstEmulatorTest {
  private static final Instant GROUP_CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private final MutableClock clock = MutableClock.at(GROUP_CREATED);

  @RegisterExtension
  final TimEmulatorExtension tim = new TimEmulatorExtension(
      EmulatorConfig.builder().clock(clock).build(),
      builder -> builder.retryPolicy(RetryPolicy.of(4, Duration.ZERO, Duration.ZERO).withRateLimitDelay(Duration.ZERO)));

  private static List<MsgElement> text(String text) {
    return List.of(TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text(text).build()).build());
  }

  private static String textOf(List<MsgElement> body) {
    return ((TIMTextElem) body.get(0)).msgContent().text();
  }

  private String groupWithAccounts(String type) {
    TimRestClient client = tim.client();
    for (String user : List.of("alice", "bob")) {
      client.accountImport(AccountImportRequest.builder().userID(user).build());
    }
    String groupId = client.createGroup(CreateGroupRequest.builder().type(type).name("history").ownerAccount("alice").build())
        .groupId().orElseThrow();
    clock.advance(Duration.ofDays(30));
    return groupId;
  }

  private static ImportMsg message(String from, long sendTime, String text) {
    return ImportMsg.builder().fromAccount(from).sendTime(sendTime).msgBody(text(text)).build();
  }

  private List<GroupMsg> history(String groupId) {
    return tim.client().groupMsgGetSimple(GroupMsgGetSimpleRequest.builder().groupId(groupId).reqMsgNumber(20).build())
        .rspMsgList().orElse(List.of());
  }

  @Test
  void importedHistoryIsModifiedAndReadBack() {
    String groupId = groupWithAccounts("Public");
    long start = GROUP_CREATED.getEpochSecond() + 60;
    ImportResult imported = tim.client().importGroupMsg(ImportGroupMsgRequest.builder().groupId(groupId)
        .msgList(List.of(message("alice", start, "hello"), message("bob", start + 1, "call me at 555-0100")))
        .build()).requireAllImported();
    long seq = imported.outcomes().get(1).result().msgSeq().orElseThrow();

    tim.client().modifyGroupMsg(ModifyGroupMsgRequest.builder().groupId(groupId).msgSeq(seq)
        .msgBody(text("call me at [redacted]")).build());

    List<GroupMsg> messages = history(groupId);
    assertEquals(2, messages.size());
    GroupMsg modified = messages.stream().filter(m -> m.msgSeq() == seq).findFirst().orElseThrow();
    assertEquals("call me at [redacted]", textOf(modified.msgBody().orElseThrow()));
  }

  @Test
  void importReportsEachMessageThatBreaksTheTimeRules() {
    String groupId = groupWithAccounts("Private");
    long start = GROUP_CREATED.getEpochSecond() + 60;
    tim.client().importGroupMsg(ImportGroupMsgRequest.builder().groupId(groupId)
        .msgList(List.of(message("alice", start + 100, "newest"))).build()).requireAllImported();

    ImportResult result = tim.client().importGroupMsg(ImportGroupMsgRequest.builder().groupId(groupId)
        .msgList(List.of(message("alice", start + 50, "older than the newest"), message("bob", start + 200, "fine")))
        .build());

    assertEquals(1, result.failed().size());
    assertEquals(ImportMsgOutcome.Kind.INVALID_SEND_TIME, result.failed().get(0).kind());
    assertEquals(0, result.failed().get(0).index());
    assertTrue(result.outcomes().get(1).isImported());
  }

  @Test
  void importIntoAvChatRoomIsRefusedWith10007() {
    String groupId = groupWithAccounts("AVChatRoom");
    TimApiException e = assertThrows(TimApiException.class, () -> tim.client().importGroupMsg(
        ImportGroupMsgRequest.builder().groupId(groupId)
            .msgList(List.of(message("alice", GROUP_CREATED.getEpochSecond() + 60, "x"))).build()));
    assertEquals(10007, e.errorCode());
    assertEquals("v4/group_open_http_svc/import_group_msg", e.operation());
  }

  @Test
  void importRetriedAfterADroppedResponseImportsEachMessageOnce() {
    String groupId = groupWithAccounts("Public");
    long start = GROUP_CREATED.getEpochSecond() + 60;
    List<ImportMsg> batch = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      batch.add(message("alice", start + i, "message " + i));
    }
    tim.emulator().faults().setDropAfterCommitRate(1.0);
    ImportGroupMsgRequest request = ImportGroupMsgRequest.builder().groupId(groupId).msgList(batch).build();
    assertThrows(io.timrest.TimTransportException.class,
        () -> tim.client().importGroupMsg(request),
        "every attempt's response is dropped");
    tim.emulator().faults().setDropAfterCommitRate(0.0);

    assertEquals(7, history(groupId).size(), "four committed attempts, seven messages: the Random values matched");
  }

  @Test
  void c2cMessageIsModifiedAndReadBackWithBothAccountFieldNames() {
    groupWithAccounts("Public");
    long sentAt = clock.instant().getEpochSecond();
    String msgKey = tim.client().sendMsg(SendMsgRequest.builder().fromAccount("alice").toAccount("bob")
        .msgRandom(42L).msgBody(text("see you at 9")).build()).msgKey().orElseThrow();

    tim.client().modifyC2cMsg(ModifyC2cMsgRequest.builder().fromAccount("alice").toAccount("bob").msgKey(msgKey)
        .msgBody(text("see you at 10")).cloudCustomData("edited").build());

    AdminGetRoamMsgResponse current = tim.client().adminGetRoamMsg(AdminGetRoamMsgRequest.builder()
        .operatorAccount("alice").peerAccount("bob").maxCnt(10).minTime(sentAt - 10).maxTime(sentAt + 10).build());
    AdminGetRoamMsgResponse older = tim.client().adminGetRoamMsg(AdminGetRoamMsgRequest.builder()
        .fromAccount("alice").toAccount("bob").maxCnt(10).minTime(sentAt - 10).maxTime(sentAt + 10).build());

    for (AdminGetRoamMsgResponse response : List.of(current, older)) {
      C2cMsg message = response.msgList().orElseThrow().get(0);
      assertEquals(msgKey, message.msgKey());
      assertEquals("see you at 10", textOf(message.msgBody().orElseThrow()));
      assertEquals("edited", message.cloudCustomData().orElseThrow());
    }
  }

  @Test
  void modifyingAnUnknownGroupMessageIsAnApiError() {
    String groupId = groupWithAccounts("Public");
    TimApiException e = assertThrows(TimApiException.class, () -> tim.client().modifyGroupMsg(
        ModifyGroupMsgRequest.builder().groupId(groupId).msgSeq(99L).cloudCustomData("x").build()));
    assertEquals(20001, e.errorCode());
    assertTrue(!e.isRetryable());
  }

  @Test
  void retryableErrorsAreRetriedUntilTheyPass() {
    String groupId = groupWithAccounts("Public");
    tim.emulator().faults().setRetryableErrorRate(1.0);
    TimApiException e = assertThrows(TimApiException.class, () -> history(groupId));
    assertEquals(10002, e.errorCode());
    assertTrue(e.isRetryable());
    tim.emulator().faults().setRetryableErrorRate(0.0);
    assertEquals(0, history(groupId).size());
  }
}
