package io.timrest;

import static io.timrest.ClientTestSupport.bodyOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.fail;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.C2cMsg;
import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paging rules of {@code groupMessages} and {@code conversationMessages} against answers the
 * emulator never gives: placeholders, {@code IsFinished} 2, and answers that would page forever.
 * (The walks over real histories are in timrest-emulator's {@code io.timrest.it.HistoryPagingTest}.)
 */
class HistoryPagingTest {
  private MockWebServer server;
  private TimRestClient client;

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer();
    client = clientFor(server).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static String groupMsg(long seq, int isPlaceMsg) {
    return "{\"From_Account\":\"a\",\"IsPlaceMsg\":" + isPlaceMsg + ",\"MsgSeq\":" + seq + ",\"MsgTimeStamp\":" + (1620000000 + seq)
        + (isPlaceMsg == 1 ? "" : ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"m" + seq + "\"}}]") + "}";
  }

  /** A group_msg_get_simple answer with the messages {@code from} down to {@code to}; placeholders at {@code placeholders}. */
  private static String groupPage(int isFinished, long from, long to, long... placeholders) {
    StringBuilder list = new StringBuilder();
    for (long seq = from; seq >= to; seq--) {
      boolean placeholder = false;
      for (long p : placeholders) {
        placeholder |= p == seq;
      }
      list.append(list.length() == 0 ? "" : ",").append(groupMsg(seq, placeholder ? 1 : 0));
    }
    return "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"GroupId\":\"g\",\"IsFinished\":" + isFinished
        + ",\"RspMsgList\":[" + list + "]}";
  }

  private static List<Long> seqs(Stream<GroupMsg> messages) {
    return messages.map(GroupMsg::msgSeq).collect(Collectors.toList());
  }

  @Test
  void deletedAndExpiredMessagesArePlaceholdersThatDoNotEndTheWalk() {
    // A page of only placeholders (deleted messages keep their MsgSeq) is not the end.
    server.enqueue(json(groupPage(0, 6, 4, 6, 5, 4)));
    server.enqueue(json(groupPage(1, 3, 1, 2)));

    List<GroupMsg> history = client.groupMessages("g").collect(Collectors.toList());

    assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), history.stream().map(GroupMsg::msgSeq).collect(Collectors.toList()));
    assertEquals(List.of(1, 1, 1, 0, 1, 0), history.stream().map(m -> m.isPlaceMsg().orElse(0)).collect(Collectors.toList()));
    assertFalse(bodyOf(take(server)).contains("ReqMsgSeq"), "the first page starts at the newest message");
    assertTrue(bodyOf(take(server)).contains("\"ReqMsgSeq\":3"));
  }

  @Test
  void isFinishedTwoEndsTheWalkAlthoughOlderMessagesExist() {
    server.enqueue(json(groupPage(2, 50, 41)));

    assertEquals(10, seqs(client.groupMessages("g")).size());
    assertEquals(1, server.getRequestCount(), "the older messages have expired: asking for them is pointless");
  }

  @Test
  void anEmptyPageEndsTheWalkEvenWhenNotFinished() {
    server.enqueue(json(groupPage(0, 30, 11)));
    server.enqueue(json(groupPage(0, 0, 1)));

    assertEquals(20, seqs(client.groupMessages("g")).size());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aPageAboveTheAskedMsgSeqIsATransportFailureNotAnEndlessWalk() {
    server.enqueue(json(groupPage(0, 30, 11)));
    server.enqueue(json(groupPage(0, 30, 11)));   // ReqMsgSeq 10 was asked for

    Stream<GroupMsg> history = client.groupMessages("g");
    TimTransportException e = assertThrows(TimTransportException.class, history::count);

    assertEquals("v4/group_open_http_svc/group_msg_get_simple", e.operation());
    assertTrue(e.getMessage().contains("MsgSeq 11, outside 1..10"), e.getMessage());
    assertEquals(10L, e.request(GroupMsgGetSimpleRequest.class).orElseThrow().reqMsgSeq().orElseThrow());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anApiErrorOfALaterPageIsThrownAsItIsAfterTheEarlierMessages() {
    server.enqueue(json(groupPage(0, 40, 21)));
    server.enqueue(fail(10002, "internal error"));

    List<Long> seen = new ArrayList<>();
    TimApiException e = assertThrows(TimApiException.class, () -> client.groupMessages("g").forEach(m -> seen.add(m.msgSeq())));

    assertEquals(10002, e.errorCode());
    assertSame(TimApiException.class, e.getClass());
    assertEquals(20, seen.size(), "the first page's messages were delivered before the failure");
  }

  // ------------------------------------------------------------------ admin_getroammsg

  private static String c2cMsg(long time, String key) {
    return "{\"From_Account\":\"a\",\"To_Account\":\"b\",\"MsgTimeStamp\":" + time + ",\"MsgKey\":\"" + key + "\"}";
  }

  /** An answer listing {@code keys} oldest first, all sent at {@code time}, as the page's example lists them. */
  private static String roamPage(int complete, long time, String... keys) {
    String list = Stream.of(keys).map(key -> c2cMsg(time, key)).collect(Collectors.joining(","));
    return "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"Complete\":" + complete + ",\"MsgCnt\":" + keys.length
        + ",\"LastMsgTime\":" + time + ",\"LastMsgKey\":\"" + (keys.length == 0 ? "" : keys[0]) + "\",\"MsgList\":[" + list + "]}";
  }

  @Test
  void aConversationContinuesFromLastMsgKeyAndLastMsgTimeAndIsNewestFirst() {
    server.enqueue(json(roamPage(0, 1620000050, "k3", "k4")));
    server.enqueue(json(roamPage(1, 1620000050, "k1", "k2")));

    List<String> keys = client.conversationMessages("a", "b", 1620000000, 1620000100).map(C2cMsg::msgKey)
        .collect(Collectors.toList());

    assertEquals(List.of("k4", "k3", "k2", "k1"), keys);
    String first = bodyOf(take(server));
    assertTrue(first.contains("\"Operator_Account\":\"a\"") && first.contains("\"Peer_Account\":\"b\""), first);
    assertTrue(first.contains("\"MaxCnt\":100") && first.contains("\"MaxTime\":1620000100"), first);
    assertFalse(first.contains("LastMsgKey"), first);
    String second = bodyOf(take(server));
    assertTrue(second.contains("\"MaxTime\":1620000050") && second.contains("\"LastMsgKey\":\"k3\""), second);
    assertTrue(second.contains("\"MinTime\":1620000000"), second);
  }

  @Test
  void theSameLastMsgKeyTwiceIsATransportFailureNotAnEndlessWalk() {
    server.enqueue(json(roamPage(0, 1620000050, "k3", "k4")));
    server.enqueue(json(roamPage(0, 1620000050, "k3", "k4")));

    TimTransportException e = assertThrows(TimTransportException.class,
        () -> client.conversationMessages("a", "b", 1620000000, 1620000100).count());

    assertEquals("v4/openim/admin_getroammsg", e.operation());
    assertTrue(e.getMessage().contains("LastMsgKey is the one the request continued from"), e.getMessage());
    assertEquals("k3", e.request(AdminGetRoamMsgRequest.class).orElseThrow().lastMsgKey().orElseThrow());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void incompleteWithoutAKeyToContinueFromIsATransportFailure() {
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"Complete\":0,\"MsgCnt\":1,"
        + "\"LastMsgTime\":1620000050,\"LastMsgKey\":\"\",\"MsgList\":[" + c2cMsg(1620000050, "k1") + "]}"));

    TimTransportException e = assertThrows(TimTransportException.class,
        () -> client.conversationMessages("a", "b", 1620000000, 1620000100).count());
    assertTrue(e.getMessage().contains("without a LastMsgKey"), e.getMessage());
  }

  @Test
  void aLastMsgTimeOutsideTheRangeIsATransportFailure() {
    server.enqueue(json(roamPage(0, 1620000200, "k1")));

    TimTransportException e = assertThrows(TimTransportException.class,
        () -> client.conversationMessages("a", "b", 1620000000, 1620000100).count());
    assertTrue(e.getMessage().contains("LastMsgTime 1620000200 is outside MinTime..MaxTime"), e.getMessage());
  }

  @Test
  void anInvalidFirstPageIsRefusedBeforeAnyCall() {
    TimValidationException e = assertThrows(TimValidationException.class, () -> client.conversationMessages(
        AdminGetRoamMsgRequest.builder().operatorAccount("a").maxCnt(10).minTime(5L).maxTime(6L).build()));
    assertEquals("Peer_Account", e.field());
    assertThrows(NullPointerException.class, () -> client.groupMessages((String) null));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void theRequestOfTheNextPageRepeatsTheFirstOneWithOnlyTheCursorMoved() {
    server.enqueue(json(groupPage(0, 30, 24)));
    server.enqueue(json(groupPage(1, 23, 20)));

    client.groupMessages(GroupMsgGetSimpleRequest.builder()
        .groupId("g").reqMsgNumber(7).withRecalledMsg(1).reqMsgSeq(30L).build()).count();

    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertEquals(bodyOf(first).replace("\"ReqMsgSeq\":30", "\"ReqMsgSeq\":23"), bodyOf(second));
  }
}
