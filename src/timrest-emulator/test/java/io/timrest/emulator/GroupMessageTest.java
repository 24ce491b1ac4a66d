package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** send_group_msg and group_msg_get_simple (docs/server-rules.md §2, §3). */
class GroupMessageTest {
  private final Harness h = new Harness();
  private static final String SEND = "group_open_http_svc/send_group_msg";
  private static final String GET = "group_open_http_svc/group_msg_get_simple";

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void msgSeqStartsAtOneAndIncreasesPerGroup() {
    String a = h.createGroup("Public");
    String b = h.createGroup("Public");
    assertEquals(1L, Harness.num(h.sendGroupText(a, 1, "x").get("MsgSeq")));
    assertEquals(2L, Harness.num(h.sendGroupText(a, 2, "x").get("MsgSeq")));
    assertEquals(1L, Harness.num(h.sendGroupText(b, 3, "x").get("MsgSeq")));
  }

  @Test
  void msgTimeIsTheEmulatorClock() {
    String group = h.createGroup("Public");
    h.clock.advance(Duration.ofSeconds(42));
    assertEquals(h.nowSeconds(), Harness.num(h.sendGroupText(group, 1, "x").get("MsgTime")));
  }

  @Test
  void historyIsNewestFirstWithEveryDocumentedField() {
    h.importAccount("alice");
    String group = h.createGroup("Public");
    h.sendGroupText(group, 11, "one");
    h.ok(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":4294967295,\"From_Account\":\"alice\","
        + "\"CloudCustomData\":\"ccd\",\"MsgBody\":" + Harness.text("two") + "}");
    Map<String, Object> answer = h.ok(GET, "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":20}");
    assertEquals(group, answer.get("GroupId"));
    assertEquals(1L, Harness.num(answer.get("IsFinished")));
    List<Map<String, Object>> messages = Harness.list(answer.get("RspMsgList"));
    assertEquals(2, messages.size());
    Map<String, Object> newest = messages.get(0);
    assertEquals("alice", newest.get("From_Account"));
    assertEquals(0L, Harness.num(newest.get("IsPlaceMsg")));
    assertEquals(1L, Harness.num(newest.get("MsgPriority")));
    assertEquals(4294967295L, Harness.num(newest.get("MsgRandom")));
    assertEquals(2L, Harness.num(newest.get("MsgSeq")));
    assertEquals(h.nowSeconds(), Harness.num(newest.get("MsgTimeStamp")));
    assertEquals(0L, Harness.num(newest.get("IsSystemMsg")));
    assertEquals("ccd", newest.get("CloudCustomData"));
    assertEquals("administrator", messages.get(1).get("From_Account"));
    assertFalse(messages.get(1).containsKey("CloudCustomData"));
  }

  @Test
  void reqMsgSeqIsAnInclusiveUpperBoundAndIsFinishedSaysWhetherMoreRemain() {
    String group = h.createGroup("Public");
    for (int i = 1; i <= 5; i++) {
      h.sendGroupText(group, i, "m" + i);
    }
    Map<String, Object> page = h.ok(GET, "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":2,\"ReqMsgSeq\":4}");
    List<Map<String, Object>> messages = Harness.list(page.get("RspMsgList"));
    assertEquals(List.of(4L, 3L), messages.stream().map(m -> Harness.num(m.get("MsgSeq"))).toList());
    assertEquals(0L, Harness.num(page.get("IsFinished")));
    Map<String, Object> last = h.ok(GET, "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":2,\"ReqMsgSeq\":2}");
    assertEquals(2, Harness.list(last.get("RspMsgList")).size());
    assertEquals(1L, Harness.num(last.get("IsFinished")));
  }

  @Test
  void historyOfAnEmptyGroupIsFinished() {
    String group = h.createGroup("Public");
    Map<String, Object> answer = h.ok(GET, "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":1}");
    assertEquals(1L, Harness.num(answer.get("IsFinished")));
    assertTrue(Harness.list(answer.get("RspMsgList")).isEmpty());
  }

