package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** group_open_http_svc/import_group_msg under the rules of docs/server-rules.md §4 and the spec. */
class ImportGroupMsgTest {
  private static final String IMPORT = "group_open_http_svc/import_group_msg";

  private final Harness h = new Harness();
  private String group;
  private long created;

  @BeforeEach
  void createGroupAnHourAgo() {
    created = h.nowSeconds();
    group = h.createGroup("Public");
    h.clock.advance(Duration.ofHours(1));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static String message(long sendTime, Long random, String text) {
    return "{\"From_Account\":\"leckie\",\"SendTime\":" + sendTime
        + (random == null ? "" : ",\"Random\":" + random)
        + ",\"MsgBody\":" + Harness.text(text) + "}";
  }

  private Map<String, Object> importInto(String groupId, String... messages) {
    return h.call(IMPORT, "{\"GroupId\":\"" + groupId + "\",\"MsgList\":[" + String.join(",", messages) + "]}");
  }

  private static List<Long> field(Map<String, Object> answer, String name) {
    List<Long> values = new ArrayList<>();
    for (Map<String, Object> result : Harness.list(answer.get("ImportMsgResult"))) {
      values.add(Harness.num(result.get(name)));
    }
    return values;
  }

  @Test
  void importsMessagesInOrderWithSeqsAndTheirSendTimes() {
    Map<String, Object> answer = importInto(group, message(created + 10, 1L, "a"), message(created + 20, null, "b"));
    assertEquals(0L, Harness.num(answer.get("ErrorCode")));
    assertEquals(List.of(0L, 0L), field(answer, "Result"));
    assertEquals(List.of(1L, 2L), field(answer, "MsgSeq"));
    assertEquals(List.of(created + 10, created + 20), field(answer, "MsgTime"));
  }

  @Test
  void importedMessagesAreReadableWithGetSimple() {
    importInto(group, message(created + 10, 5L, "a"), message(created + 20, null, "b"));
    List<Map<String, Object>> history = h.history(group, 20);
    assertEquals(2, history.size());
    assertEquals("leckie", history.get(0).get("From_Account"));
    assertEquals(created + 20, Harness.num(history.get(0).get("MsgTimeStamp")));
    assertEquals(0L, Harness.num(history.get(0).get("MsgRandom")));
    assertEquals(5L, Harness.num(history.get(1).get("MsgRandom")));
  }

  @Test
  void seedPageExampleWithControlCharactersRoundTrips() throws IOException {
    String faceBody = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"red packet\"}},"
        + "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":6,\"Data\":\"abc\\u0000\\u0001\"}}]";
    Map<String, Object> answer = importInto(group,
        "{\"From_Account\":\"leckie\",\"SendTime\":" + (created + 1) + ",\"Random\":8912345,\"MsgBody\":" + faceBody + "}",
        "{\"From_Account\":\"peter\",\"SendTime\":" + (created + 2) + ",\"MsgBody\":" + Harness.text("red packet") + "}");
    assertEquals(List.of(0L, 0L), field(answer, "Result"));
    try (Response response = h.post(h.url("group_open_http_svc/group_msg_get_simple"),
        "{\"GroupId\":\"" + group + "\",\"ReqMsgNumber\":1,\"ReqMsgSeq\":1}")) {
      String body = response.body().string();
      assertTrue(body.contains("\"MsgBody\":" + faceBody), body);
    }
    Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) ((List<?>) h.history(group, 2).get(1).get("MsgBody")).get(1)).get("MsgContent");
    assertEquals("abc\u0000\u0001", content.get("Data"));
  }

  @Test
  void importRejectsEightMessages() {
    String[] messages = new String[8];
    for (int i = 0; i < 8; i++) {
      messages[i] = message(created + 1 + i, null, "m");
    }
    assertEquals(10004L, Harness.num(importInto(group, messages).get("ErrorCode")));
    assertTrue(h.history(group, 20).isEmpty());
  }

  @Test
  void importAcceptsSevenMessages() {
    String[] messages = new String[7];
    for (int i = 0; i < 7; i++) {
      messages[i] = message(created + 1 + i, null, "m");
    }
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), field(importInto(group, messages), "MsgSeq"));
  }

  @Test
  void importRejectsAnEmptyMsgList() {
    assertEquals(10004L, Harness.num(importInto(group).get("ErrorCode")));
  }

  @Test
  void importWithoutMsgListIs10004() {
    assertEquals(10004, h.code(IMPORT, "{\"GroupId\":\"" + group + "\"}"));
  }

  @Test
  void importIntoAvChatRoomIs10007() {
    String live = h.createGroup("AVChatRoom");
    h.clock.advance(Duration.ofMinutes(1));
    assertEquals(10007L, Harness.num(importInto(live, message(h.nowSeconds() - 1, null, "m")).get("ErrorCode")));
  }

  @Test
  void importIntoAMissingGroupIs10010() {
    assertEquals(10010L, Harness.num(importInto("no-such-group", message(created + 1, null, "m")).get("ErrorCode")));
  }

  @Test
  void importWithAMalformedGroupIdIs10015() {
    assertEquals(10015L, Harness.num(importInto("g".repeat(49), message(created + 1, null, "m")).get("ErrorCode")));
  }

  @Test
  void messageNotAscendingWithinTheRequestGets10004() {
    // The same second twice is ascending (non-decreasing, docs/server-rules.md §4); going back is not.
    Map<String, Object> answer = importInto(group,
        message(created + 20, null, "a"), message(created + 20, null, "b"), message(created + 10, null, "c"),
        message(created + 30, null, "d"));
    assertEquals(0L, Harness.num(answer.get("ErrorCode")));
    assertEquals(List.of(0L, 0L, 10004L, 0L), field(answer, "Result"));
    assertEquals(List.of(1L, 2L, 0L, 3L), field(answer, "MsgSeq"));
    assertEquals(List.of(created + 20, created + 20, created + 10, created + 30), field(answer, "MsgTime"));
  }

  @Test
  void messageNotEarlierThanNowGets10004() {
    long now = h.nowSeconds();
    Map<String, Object> answer = importInto(group, message(now - 1, null, "ok"), message(now, null, "now"));
    assertEquals(List.of(0L, 10004L), field(answer, "Result"));
  }

  @Test
  void messageNotLaterThanGroupCreationGets10004() {
    Map<String, Object> answer = importInto(group, message(created, null, "at creation"));
    assertEquals(List.of(10004L), field(answer, "Result"));
    assertEquals(List.of(0L), field(answer, "MsgSeq"));
  }

  @Test
  void messageEarlierThanTheNewestInTheGroupGets10004() {
    importInto(group, message(created + 100, null, "first import"));
    Map<String, Object> answer = importInto(group, message(created + 99, null, "a second before"),
        message(created + 100, null, "same second"), message(created + 101, null, "later"));
    assertEquals(List.of(10004L, 0L, 0L), field(answer, "Result"));
  }

  @Test
  void messageEarlierThanASentMessageGets10004() {
    h.sendGroupText(group, 99, "live");
    long sentAt = h.nowSeconds();
    h.clock.advance(Duration.ofSeconds(10));
    Map<String, Object> answer = importInto(group, message(sentAt - 1, null, "a"), message(sentAt + 1, null, "b"));
    assertEquals(List.of(10004L, 0L), field(answer, "Result"));
    assertEquals(List.of(0L, 2L), field(answer, "MsgSeq"));
  }

  @Test
  void messageLongerThan12000BytesGets80002() {
    Map<String, Object> answer = importInto(group,
        message(created + 1, null, "x".repeat(12_000)), message(created + 2, null, "fine"));
    assertEquals(List.of(80002L, 0L), field(answer, "Result"));
    assertEquals(List.of(0L, 1L), field(answer, "MsgSeq"));
  }

  @Test
  void wholeRequestLongerThanTheLimitIs10020() {
    String[] messages = new String[7];
    for (int i = 0; i < 7; i++) {
      messages[i] = message(created + 1 + i, null, "x".repeat(15_000));
    }
    assertEquals(10020L, Harness.num(importInto(group, messages).get("ErrorCode")));
  }

  @Test
  void duplicateRandomIsAnsweredWithTheOriginalSeqAndTime() {
    Map<String, Object> first = importInto(group, message(created + 10, 42L, "a"));
    h.clock.advance(Duration.ofMinutes(4));
    Map<String, Object> again = importInto(group, message(created + 10, 42L, "a"), message(created + 11, 43L, "b"));
    assertEquals(List.of(0L, 0L), field(again, "Result"));
    assertEquals(List.of(1L, 2L), field(again, "MsgSeq"));
    assertEquals(field(first, "MsgTime").get(0), field(again, "MsgTime").get(0));
    assertEquals(2, h.history(group, 20).size());
  }

  @Test
  void retryingAWholeImportIsIdempotent() {
    String[] messages = {message(created + 10, 1L, "a"), message(created + 20, 2L, "b"), message(created + 30, 3L, "c")};
    Map<String, Object> first = importInto(group, messages);
    Map<String, Object> retry = importInto(group, messages);
    assertEquals(field(first, "MsgSeq"), field(retry, "MsgSeq"));
    assertEquals(List.of(0L, 0L, 0L), field(retry, "Result"));
    assertEquals(3, h.history(group, 20).size());
  }

  @Test
  void duplicateRandomAfterFiveMinutesIsJudgedAfresh() {
    // The reason a resumed migration asks the server what it holds instead of re-sending blindly.
    importInto(group, message(created + 10, 42L, "a"));
    h.clock.advance(Duration.ofMinutes(5));
    Map<String, Object> answer = importInto(group, message(created + 10, 42L, "a"));
    assertEquals(List.of(0L), field(answer, "Result"));
    assertEquals(List.of(2L), field(answer, "MsgSeq"));
    assertEquals(2, h.history(group, 20).size());
  }

  @Test
  void importAndSendShareTheDeduplicationWindow() {
    importInto(group, message(created + 10, 42L, "imported"));
    assertEquals(1L, Harness.num(h.sendGroupText(group, 42, "sent").get("MsgSeq")));
  }

  @Test
  void importWithoutFromAccountIs10004() {
    assertEquals(10004L, Harness.num(importInto(group,
        "{\"SendTime\":" + (created + 1) + ",\"MsgBody\":" + Harness.text("x") + "}").get("ErrorCode")));
  }

  @Test
  void importWithAMalformedMsgBodyIs10004() {
    assertEquals(10004L, Harness.num(importInto(group,
        "{\"From_Account\":\"a\",\"SendTime\":" + (created + 1) + ",\"MsgBody\":\"text\"}").get("ErrorCode")));
  }

  @Test
  void recentContactFlagOnCommunityIs10004() {
    String community = h.createGroup("Community");
    h.clock.advance(Duration.ofMinutes(1));
    assertEquals(10004, h.code(IMPORT, "{\"GroupId\":\"" + community + "\",\"RecentContactFlag\":1,\"MsgList\":["
        + message(h.nowSeconds() - 1, null, "m") + "]}"));
  }

  @Test
  void recentContactFlagOnPublicGroupIsAccepted() {
    assertEquals(0, h.code(IMPORT, "{\"GroupId\":\"" + group + "\",\"RecentContactFlag\":1,\"MsgList\":["
        + message(created + 1, null, "m") + "]}"));
  }

  @Test
  void sendTimesBeyond32BitsAreKeptExactly() {
    h.clock.set(java.time.Instant.ofEpochSecond(5_000_000_000L));
    Map<String, Object> answer = importInto(group, message(4_999_999_999L, null, "far future"));
    assertEquals(List.of(4_999_999_999L), field(answer, "MsgTime"));
  }
  private static String errorInfo(Map<String, Object> answer) {
    return (String) answer.get("ErrorInfo");
  }

  @Test
  void aFullyImportedRequestHasAnEmptyErrorInfo() {
    assertEquals("", errorInfo(importInto(group, message(created + 1, null, "a"))));
  }

  @Test
  void errorInfoSaysAMessageIsNotAscendingWithinTheRequest() {
    Map<String, Object> answer = importInto(group, message(created + 20, null, "a"), message(created + 10, null, "b"));
    assertEquals(List.of(0L, 10004L), field(answer, "Result"));
    String info = errorInfo(answer);
    assertTrue(info.startsWith("MsgList[1]: 10004 "), info);
    assertTrue(info.contains("ascend within the request"), info);
    assertTrue(!info.contains("MsgList[0]"), info);
  }

  @Test
  void errorInfoSaysAMessageIsInTheFuture() {
    long now = h.nowSeconds();
    String info = errorInfo(importInto(group, message(now + 60, null, "later")));
    assertTrue(info.contains("MsgList[0]: 10004 SendTime " + (now + 60) + " is not earlier than now (" + now + ")"), info);
    assertTrue(info.contains("in the future"), info);
  }

  @Test
  void errorInfoSaysAMessageIsBeforeTheGroupsCreation() {
    String info = errorInfo(importInto(group, message(created - 5, null, "before")));
    assertTrue(info.contains("MsgList[0]: 10004 SendTime " + (created - 5)
        + " is not later than the group's creation time (" + created + ")"), info);
  }

  @Test
  void errorInfoSaysAMessageIsEarlierThanTheNewestMessage() {
    importInto(group, message(created + 100, null, "first import"));
    String info = errorInfo(importInto(group, message(created + 50, null, "older")));
    assertTrue(info.contains("MsgList[0]: 10004 SendTime " + (created + 50)
        + " is earlier than the newest message in the group (" + (created + 100) + ")"), info);
  }

  @Test
  void messagesOfTheSameSecondAreImportedWithinARequestAndAcrossRequests() {
    Map<String, Object> first = importInto(group, message(created + 100, null, "a"), message(created + 100, null, "b"));
    Map<String, Object> second = importInto(group, message(created + 100, null, "c"));

    assertEquals(List.of(0L, 0L), field(first, "Result"));
    assertEquals(List.of(0L), field(second, "Result"));
    assertEquals(List.of(3L), field(second, "MsgSeq"));
  }

  @Test
  void errorInfoNamesEachFailedMessageWithItsOwnRule() {
    long now = h.nowSeconds();
    Map<String, Object> answer = importInto(group,
        message(created, null, "at creation"),
        message(created + 10, null, "fine"),
        message(created + 5, null, "descending"),
        message(created + 20, null, "x".repeat(12_000)),
        message(now, null, "now"));
    assertEquals(List.of(10004L, 0L, 10004L, 80002L, 10004L), field(answer, "Result"));
    assertEquals(0L, Harness.num(answer.get("ErrorCode")));
    String[] parts = errorInfo(answer).split("; ");
    assertEquals(4, parts.length, errorInfo(answer));
    assertTrue(parts[0].startsWith("MsgList[0]: 10004") && parts[0].contains("creation time"), parts[0]);
    assertTrue(parts[1].startsWith("MsgList[2]: 10004") && parts[1].contains("ascend"), parts[1]);
    assertTrue(parts[2].startsWith("MsgList[3]: 80002") && parts[2].contains("12000 bytes"), parts[2]);
    assertTrue(parts[3].startsWith("MsgList[4]: 10004") && parts[3].contains("in the future"), parts[3]);
  }
}
