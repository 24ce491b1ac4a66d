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
        .groupId();
    clock.advance(Duration.ofDays(30));
    return groupId;
  }

  /** A second client of the same emulator, without retries, adjusted by {@code settings}. */
  private TimRestClient clientWithoutRetries(java.util.function.UnaryOperator<TimRestClient.Builder> settings) {
    return settings.apply(tim.emulator().clientBuilder()
            .retryPolicy(RetryPolicy.none()))
        .build();
  }

  private static ImportMsg message(String from, long sendTime, String text) {
    return ImportMsg.builder().fromAccount(from).sendTime(sendTime).msgBody(text(text)).build();
  }

  private List<GroupMsg> history(String groupId) {
    return tim.client().groupMsgGetSimple(GroupMsgGetSimpleRequest.builder().groupId(groupId).reqMsgNumber(20).build())
        .rspMsgList();
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
        .msgRandom(42L).msgBody(text("see you at 9")).build()).msgKey();

    tim.client().modifyC2cMsg(ModifyC2cMsgRequest.builder().fromAccount("alice").toAccount("bob").msgKey(msgKey)
        .msgBody(text("see you at 10")).cloudCustomData("edited").build());

    AdminGetRoamMsgResponse current = tim.client().adminGetRoamMsg(AdminGetRoamMsgRequest.builder()
        .operatorAccount("alice").peerAccount("bob").maxCnt(10).minTime(sentAt - 10).maxTime(sentAt + 10).build());
    AdminGetRoamMsgResponse older = tim.client().adminGetRoamMsg(AdminGetRoamMsgRequest.builder()
        .fromAccount("alice").toAccount("bob").maxCnt(10).minTime(sentAt - 10).maxTime(sentAt + 10).build());

    for (AdminGetRoamMsgResponse response : List.of(current, older)) {
      C2cMsg message = response.msgList().get(0);
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
  void groupSequenceNumbersStartAtOneAndFollowTheImport() {
    String groupId = groupWithAccounts("ChatRoom");
    long start = GROUP_CREATED.getEpochSecond() + 60;
    ImportResult result = tim.client().importGroupMsg(ImportGroupMsgRequest.builder().groupId(groupId)
        .msgList(List.of(message("alice", start, "a"), message("bob", start + 1, "b"), message("alice", start + 2, "c")))
        .build()).requireAllImported();

    assertEquals(List.of(1L, 2L, 3L),
        result.outcomes().stream().map(o -> o.result().msgSeq().orElseThrow()).toList());
  }

  @Test
  void aMessageOverTheServersLimitButWithinTheClientsIsReportedAs80002() {
    String groupId = groupWithAccounts("Public");
    long start = GROUP_CREATED.getEpochSecond() + 60;
    // 12,100 bytes of text: over the emulator's 12,000, within the client's 12,288 (docs/server-rules.md §4).
    String tooLong = "x".repeat(12_100 - "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"\"}}]".length());

    ImportResult result = tim.client().importGroupMsg(ImportGroupMsgRequest.builder().groupId(groupId)
        .msgList(List.of(message("alice", start, "fine"), message("bob", start + 1, tooLong))).build());

    assertEquals(List.of(ImportMsgOutcome.Kind.IMPORTED, ImportMsgOutcome.Kind.TOO_LONG),
        result.outcomes().stream().map(ImportMsgOutcome::kind).toList());
  }

  @Test
  void reimportingWithinFiveMinutesDoesNotDuplicateMessages() {
    String groupId = groupWithAccounts("Public");
    long start = GROUP_CREATED.getEpochSecond() + 60;
    ImportGroupMsgRequest request = ImportGroupMsgRequest.builder().groupId(groupId)
        .msgList(List.of(message("alice", start, "once"))).build();
    ImportResult first = tim.client().importGroupMsg(request);
    ImportGroupMsgRequest sameRandom = first.request();

    ImportResult again = tim.client().importGroupMsg(sameRandom);

    assertEquals(first.outcomes().get(0).result().msgSeq(), again.outcomes().get(0).result().msgSeq());
    assertEquals(1, history(groupId).size());
  }

  @Test
  void importIntoAMissingGroupIs10010AndIntoAMalformedIdIs10015() {
    groupWithAccounts("Public");
    ImportMsg one = message("alice", GROUP_CREATED.getEpochSecond() + 60, "x");
    TimApiException missing = assertThrows(TimApiException.class, () -> tim.client().importGroupMsg(
        ImportGroupMsgRequest.builder().groupId("@TGS#2NOSUCHGRP").msgList(List.of(one)).build()));
    TimApiException malformed = assertThrows(TimApiException.class, () -> tim.client().importGroupMsg(
        ImportGroupMsgRequest.builder().groupId("bad id\u0001").msgList(List.of(one)).build()));

    assertEquals(10010, missing.errorCode());
    assertEquals(10015, malformed.errorCode());
  }

  @Test
  void modifyingAnAvChatRoomMessageIs10007() {
    String groupId = groupWithAccounts("AVChatRoom");
    TimApiException e = assertThrows(TimApiException.class, () -> tim.client().modifyGroupMsg(
        ModifyGroupMsgRequest.builder().groupId(groupId).msgSeq(1L).cloudCustomData("x").build()));
    assertEquals(10007, e.errorCode());
  }

  @Test
  void rateLimitIsRetryableWithBackoff() {
    groupWithAccounts("Public");
    TimRestClient noRetries = clientWithoutRetries(builder -> builder.clock(clock));
    TimApiException limited = null;
    for (int i = 0; i < EmulatorConfig.DEFAULT_RATE_LIMIT_PER_SECOND + 1 && limited == null; i++) {
      try {
        noRetries.accountImport(AccountImportRequest.builder().userID("u" + i).build());
      } catch (TimApiException e) {
        limited = e;
      }
    }
    noRetries.close();

    assertEquals(60007, limited == null ? 0 : limited.errorCode(), "the 201st call within one second is refused");
    assertTrue(limited.isRetryable());
  }

  @Test
  void gatewayErrorsAreTransportFailuresThatRetriesOvercome() {
    groupWithAccounts("Public");
    tim.emulator().faults().setGatewayErrorRate(1.0);
    io.timrest.TimTransportException e = assertThrows(io.timrest.TimTransportException.class,
        () -> tim.client().accountImport(AccountImportRequest.builder().userID("carol").build()));
    assertEquals(502, e.httpStatus().orElse(0));
    tim.emulator().faults().setGatewayErrorRate(0.0);
    assertEquals("OK", tim.client().accountImport(AccountImportRequest.builder().userID("carol").build()).actionStatus());
  }

  @Test
  void anExpiredUserSigIsRenewedOnce() {
    groupWithAccounts("Public");
    TimRestClient client = clientWithoutRetries(builder -> builder
        .userSigValidity(Duration.ofHours(1))
        .clock(java.time.Clock.fixed(clock.instant().minus(Duration.ofHours(2)), java.time.ZoneOffset.UTC)));

    TimApiException e = assertThrows(TimApiException.class,
        () -> client.accountImport(AccountImportRequest.builder().userID("dave").build()));
    client.close();

    assertEquals(70001, e.errorCode(), "signed two hours ago for one hour: expired, and so is its renewal");
    assertTrue(e.needsNewUserSig());
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
