package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.RetryPolicy;
import io.timrest.TimApiException;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.TimEmulator;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.MsgElement;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.SetUnreadMsgNumRequest;
import io.timrest.model.TIMTextElem;
import io.timrest.model.TIMTextElemContent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The emulator's injected internal error is one the client retries for every operation a
 * migration calls: the code each operation's own page documents as "try again", so that a test
 * of retries under faults meets retryable errors and not refusals.
 */
class InjectedErrorsTest {
  private static final long AN_HOUR_AGO = Instant.now().getEpochSecond() - 3600;
  private static final List<MsgElement> TEXT =
      List.of(TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text("hi").build()).build());

  @Test
  void theInjectedInternalErrorIsRetryableForEveryOperationOfAMigration() {
    try (TimEmulator emulator = TimEmulator.start(EmulatorConfig.builder().retryableErrorRate(1.0).build());
        TimRestClient client = emulator.clientBuilder()
            .retryPolicy(RetryPolicy.none())
            .build()) {
      Map<String, Executable> calls = new LinkedHashMap<>();
      calls.put("multiaccount_import", () -> client.multiaccountImport(MultiaccountImportRequest.builder()
          .accountList(List.of(AccountImportRequest.builder().userID("alice").build())).build()));
      calls.put("import_group", () -> client.importGroup(ImportGroupRequest.builder()
          .type("Public").groupId("g").name("g").ownerAccount("alice").createTime(AN_HOUR_AGO).build()));
      calls.put("import_group_member", () -> client.importGroupMember(ImportGroupMemberRequest.builder().groupId("g")
          .memberList(List.of(ImportGroupMember.builder().memberAccount("bob").joinTime(AN_HOUR_AGO + 1).build())).build()));
      calls.put("import_group_msg", () -> client.importGroupMsg(ImportGroupMsgRequest.builder().groupId("g")
          .msgList(List.of(ImportMsg.builder().fromAccount("bob").sendTime(AN_HOUR_AGO + 2).random(1L).msgBody(TEXT).build()))
          .build()));
      calls.put("set_unread_msg_num", () -> client.setUnreadMsgNum(SetUnreadMsgNumRequest.builder()
          .groupId("g").memberAccount("bob").unreadMsgNum(1).build()));
      calls.put("group_msg_get_simple", () -> client.groupMsgGetSimple(GroupMsgGetSimpleRequest.builder()
          .groupId("g").reqMsgNumber(20).build()));
      calls.put("importmsg", () -> client.importC2cMsg(ImportC2cMsgRequest.builder().syncFromOldSystem(2)
          .fromAccount("alice").toAccount("bob").msgSeq(1L).msgRandom(1L).msgTimeStamp(AN_HOUR_AGO).msgBody(TEXT).build()));
      calls.forEach((operation, call) -> {
        TimApiException e = assertThrows(TimApiException.class, call, operation);
        assertTrue(e.isRetryable(), () -> operation + " answered " + e.errorCode() + ", which the client does not retry: " + e);
      });
    }
  }
}