  @Test
  void reqMsgNumberAbove20Is10004() {
    String group = h.createGroup("Public");
    assertEquals(10004, h.code(GET, "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":21}"));
  }

  @Test
  void reqMsgNumberBelow1Is10004() {
    String group = h.createGroup("Public");
    assertEquals(10004, h.code(GET, "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":0}"));
  }

  @Test
  void historyOfAnUnknownGroupIs10010() {
    assertEquals(10010, h.code(GET, "{\"GroupId\":\"nope\",\"ReqMsgNumber\":1}"));
  }

  @Test
  void avChatRoomHistoryIsNotStored10007() {
    String group = h.createGroup("AVChatRoom");
    assertEquals(1L, Harness.num(h.sendGroupText(group, 1, "live").get("MsgSeq")));
    assertEquals(10007, h.code(GET, "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":1}"));
  }

  @Test
  void sendToAnUnknownGroupIs10010() {
    assertEquals(10010, h.code(SEND, "{\"GroupId\":\"nope\",\"Random\":1,\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void sendWithAMalformedGroupIdIs10015() {
    assertEquals(10015, h.code(SEND, "{\"GroupId\":\"\",\"Random\":1,\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void sendWithoutRandomIs10004() {
    String group = h.createGroup("Public");
    assertEquals(10004, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void randomAboveUint32Is10004() {
    String group = h.createGroup("Public");
    assertEquals(10004, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":4294967296,\"MsgBody\":"
        + Harness.text("x") + "}"));
  }

  @Test
  void fractionalRandomIs10004() {
    String group = h.createGroup("Public");
    assertEquals(10004, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1.0,\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void sendFromAnUnimportedAccountIs10019() {
    String group = h.createGroup("Public");
    assertEquals(10019, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"From_Account\":\"ghost\","
        + "\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void msgBodyThatIsNotAnArrayIs10004() {
    String group = h.createGroup("Public");
    assertEquals(10004, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":{\"MsgType\":\"TIMTextElem\"}}"));
  }

  @Test
  void emptyMsgBodyIs10004() {
    String group = h.createGroup("Public");
    assertEquals(10004, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":[]}"));
  }

  @Test
  void elementWithoutMsgContentIs10004() {
    String group = h.createGroup("Public");
    assertEquals(10004, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\"}]}"));
  }

  @Test
  void twoCustomElementsAre10004() {
    String group = h.createGroup("Public");
    String custom = "{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{\"Data\":\"d\"}}";
    assertEquals(10004, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":[" + custom + "," + custom + "]}"));
  }

  @Test
  void msgBodyLongerThan12000BytesIs80002() {
    String group = h.createGroup("Public");
    assertEquals(80002, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":"
        + Harness.text("x".repeat(12_000)) + "}"));
  }

  @Test
  void msgBodyOfExactly12000BytesIsAccepted() {
    String group = h.createGroup("Public");
    String overhead = Harness.text("");
    h.ok(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":"
        + Harness.text("x".repeat(12_000 - overhead.length())) + "}");
  }

  @Test
  void topicIdIsRefusedBecauseTopicsAreNotEmulated() {
    String group = h.createGroup("Community");
    assertEquals(10004, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"TopicId\":\"t\",\"MsgBody\":"
        + Harness.text("x") + "}"));
  }

  @Test
  void msgBodyRoundTripsByteForByte() throws IOException {
    String group = h.createGroup("Public");
    String body = "[{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":6,\"Data\":\"abc\\u0000\\u0001\"}},"
        + "{\"MsgType\":\"TIMFutureElem\",\"MsgContent\":{\"Big\":12345678901234567890,\"Exp\":1.0e5,"
        + "\"Neg\":-0.0,\"Nested\":{\"a\":[true,false,null]},\"Emoji\":\"\\ud83d\\ude00\",\"Unicode\":\"é\"}}]";
    h.ok(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":" + body + "}");
    try (Response response = h.post(h.url(GET), "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":1}")) {
      String answer = response.body().string();
      assertTrue(answer.contains("\"MsgBody\":" + body), answer);
    }
  }

  @Test
  void sameRandomWithinFiveMinutesIsDeduplicated() {
    String group = h.createGroup("Public");
    Map<String, Object> first = h.sendGroupText(group, 7, "first");
    h.clock.advance(Duration.ofMinutes(5).minusSeconds(1));
    Map<String, Object> again = h.sendGroupText(group, 7, "retry");
    assertEquals(Harness.num(first.get("MsgSeq")), Harness.num(again.get("MsgSeq")));
    assertEquals(Harness.num(first.get("MsgTime")), Harness.num(again.get("MsgTime")));
    assertEquals(1, h.history(group, 20).size());
    assertEquals("first", ((Map<?, ?>) ((Map<?, ?>) ((List<?>) h.history(group, 1).get(0).get("MsgBody")).get(0))
        .get("MsgContent")).get("Text"));
  }

  @Test
  void sameRandomAfterFiveMinutesIsANewMessage() {
    String group = h.createGroup("Public");
    h.sendGroupText(group, 7, "first");
    h.clock.advance(Duration.ofMinutes(5));
    assertEquals(2L, Harness.num(h.sendGroupText(group, 7, "second").get("MsgSeq")));
  }

  @Test
  void sameRandomInAnotherGroupIsNotADuplicate() {
    String a = h.createGroup("Public");
    String b = h.createGroup("Public");
    h.sendGroupText(a, 7, "x");
    h.sendGroupText(b, 1, "x");
    assertEquals(2L, Harness.num(h.sendGroupText(b, 7, "x").get("MsgSeq")));
  }

  @Test
  void msgBodySizeIsMeasuredWithoutTheRequestsWhitespace() {
    String group = h.createGroup("Public");
    String overhead = Harness.text("");
    String padded = Harness.text("x".repeat(12_000 - overhead.length())).replace(",", " ,      ");
    h.ok(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":" + padded + "}");
  }

  @Test
  void requestBodyOverOneMebibyteIs10020() {
    String group = h.createGroup("Public");
    assertEquals(10020, h.code(SEND, "{\"GroupId\":\"" + group + "\",\"Random\":1,\"Pad\":\""
        + "p".repeat(1 << 20) + "\",\"MsgBody\":" + Harness.text("x") + "}"));
  }
}
