package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** openim/sendmsg, admin_getroammsg and modify_c2c_msg (docs/server-rules.md §2, §3). */
class C2cMessageTest {
  private static final String SEND = "openim/sendmsg";
  private static final String ROAM = "openim/admin_getroammsg";
  private static final String MODIFY = "openim/modify_c2c_msg";

  private final Harness h = new Harness();

  @BeforeEach
  void importUsers() {
    h.importAccount("user1");
    h.importAccount("user2");
    h.importAccount("user3");
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private Map<String, Object> send(String from, String to, long random, String text) {
    return h.ok(SEND, "{\"From_Account\":\"" + from + "\",\"To_Account\":\"" + to + "\",\"MsgRandom\":" + random
        + ",\"MsgBody\":" + Harness.text(text) + "}");
  }

  private Map<String, Object> roam(String operator, String peer, int maxCount, String lastKey) {
    return h.ok(ROAM, "{\"Operator_Account\":\"" + operator + "\",\"Peer_Account\":\"" + peer + "\",\"MaxCnt\":" + maxCount
        + ",\"MinTime\":0,\"MaxTime\":" + h.nowSeconds()
        + (lastKey == null ? "" : ",\"LastMsgKey\":\"" + lastKey + "\"") + "}");
  }

  private static String textOf(Map<String, Object> message) {
    Map<?, ?> element = (Map<?, ?>) ((List<?>) message.get("MsgBody")).get(0);
    return (String) ((Map<?, ?>) element.get("MsgContent")).get("Text");
  }

  @Test
  void sendmsgReturnsMsgTimeAndAKeyOfSeqRandomAndTimestamp() {
    Map<String, Object> answer = send("user1", "user2", 2578554, "hi");
    long time = Harness.num(answer.get("MsgTime"));
    assertEquals(h.nowSeconds(), time);
    assertTrue(((String) answer.get("MsgKey")).matches("\\d+_2578554_" + time), (String) answer.get("MsgKey"));
  }

  @Test
  void clientChosenMsgSeqAndTimestampFormTheKey() {
    Map<String, Object> answer = h.ok(SEND, "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgSeq\":549396494,"
        + "\"MsgRandom\":2578554,\"MsgTimeStamp\":1584669680,\"MsgBody\":" + Harness.text("msg 1") + "}");
    assertEquals("549396494_2578554_1584669680", answer.get("MsgKey"));
    assertEquals(1584669680L, Harness.num(answer.get("MsgTime")));
  }

  @Test
  void fromAccountDefaultsToTheAdmin() {
    h.ok(SEND, "{\"To_Account\":\"user2\",\"MsgRandom\":1,\"MsgBody\":" + Harness.text("from admin") + "}");
    Map<String, Object> page = roam("administrator", "user2", 10, null);
    assertEquals("administrator", Harness.list(page.get("MsgList")).get(0).get("From_Account"));
  }

  @Test
  void missingToAccountIs90003() {
    assertEquals(90003, h.code(SEND, "{\"MsgRandom\":1,\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void nonStringToAccountIs90003() {
    assertEquals(90003, h.code(SEND, "{\"To_Account\":7,\"MsgRandom\":1,\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void unknownToAccountIs90012() {
    assertEquals(90012, h.code(SEND, "{\"To_Account\":\"ghost\",\"MsgRandom\":1,\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void unknownFromAccountIs20003() {
    assertEquals(20003, h.code(SEND, "{\"From_Account\":\"ghost\",\"To_Account\":\"user2\",\"MsgRandom\":1,"
        + "\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void missingMsgRandomIs20001() {
    assertEquals(20001, h.code(SEND, "{\"To_Account\":\"user2\",\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void msgRandomAboveUint32Is20001() {
    assertEquals(20001, h.code(SEND, "{\"To_Account\":\"user2\",\"MsgRandom\":4294967296,\"MsgBody\":" + Harness.text("x") + "}"));
  }

  @Test
  void msgBodyThatIsNotAnArrayIs90007() {
    assertEquals(90007, h.code(SEND, "{\"To_Account\":\"user2\",\"MsgRandom\":1,\"MsgBody\":\"hi\"}"));
  }

  @Test
  void missingMsgBodyIs90002() {
    assertEquals(90002, h.code(SEND, "{\"To_Account\":\"user2\",\"MsgRandom\":1}"));
  }

  @Test
  void repeatedSendWithin120SecondsReturnsTheOriginal() {
    String body = "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgSeq\":5,\"MsgRandom\":9,\"MsgBody\":"
        + Harness.text("once") + "}";
    Map<String, Object> first = h.ok(SEND, body);
    h.clock.advance(Duration.ofSeconds(119));
    Map<String, Object> again = h.ok(SEND, body);
    assertEquals(first.get("MsgKey"), again.get("MsgKey"));
    assertEquals(first.get("MsgTime"), again.get("MsgTime"));
    assertEquals(1L, Harness.num(roam("user1", "user2", 10, null).get("MsgCnt")));
  }

  @Test
  void repeatedSendAfter120SecondsIsANewMessage() {
    String body = "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgSeq\":5,\"MsgRandom\":9,\"MsgBody\":"
        + Harness.text("twice") + "}";
    Map<String, Object> first = h.ok(SEND, body);
    h.clock.advance(Duration.ofSeconds(120));
    assertNotEquals(first.get("MsgKey"), h.ok(SEND, body).get("MsgKey"));
    assertEquals(2L, Harness.num(roam("user1", "user2", 10, null).get("MsgCnt")));
  }

  @Test
  void roamReturnsBothDirectionsOfOneConversationOnly() {
    send("user1", "user2", 1, "a");
    h.clock.advance(Duration.ofSeconds(1));
    send("user2", "user1", 2, "b");
    send("user1", "user3", 3, "elsewhere");
    Map<String, Object> page = roam("user2", "user1", 100, null);
    assertEquals(1L, Harness.num(page.get("Complete")));
    assertEquals(2L, Harness.num(page.get("MsgCnt")));
    List<Map<String, Object>> messages = Harness.list(page.get("MsgList"));
    assertEquals(List.of("a", "b"), messages.stream().map(C2cMessageTest::textOf).toList());
    Map<String, Object> first = messages.get(0);
    assertEquals("user1", first.get("From_Account"));
    assertEquals("user2", first.get("To_Account"));
    assertEquals(1L, Harness.num(first.get("MsgRandom")));
    assertEquals(0L, Harness.num(first.get("MsgFlagBits")));
    assertEquals(first.get("MsgKey"), Harness.num(first.get("MsgSeq")) + "_1_" + Harness.num(first.get("MsgTimeStamp")));
    assertEquals(Harness.num(first.get("MsgTimeStamp")), Harness.num(page.get("LastMsgTime")));
    assertEquals(first.get("MsgKey"), page.get("LastMsgKey"));
  }

  @Test
  void roamAcceptsTheOlderFromAndToAccountNames() {
    send("user1", "user2", 1, "a");
    Map<String, Object> page = h.ok(ROAM, "{\"From_Account\":\"user2\",\"To_Account\":\"user1\",\"MaxCnt\":100,"
        + "\"MinTime\":0,\"MaxTime\":" + h.nowSeconds() + "}");
    assertEquals(1L, Harness.num(page.get("MsgCnt")));
  }

  @Test
  void roamHonoursTheTimeRangeInclusively() {
    long t0 = h.nowSeconds();
    send("user1", "user2", 1, "t0");
    h.clock.advance(Duration.ofSeconds(10));
    send("user1", "user2", 2, "t10");
    h.clock.advance(Duration.ofSeconds(10));
    send("user1", "user2", 3, "t20");
    Map<String, Object> page = h.ok(ROAM, "{\"Operator_Account\":\"user1\",\"Peer_Account\":\"user2\",\"MaxCnt\":100,"
        + "\"MinTime\":" + (t0 + 10) + ",\"MaxTime\":" + (t0 + 20) + "}");
    assertEquals(List.of("t10", "t20"), Harness.list(page.get("MsgList")).stream().map(C2cMessageTest::textOf).toList());
  }

  @Test
  void roamPagesBackwardsWithLastMsgKey() {
    for (int i = 1; i <= 5; i++) {
      send("user1", "user2", i, "m" + i);
      if (i != 3) {
        h.clock.advance(Duration.ofSeconds(1)); // m3 and m4 share a second: the key, not the time, separates them
      }
    }
    Map<String, Object> first = roam("user1", "user2", 2, null);
    assertEquals(0L, Harness.num(first.get("Complete")));
    assertEquals(List.of("m4", "m5"), Harness.list(first.get("MsgList")).stream().map(C2cMessageTest::textOf).toList());
    Map<String, Object> second = h.ok(ROAM, "{\"Operator_Account\":\"user1\",\"Peer_Account\":\"user2\",\"MaxCnt\":2,"
        + "\"MinTime\":0,\"MaxTime\":" + Harness.num(first.get("LastMsgTime")) + ",\"LastMsgKey\":\"" + first.get("LastMsgKey") + "\"}");
    assertEquals(0L, Harness.num(second.get("Complete")));
    assertEquals(List.of("m2", "m3"), Harness.list(second.get("MsgList")).stream().map(C2cMessageTest::textOf).toList());
    Map<String, Object> third = h.ok(ROAM, "{\"Operator_Account\":\"user1\",\"Peer_Account\":\"user2\",\"MaxCnt\":2,"
        + "\"MinTime\":0,\"MaxTime\":" + Harness.num(second.get("LastMsgTime")) + ",\"LastMsgKey\":\"" + second.get("LastMsgKey") + "\"}");
    assertEquals(1L, Harness.num(third.get("Complete")));
    assertEquals(List.of("m1"), Harness.list(third.get("MsgList")).stream().map(C2cMessageTest::textOf).toList());
  }

  @Test
  void roamOfAnEmptyConversationIsComplete() {
    Map<String, Object> page = roam("user1", "user3", 10, null);
    assertEquals(1L, Harness.num(page.get("Complete")));
    assertEquals(0L, Harness.num(page.get("MsgCnt")));
    assertEquals("", page.get("LastMsgKey"));
  }

  @Test
  void roamWithAnUnknownAccountIs20003() {
    assertEquals(20003, h.code(ROAM, "{\"Operator_Account\":\"user1\",\"Peer_Account\":\"ghost\",\"MaxCnt\":1,"
        + "\"MinTime\":0,\"MaxTime\":1}"));
  }

  @Test
  void roamWithoutMaxCntIs20001() {
    assertEquals(20001, h.code(ROAM, "{\"Operator_Account\":\"user1\",\"Peer_Account\":\"user2\",\"MinTime\":0,\"MaxTime\":1}"));
  }

  @Test
  void roamWithMinTimeAfterMaxTimeIs20001() {
    assertEquals(20001, h.code(ROAM, "{\"Operator_Account\":\"user1\",\"Peer_Account\":\"user2\",\"MaxCnt\":1,"
        + "\"MinTime\":2,\"MaxTime\":1}"));
  }

  @Test
  void timestampsBeyond32BitsRoundTripExactly() throws IOException {
    h.ok(SEND, "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgSeq\":4294967295,\"MsgRandom\":4294967295,"
        + "\"MsgTimeStamp\":9007199254740993,\"MsgBody\":" + Harness.text("far") + "}");
    try (Response response = h.post(h.url(ROAM), "{\"Operator_Account\":\"user1\",\"Peer_Account\":\"user2\","
        + "\"MaxCnt\":1,\"MinTime\":0,\"MaxTime\":9223372036854775807}")) {
      String body = response.body().string();
      assertTrue(body.contains("\"MsgTimeStamp\":9007199254740993"), body);
      assertTrue(body.contains("\"MsgKey\":\"4294967295_4294967295_9007199254740993\""), body);
    }
  }

  @Test
  void modifiedC2cMsgBodyIsVisibleInRoam() {
    String key = (String) send("user1", "user2", 1, "before").get("MsgKey");
    h.ok(MODIFY, "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgKey\":\"" + key + "\",\"MsgBody\":"
        + Harness.text("after") + "}");
    Map<String, Object> message = Harness.list(roam("user2", "user1", 10, null).get("MsgList")).get(0);
    assertEquals("after", textOf(message));
    assertEquals(key, message.get("MsgKey"));
  }

  @Test
  void modifyingOnlyCloudCustomDataKeepsTheC2cBody() {
    String key = (String) send("user1", "user2", 1, "body").get("MsgKey");
    h.ok(MODIFY, "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgKey\":\"" + key + "\",\"CloudCustomData\":\"ccd\"}");
    Map<String, Object> message = Harness.list(roam("user1", "user2", 10, null).get("MsgList")).get(0);
    assertEquals("body", textOf(message));
    assertEquals("ccd", message.get("CloudCustomData"));
  }

  @Test
  void modifyWithTheDirectionReversedIs20001() {
    String key = (String) send("user1", "user2", 1, "body").get("MsgKey");
    assertEquals(20001, h.code(MODIFY, "{\"From_Account\":\"user2\",\"To_Account\":\"user1\",\"MsgKey\":\"" + key
        + "\",\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void modifyOfAnUnknownMsgKeyIs20001() {
    assertEquals(20001, h.code(MODIFY, "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgKey\":\"1_2_3\","
        + "\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void modifyWithAnUnknownAccountIs20003() {
    assertEquals(20003, h.code(MODIFY, "{\"From_Account\":\"dramon1\",\"To_Account\":\"user2\",\"MsgKey\":\"1_2_3\","
        + "\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void modifyWithoutBodyOrCloudCustomDataIs20001() {
    assertEquals(20001, h.code(MODIFY, "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgKey\":\"1_2_3\"}"));
  }

  @Test
  void modifyWithoutToAccountIs90003() {
    assertEquals(90003, h.code(MODIFY, "{\"From_Account\":\"user1\",\"MsgKey\":\"1_2_3\",\"CloudCustomData\":\"x\"}"));
  }

  @Test
  void modifyWithAMsgBodyThatIsNotAnArrayIs90007() {
    assertEquals(90007, h.code(MODIFY, "{\"From_Account\":\"user1\",\"To_Account\":\"user2\",\"MsgKey\":\"1_2_3\","
        + "\"MsgBody\":{}}"));
  }

  @Test
  void requestBodyOverOneMebibyteIs93000() {
    assertEquals(93000, h.code(SEND, "{\"To_Account\":\"user2\",\"MsgRandom\":1,\"Pad\":\""
        + "p".repeat(1 << 20) + "\",\"MsgBody\":" + Harness.text("x") + "}"));
  }
}
