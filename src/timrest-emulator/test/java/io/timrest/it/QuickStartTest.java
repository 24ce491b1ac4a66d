package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.timrest.C2cImportResult;
import io.timrest.ImportResult;
import io.timrest.MsgElements;
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
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.SetUnreadMsgNumRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Quick start, as written, against an emulator on the real clock (no clock tricks:
 * the history gets in because the group is imported with its past CreateTime, as against the
 * real service). Keep the two in step.
 */
class QuickStartTest {

  @Test
  void quickStartImportsAndModifiesHistoryOnTheRealClock() {
    try (TimEmulator emulator = TimEmulator.start(EmulatorConfig.builder().build());
        TimRestClient client = emulator.clientBuilder().build()) {
      // --- the README's Quick start, from here on unchanged ---
      client.multiaccountImport(MultiaccountImportRequest.builder()
          .accountList(List.of(
              AccountImportRequest.builder().userID("leckie").build(),
              AccountImportRequest.builder().userID("peter").build()))
          .build()).requireAllImported();

      String groupId = client.importGroup(ImportGroupRequest.builder()
          .type(ImportGroupRequest.TYPE_PUBLIC).name("hikers").ownerAccount("leckie")
          .createTime(1620000000L)                           // when the group was created in the old system
          .build()).groupId();

      client.importGroupMember(ImportGroupMemberRequest.builder()
          .groupId(groupId)
          .memberList(List.of(ImportGroupMember.builder().memberAccount("peter").joinTime(1620000100L).build()))
          .build()).requireAllImported();

      ImportResult result = client.importGroupMsg(ImportGroupMsgRequest.builder()
          .groupId(groupId)
          .msgList(List.of(ImportMsg.builder()
              .fromAccount("leckie")
              .sendTime(1620808101L)
              .msgBody(List.of(MsgElements.text("red packet")))   // or TIMTextElem.builder()...
              .build()))
          .build());
      result.requireAllImported();       // or inspect result.failed()

      client.setUnreadMsgNum(SetUnreadMsgNumRequest.builder()
          .groupId(groupId).memberAccount("peter").unreadMsgNum(1).build());

      C2cImportResult c2c = client.importC2cMsg(ImportC2cMsgRequest.builder()
          .syncFromOldSystem(2).fromAccount("leckie").toAccount("peter").msgTimeStamp(1620808200L)
          .msgBody(List.of(MsgElements.text("see you"))).build());

      client.modifyGroupMsg(ModifyGroupMsgRequest.builder()
          .groupId(groupId).msgSeq(result.outcomes().get(0).result().msgSeq().orElseThrow())
          .cloudCustomData("edited").build());
      client.modifyC2cMsg(ModifyC2cMsgRequest.builder()
          .fromAccount("leckie").toAccount("peter").msgKey(c2c.msgKey()).cloudCustomData("edited").build());
      // --- end of the Quick start ---

      GroupMsg groupMsg = client.groupMsgGetSimple(GroupMsgGetSimpleRequest.builder()
              .groupId(groupId).reqMsgNumber(20).build())
          .rspMsgList().get(0);
      assertEquals(1620808101L, groupMsg.msgTimeStamp().orElseThrow());
      assertEquals("edited", groupMsg.cloudCustomData().orElseThrow());
      C2cMsg c2cMsg = client.adminGetRoamMsg(AdminGetRoamMsgRequest.builder()
              .operatorAccount("peter").peerAccount("leckie").minTime(0L).maxTime(Instant.now().getEpochSecond())
              .maxCnt(20).build())
          .msgList().get(0);
      assertEquals(c2c.msgKey(), c2cMsg.msgKey());
      assertEquals("edited", c2cMsg.cloudCustomData().orElseThrow());
    }
  }
}
