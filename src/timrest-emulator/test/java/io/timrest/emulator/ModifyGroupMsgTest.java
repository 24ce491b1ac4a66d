package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** openim/modify_group_msg (docs/server-rules.md §2 and the spec). */
class ModifyGroupMsgTest {
  private static final String MODIFY = "openim/modify_group_msg";

  private final Harness h = new Harness();
  private String group;

  @BeforeEach
  void sendOneMessage() {
    group = h.createGroup("Public");
    h.ok("group_open_http_svc/send_group_msg", "{\"GroupId\":\"" + group + "\",\"Random\":1,"
        + "\"CloudCustomData\":\"old data\",\"MsgBody\":" + Harness.text("old") + "}");
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static String textOf(Map<String, Object> message) {
    Map<?, ?> element = (Map<?, ?>) ((List<?>) message.get("MsgBody")).get(0);
    return (String) ((Map<?, ?>) element.get("MsgContent")).get("Text");
  }

  @Test
  void modifiedMsgBodyIsVisibleOnReadBack() {
    h.ok(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,\"MsgBody\":" + Harness.text("new") + "}");
    Map<String, Object> message = h.history(group, 1).get(0);
    assertEquals("new", textOf(message));
    assertEquals("old data", message.get("CloudCustomData"));
  }

  @Test
  void modifyingOnlyCloudCustomDataKeepsTheBody() {
    h.ok(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,\"CloudCustomData\":\"your cloud custom data\"}");
    Map<String, Object> message = h.history(group, 1).get(0);
    assertEquals("old", textOf(message));
    assertEquals("your cloud custom data", message.get("CloudCustomData"));
  }

  @Test
  void modifyingBothFieldsAtOnce() {
    h.ok(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,\"MsgBody\":" + Harness.text("hello")
        + ",\"CloudCustomData\":\"both\"}");
    Map<String, Object> message = h.history(group, 1).get(0);
    assertEquals("hello", textOf(message));
    assertEquals("both", message.get("CloudCustomData"));
  }

  @Test
  void modifyKeepsSeqTimeSenderAndRandom() {
    Map<String, Object> before = h.history(group, 1).get(0);
    h.ok(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,\"MsgBody\":" + Harness.text("new") + "}");
    Map<String, Object> after = h.history(group, 1).get(0);
    for (String field : List.of("MsgSeq", "MsgTimeStamp", "From_Account", "MsgRandom")) {
      assertEquals(before.get(field), after.get(field), field);
    }
  }

  @Test
  void neitherMsgBodyNorCloudCustomDataIs20001() {
    assertEquals(20001, h.code(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1}"));
  }

  @Test
  void unknownMsgSeqIs20001() {
    assertEquals(20001, h.code(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":2,\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void missingMsgSeqIs20001() {
    assertEquals(20001, h.code(MODIFY, "{\"GroupId\":\"" + group + "\",\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void unknownGroupIs10010() {
    assertEquals(10010, h.code(MODIFY, "{\"GroupId\":\"nope\",\"MsgSeq\":1,\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void malformedGroupIdIs10015() {
    assertEquals(10015, h.code(MODIFY, "{\"GroupId\":\"\",\"MsgSeq\":1,\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void avChatRoomHistoryCannotBeModified10007() {
    String live = h.createGroup("AVChatRoom");
    h.sendGroupText(live, 1, "live");
    assertEquals(10007, h.code(MODIFY, "{\"GroupId\":\"" + live + "\",\"MsgSeq\":1,\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void msgBodyThatIsNotAnArrayIs90007() {
    assertEquals(90007, h.code(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,\"MsgBody\":{\"MsgType\":\"TIMTextElem\"}}"));
  }

  @Test
  void elementWithoutMsgTypeIs90002() {
    assertEquals(90002, h.code(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,"
        + "\"MsgBody\":[{\"MsgContent\":{\"Text\":\"x\"}}]}"));
  }

  @Test
  void elementWhoseMsgContentIsNotAnObjectIs90002() {
    assertEquals(90002, h.code(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,"
        + "\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":\"x\"}]}"));
  }

  @Test
  void modifiedMsgBodyLongerThan12000BytesIs80002() {
    assertEquals(80002, h.code(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,\"MsgBody\":"
        + Harness.text("x".repeat(12_000)) + "}"));
  }

  @Test
  void importedMessagesCanBeModified() {
    h.clock.advance(java.time.Duration.ofMinutes(1));
    Map<String, Object> imported = h.ok("group_open_http_svc/import_group_msg", "{\"GroupId\":\"" + group
        + "\",\"MsgList\":[{\"From_Account\":\"x\",\"SendTime\":" + (h.nowSeconds() - 1) + ",\"MsgBody\":" + Harness.text("imp") + "}]}");
    long seq = Harness.num(Harness.list(imported.get("ImportMsgResult")).get(0).get("MsgSeq"));
    h.ok(MODIFY, "{\"GroupId\":\"" + group + "\",\"MsgSeq\":" + seq + ",\"MsgBody\":" + Harness.text("edited") + "}");
    assertEquals("edited", textOf(h.history(group, 1).get(0)));
  }
}
