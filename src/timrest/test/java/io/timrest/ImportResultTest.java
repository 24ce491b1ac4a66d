package io.timrest;

import static io.timrest.ClientTestSupport.FAST_RETRIES;
import static io.timrest.ClientTestSupport.enqueueForEveryAttempt;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.importOf;
import static io.timrest.ClientTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.ImportMsgOutcome.Kind;
import io.timrest.model.ImportGroupMsgRequest;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An import's answer is paired message by message, and partial failures are reported exactly. */
class ImportResultTest {
  /** importOf(n) sends SendTime 1620808101 + i for message i. */
  private static final long FIRST_SEND_TIME = 1620808101L;

  private MockWebServer server;
  private TimRestClient client;

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer();
    client = clientFor(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void resultsArePairedWithTheMessagesInOrder() {
    server.enqueue(answer("{\"MsgSeq\":7,\"MsgTime\":1620808101,\"Result\":0}",
        "{\"Result\":10004}",
        "{\"MsgSeq\":8,\"MsgTime\":1620808103,\"Result\":0}"));

    ImportResult result = client.importGroupMsg(importOf(3));

    List<ImportMsgOutcome> outcomes = result.outcomes();
    assertEquals(3, outcomes.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(i, outcomes.get(i).index());
      assertEquals(FIRST_SEND_TIME + i, outcomes.get(i).message().sendTime());
      assertSame(result.request().msgList().get(i), outcomes.get(i).message());
    }
    assertEquals(7L, outcomes.get(0).result().msgSeq().orElseThrow());
    assertTrue(outcomes.get(1).result().msgSeq().isEmpty());
    assertEquals(8L, outcomes.get(2).result().msgSeq().orElseThrow());
  }

  @Test
  void outcomeKindsFollowTheDocumentedResultCodes() {
    server.enqueue(answer("{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}", "{\"Result\":10004}", "{\"Result\":80001}",
        "{\"Result\":80002}", "{\"Result\":10020}"));

    ImportResult result = client.importGroupMsg(importOf(5));

    assertEquals(List.of(Kind.IMPORTED, Kind.INVALID_SEND_TIME, Kind.SENSITIVE_WORDS, Kind.TOO_LONG, Kind.OTHER),
        result.outcomes().stream().map(ImportMsgOutcome::kind).collect(Collectors.toList()));
    assertEquals(List.of(0, 10004, 80001, 80002, 10020),
        result.outcomes().stream().map(ImportMsgOutcome::resultCode).collect(Collectors.toList()));
    assertTrue(result.outcomes().get(0).isImported());
    assertFalse(result.outcomes().get(4).isImported());
  }

  @Test
  void failedListsExactlyTheMessagesNotImported() {
    server.enqueue(answer("{\"Result\":80001}", "{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}", "{\"Result\":10004}",
        "{\"Result\":0,\"MsgSeq\":2,\"MsgTime\":1620808101}"));

    ImportResult result = client.importGroupMsg(importOf(4));

    assertEquals(List.of(0, 2), indexes(result.failed()));
    assertFalse(result.allImported());
  }

  @Test
  void allImportedHasNoFailures() {
    server.enqueue(answer("{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}", "{\"Result\":0,\"MsgSeq\":2,\"MsgTime\":1620808101}"));

    ImportResult result = client.importGroupMsg(importOf(2));

    assertTrue(result.failed().isEmpty());
    assertTrue(result.allImported());
    assertSame(result, result.requireAllImported());
  }

  @Test
  void requireAllImportedThrowsListingExactlyTheFailedMessages() {
    server.enqueue(answer("{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}", "{\"Result\":10004}", "{\"Result\":0,\"MsgSeq\":2,\"MsgTime\":1620808101}",
        "{\"Result\":80002}"));
    ImportResult result = client.importGroupMsg(importOf(4));

    TimImportException e = assertThrows(TimImportException.class, result::requireAllImported);

    assertEquals(List.of(1, 3), indexes(e.failed(ImportMsgOutcome.class)));
    assertEquals(List.of(FIRST_SEND_TIME + 1, FIRST_SEND_TIME + 3),
        e.failed(ImportMsgOutcome.class).stream().map(o -> o.message().sendTime()).collect(Collectors.toList()));
    String message = e.getMessage();
    assertTrue(message.startsWith("2 message(s) not imported into group @TGS#2C5SZEAEF"), message);
    assertTrue(message.contains("MsgList[1] (SendTime " + (FIRST_SEND_TIME + 1) + ","), message);
    assertTrue(message.contains("MsgList[3] (SendTime " + (FIRST_SEND_TIME + 3) + ","), message);
    assertTrue(message.contains("INVALID_SEND_TIME"), message);
    assertTrue(message.contains("TOO_LONG"), message);
    assertFalse(message.contains("MsgList[0]"), message);
    assertFalse(message.contains("MsgList[2]"), message);
  }

  @Test
  void fewerResultsThanMessagesIsTransportException() {
    enqueueForEveryAttempt(server, answer("{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}"));

    TimTransportException e = assertThrows(TimTransportException.class, () -> client.importGroupMsg(importOf(2)));

    assertTrue(e.getMessage().contains("1 entries for 2 messages"), e.getMessage());
    assertEquals("v4/group_open_http_svc/import_group_msg", e.operation());
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void moreResultsThanMessagesIsTransportException() {
    enqueueForEveryAttempt(server, answer("{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}", "{\"Result\":0,\"MsgSeq\":2,\"MsgTime\":1620808101}", "{\"Result\":0,\"MsgSeq\":3,\"MsgTime\":1620808101}"));

    assertThrows(TimTransportException.class, () -> client.importGroupMsg(importOf(2)));
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void missingImportMsgResultIsTransportException() {
    enqueueForEveryAttempt(server, json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}"));

    assertThrows(TimTransportException.class, () -> client.importGroupMsg(importOf(1)));
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void asyncResultCountMismatchFailsTheFutureWithTransportException() {
    enqueueForEveryAttempt(server, answer("{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}"));

    ErrorHandlingTest.failureOf(client.importGroupMsgAsync(importOf(3)), TimTransportException.class);
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void asyncResultIsPairedLikeSync() throws Exception {
    server.enqueue(answer("{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}", "{\"Result\":80001}"));

    ImportResult result = client.importGroupMsgAsync(importOf(2)).get();

    assertEquals(List.of(1), indexes(result.failed()));
  }

  @Test
  void resultKeepsTheResponseAsReceived() {
    server.enqueue(answer("{\"Result\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}"));
    ImportGroupMsgRequest request = importOf(1);

    ImportResult result = client.importGroupMsg(request);

    assertEquals(1, result.response().importMsgResult().size());
    assertEquals(request.groupId(), result.request().groupId());
    assertTrue(result.toString().contains("IMPORTED as MsgSeq 1"), result.toString());
  }

  private static MockResponse answer(String... results) {
    return json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"ImportMsgResult\":["
        + String.join(",", results) + "]}");
  }

  private static List<Integer> indexes(List<ImportMsgOutcome> outcomes) {
    return outcomes.stream().map(ImportMsgOutcome::index).collect(Collectors.toList());
  }
}
