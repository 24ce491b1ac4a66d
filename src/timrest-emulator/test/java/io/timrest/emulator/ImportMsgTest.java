package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** openim/importmsg (docs/server-rules.md §9; https://cloud.tencent.com/document/product/269/2568). */
class ImportMsgTest {
  private static final String IMPORT = "openim/importmsg";
  private static final long SEQ = 827092;
  private static final long RANDOM = 1287657;
  private static final long TIME = 1556178721;

  private final Harness h = new Harness();

  @BeforeEach
  void importUsers() {
    h.importAccount("lumotuwe1");
    h.importAccount("lumotuwe2");
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static String message(int sync, String from, String to, Long seq, long random, long time, String text) {
    return "{\"SyncFromOldSystem\":" + sync + ",\"From_Account\":\"" + from + "\",\"To_Account\":\"" + to + "\""
        + (seq == null ? "" : ",\"MsgSeq\":" + seq)
        + ",\"MsgRandom\":" + random + ",\"MsgTimeStamp\":" + time + ",\"MsgBody\":" + Harness.text(text) + "}";
  }

  private static String history(String text) {
    return message(2, "lumotuwe1", "lumotuwe2", SEQ, RANDOM, TIME, text);
  }

  private List<Map<String, Object>> roam() {
    return roam("lumotuwe2");
  }

  private List<Map<String, Object>> roam(String peer) {
    return Harness.list(h.ok("openim/admin_getroammsg", "{\"Operator_Account\":\"lumotuwe1\",\"Peer_Account\":\"" + peer
        + "\",\"MaxCnt\":100,\"MinTime\":0,\"MaxTime\":" + h.nowSeconds() + "}").get("MsgList"));
  }

  private static String textOf(Map<String, Object> message) {
    Map<?, ?> element = (Map<?, ?>) ((List<?>) message.get("MsgBody")).get(0);
    return (String) ((Map<?, ?>) element.get("MsgContent")).get("Text");
  }

  @Test
  void anImportedHistoryMessageIsReadableThroughAdminGetRoamMsg() {
    h.ok(IMPORT, "{\"SyncFromOldSystem\":2,\"From_Account\":\"lumotuwe1\",\"To_Account\":\"lumotuwe2\",\"MsgSeq\":" + SEQ
        + ",\"MsgRandom\":" + RANDOM + ",\"MsgTimeStamp\":" + TIME + ",\"MsgBody\":" + Harness.text("hi, beauty")
        + ",\"CloudCustomData\":\"your cloud custom data\"}");
    List<Map<String, Object>> messages = roam();
    assertEquals(1, messages.size());
    Map<String, Object> message = messages.get(0);
    assertEquals("lumotuwe1", message.get("From_Account"));
    assertEquals("lumotuwe2", message.get("To_Account"));
    assertEquals(SEQ, Harness.num(message.get("MsgSeq")));
    assertEquals(RANDOM, Harness.num(message.get("MsgRandom")));
    assertEquals(TIME, Harness.num(message.get("MsgTimeStamp")));
    assertEquals(SEQ + "_" + RANDOM + "_" + TIME, message.get("MsgKey"));
    assertEquals("hi, beauty", textOf(message));
    assertEquals("your cloud custom data", message.get("CloudCustomData"));
  }

  @Test
  void realTimeImportAndTheOlderValue1AreAccepted() {
    h.ok(IMPORT, message(5, "lumotuwe1", "lumotuwe2", 1L, 1, TIME, "real time"));
    h.ok(IMPORT, message(1, "lumotuwe1", "lumotuwe2", 2L, 2, TIME + 1, "older real time"));
    assertEquals(List.of("real time", "older real time"), roam().stream().map(ImportMsgTest::textOf).toList());
  }

  @Test
  void anyOtherSyncFromOldSystemIs90030() {
    for (int sync : new int[] {0, 3, 4, 6}) {
      assertEquals(90030, h.code(IMPORT, message(sync, "lumotuwe1", "lumotuwe2", SEQ, RANDOM, TIME, "x")), "sync " + sync);
    }
    assertEquals(90030, h.code(IMPORT, history("x").replace("\"SyncFromOldSystem\":2", "\"SyncFromOldSystem\":\"2\"")));
    assertEquals(90030, h.code(IMPORT, history("x").replace("\"SyncFromOldSystem\":2,", "")));
    assertTrue(roam().isEmpty());
  }

  @Test
  void aRepeatInTheSameDirectionIsAcceptedAndStoredOnceWithTheFirstContent() {
    h.ok(IMPORT, history("first"));
    h.ok(IMPORT, history("second"));
    List<Map<String, Object>> messages = roam();
    assertEquals(1, messages.size());
    assertEquals("first", textOf(messages.get(0)));
  }

  @Test
  void aRepeatInTheOppositeDirectionIsTheSameMessage() {
    h.ok(IMPORT, history("first"));
    h.ok(IMPORT, message(2, "lumotuwe2", "lumotuwe1", SEQ, RANDOM, TIME, "reversed"));
    List<Map<String, Object>> messages = roam();
    assertEquals(1, messages.size());
    assertEquals("lumotuwe1", messages.get(0).get("From_Account"));
    assertEquals("first", textOf(messages.get(0)));
  }

  @Test
  void deduplicationIsPermanentNotATimeWindow() {
    h.ok(IMPORT, history("first"));
    h.clock.advance(Duration.ofDays(30));
    h.ok(IMPORT, history("a month later"));
    h.clock.advance(Duration.ofDays(400));
    h.ok(IMPORT, message(5, "lumotuwe2", "lumotuwe1", SEQ, RANDOM, TIME, "over a year later, reversed"));
    List<Map<String, Object>> messages = roam();
    assertEquals(1, messages.size());
    assertEquals("first", textOf(messages.get(0)));
  }

  @Test
  void aDifferentSeqRandomOrTimestampIsADifferentMessage() {
    h.ok(IMPORT, history("original"));
    h.ok(IMPORT, message(2, "lumotuwe1", "lumotuwe2", SEQ + 1, RANDOM, TIME, "other seq"));
    h.ok(IMPORT, message(2, "lumotuwe1", "lumotuwe2", SEQ, RANDOM + 1, TIME, "other random"));
    h.ok(IMPORT, message(2, "lumotuwe1", "lumotuwe2", SEQ, RANDOM, TIME + 1, "other time"));
    assertEquals(4, roam().size());
  }

  @Test
  void theSameKeyInAnotherConversationIsAnotherMessage() {
    h.importAccount("third");
    h.ok(IMPORT, history("to lumotuwe2"));
    h.ok(IMPORT, message(2, "lumotuwe1", "third", SEQ, RANDOM, TIME, "to third"));
    assertEquals(List.of("to lumotuwe2"), roam().stream().map(ImportMsgTest::textOf).toList());
    assertEquals(List.of("to third"), roam("third").stream().map(ImportMsgTest::textOf).toList());
  }

  @Test
  void aMessageSentWithTheSameKeyMakesTheImportADuplicate() {
    h.ok("openim/sendmsg", "{\"From_Account\":\"lumotuwe1\",\"To_Account\":\"lumotuwe2\",\"MsgSeq\":" + SEQ
        + ",\"MsgRandom\":" + RANDOM + ",\"MsgTimeStamp\":" + TIME + ",\"MsgBody\":" + Harness.text("sent") + "}");
    h.ok(IMPORT, history("imported"));
    List<Map<String, Object>> messages = roam();
    assertEquals(1, messages.size());
    assertEquals("sent", textOf(messages.get(0)));
  }

  @Test
  void theMsgKeyOfAnImportedMessageModifiesIt() {
    h.ok(IMPORT, history("before"));
    String key = (String) roam().get(0).get("MsgKey");
    assertEquals("827092_1287657_1556178721", key);
    h.ok("openim/modify_c2c_msg", "{\"From_Account\":\"lumotuwe1\",\"To_Account\":\"lumotuwe2\",\"MsgKey\":\"" + key
        + "\",\"MsgBody\":" + Harness.text("after") + ",\"CloudCustomData\":\"edited\"}");
    Map<String, Object> message = roam().get(0);
    assertEquals("after", textOf(message));
    assertEquals("edited", message.get("CloudCustomData"));
    // The modified message is still the one its key names: a repeated import changes nothing.
    h.ok(IMPORT, history("again"));
    assertEquals(List.of("after"), roam().stream().map(ImportMsgTest::textOf).toList());
  }

  @Test
  void withoutMsgSeqTheServerPicksOneAndTheKeyUsesIt() {
    h.ok(IMPORT, message(2, "lumotuwe1", "lumotuwe2", null, RANDOM, TIME, "a"));
    h.ok(IMPORT, message(2, "lumotuwe1", "lumotuwe2", null, RANDOM, TIME, "b"));
    List<Map<String, Object>> messages = roam();
    assertEquals(2, messages.size());
    for (Map<String, Object> message : messages) {
      assertEquals(Harness.num(message.get("MsgSeq")) + "_" + RANDOM + "_" + TIME, message.get("MsgKey"));
    }
    assertNotEquals(messages.get(0).get("MsgSeq"), messages.get(1).get("MsgSeq"));
  }

  @Test
  void msgSeqThatIsNotAUint32Is20001() {
    assertEquals(20001, h.code(IMPORT, message(2, "lumotuwe1", "lumotuwe2", 4_294_967_296L, RANDOM, TIME, "x")));
    assertEquals(0, h.code(IMPORT, message(2, "lumotuwe1", "lumotuwe2", 4_294_967_295L, RANDOM, TIME, "x")));
  }

  @Test
  void missingOrInvalidMsgRandomIs90005() {
    assertEquals(90005, h.code(IMPORT, history("x").replace(",\"MsgRandom\":" + RANDOM, "")));
    assertEquals(90005, h.code(IMPORT, message(2, "lumotuwe1", "lumotuwe2", SEQ, 4_294_967_296L, TIME, "x")));
  }

  @Test
  void missingOrInvalidMsgTimeStampIs90006() {
    assertEquals(90006, h.code(IMPORT, history("x").replace(",\"MsgTimeStamp\":" + TIME, "")));
    assertEquals(90006, h.code(IMPORT, history("x").replace("\"MsgTimeStamp\":" + TIME, "\"MsgTimeStamp\":\"soon\"")));
    assertEquals(90006, h.code(IMPORT, message(2, "lumotuwe1", "lumotuwe2", SEQ, RANDOM, -1, "x")));
  }

  @Test
  void msgTimeStampInTheFutureIs90006AndNowIsAccepted() {
    long now = h.nowSeconds();
    assertEquals(90006, h.code(IMPORT, message(2, "lumotuwe1", "lumotuwe2", SEQ, RANDOM, now + 1, "future")));
    assertEquals(0, h.code(IMPORT, message(2, "lumotuwe1", "lumotuwe2", SEQ, RANDOM, now, "now")));
    assertEquals(List.of("now"), roam().stream().map(ImportMsgTest::textOf).toList());
  }

  @Test
  void fromAccountMissingOrNotImportedIs90008() {
    assertEquals(90008, h.code(IMPORT, history("x").replace("\"From_Account\":\"lumotuwe1\",", "")));
    assertEquals(90008, h.code(IMPORT, message(2, "ghost", "lumotuwe2", SEQ, RANDOM, TIME, "x")));
  }

  @Test
  void toAccountMissingIs90003AndNotImportedIs90012() {
    assertEquals(90003, h.code(IMPORT, history("x").replace("\"To_Account\":\"lumotuwe2\",", "")));
    assertEquals(90012, h.code(IMPORT, message(2, "lumotuwe1", "ghost", SEQ, RANDOM, TIME, "x")));
  }

  @Test
  void malformedMsgBodyIs90007Or90002() {
    assertEquals(90007, h.code(IMPORT, history("x").replace(Harness.text("x"), "\"text\"")));
    assertEquals(90002, h.code(IMPORT, history("x").replace(Harness.text("x"), "[{\"MsgType\":\"TIMTextElem\"}]")));
    assertEquals(90002, h.code(IMPORT, history("x").replace(",\"MsgBody\":" + Harness.text("x"), "")));
  }

  @Test
  void msgBodyOver8KibIs93000() {
    int overhead = Harness.text("").length();
    assertEquals(0, h.code(IMPORT, history("x".repeat(8192 - overhead))));
    assertEquals(93000, h.code(IMPORT, message(2, "lumotuwe1", "lumotuwe2", SEQ + 1, RANDOM, TIME,
        "x".repeat(8193 - overhead))));
    assertEquals(1, roam().size());
  }

  @Test
  void unparsableBodyIs90001() {
    assertEquals(90001, h.code(IMPORT, "{not json"));
  }
}
