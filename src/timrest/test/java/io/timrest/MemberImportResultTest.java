package io.timrest;

import static io.timrest.ClientTestSupport.FAST_RETRIES;
import static io.timrest.ClientTestSupport.enqueueForEveryAttempt;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.membersOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.MemberImportOutcome.Kind;
import io.timrest.model.ImportGroupMemberRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An import_group_member answer is paired member by member, by account, and partial failures are reported exactly. */
class MemberImportResultTest {
  private static final String OPERATION = "v4/group_open_http_svc/import_group_member";

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

  // ---------------------------------------------------------------- pairing

  @Test
  void answersArePairedByAccountNotByPosition() {
    server.enqueue(answer(entry("c", 0), entry("a", 1), entry("b", 2)));
    ImportGroupMemberRequest request = membersOf("a", "b", "c");

    MemberImportResult result = client.importGroupMember(request);

    assertEquals(List.of("a", "b", "c"), accounts(result.outcomes()));
    assertEquals(List.of(Kind.IMPORTED, Kind.ALREADY_MEMBER, Kind.FAILED), kinds(result.outcomes()));
    for (int i = 0; i < 3; i++) {
      MemberImportOutcome outcome = result.outcomes().get(i);
      assertEquals(i, outcome.index());
      assertSame(request.memberList().get(i), outcome.member());
      assertEquals(outcome.member().memberAccount(), outcome.result().memberAccount());
    }
  }

  @Test
  void kindsFollowTheDocumentedResultValues() {
    server.enqueue(answer(entry("a", 0), entry("b", 1), entry("c", 2), entry("d", 3), entry("e", -1)));

    MemberImportResult result = client.importGroupMember(membersOf("a", "b", "c", "d", "e"));

    assertEquals(List.of(Kind.FAILED, Kind.IMPORTED, Kind.ALREADY_MEMBER, Kind.OTHER, Kind.OTHER), kinds(result.outcomes()));
    assertEquals(List.of(false, true, true, false, false),
        result.outcomes().stream().map(MemberImportOutcome::isImported).collect(Collectors.toList()));
  }

  @Test
  void alreadyAMemberCountsAsInTheGroup() {
    server.enqueue(answer(entry("a", 2), entry("b", 1)));

    MemberImportResult result = client.importGroupMember(membersOf("a", "b"));

    assertTrue(result.outcomes().get(0).isImported());
    assertTrue(result.failed().isEmpty());
    assertTrue(result.allImported());
    assertSame(result, result.requireAllImported());
  }

  @Test
  void failedListsExactlyTheMembersNotInTheGroup() {
    server.enqueue(answer(entry("a", 1), entry("b", 0), entry("c", 2), entry("d", 7)));

    MemberImportResult result = client.importGroupMember(membersOf("a", "b", "c", "d"));

    assertEquals(List.of("b", "d"), accounts(result.failed()));
    assertEquals(List.of(1, 3), result.failed().stream().map(MemberImportOutcome::index).collect(Collectors.toList()));
    assertFalse(result.allImported());
  }

  @Test
  void requireAllImportedThrowsListingExactlyTheFailedMembers() {
    server.enqueue(answer(entry("a", 1), entry("b", 0), entry("c", 2), entry("d", 7)));
    MemberImportResult result = client.importGroupMember(membersOf("a", "b", "c", "d"));

    TimImportException e = assertThrows(TimImportException.class, result::requireAllImported);

    assertEquals(List.of("b", "d"), accounts(e.failed(MemberImportOutcome.class)));
    assertEquals(2, e.failed().size());
    assertEquals(List.of(), e.failed(ImportMsgOutcome.class));
    String message = e.getMessage();
    assertTrue(message.startsWith("2 member(s) not imported into group @TGS#2J4SZEAEL: "), message);
    assertTrue(message.contains("MemberList[1] (b): FAILED"), message);
    assertTrue(message.contains("MemberList[3] (d): OTHER (Result 7)"), message);
    assertFalse(message.contains("MemberList[0]"), message);
    assertFalse(message.contains("MemberList[2]"), message);
  }

  @Test
  void resultKeepsTheRequestAndTheResponseAsReceived() {
    server.enqueue(answer(entry("a", 1)));
    ImportGroupMemberRequest request = membersOf("a");

    MemberImportResult result = client.importGroupMember(request);

    assertSame(request, result.request());
    assertEquals(1, result.response().memberList().size());
    assertTrue(result.toString().contains("MemberList[0] (a): IMPORTED"), result.toString());
  }

  // ---------------------------------------------------------------- answers that cannot be paired

  @Test
  void answerThatOmitsAMemberIsTransportException() {
    enqueueForEveryAttempt(server, answer(entry("a", 1), entry("c", 1)));

    TimTransportException e =
        assertThrows(TimTransportException.class, () -> client.importGroupMember(membersOf("a", "b", "c")));

    assertEquals(OPERATION, e.operation());
    assertTrue(e.getMessage().contains("no entry for member b (MemberList[1])"), e.getMessage());
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void answerThatNamesAMemberTwiceIsTransportException() {
    enqueueForEveryAttempt(server, answer(entry("a", 1), entry("b", 1), entry("a", 0)));

    TimTransportException e =
        assertThrows(TimTransportException.class, () -> client.importGroupMember(membersOf("a", "b")));

    assertEquals(OPERATION, e.operation());
    assertTrue(e.getMessage().contains("answers member a twice"), e.getMessage());
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void answerThatNamesAMemberNotSentIsTransportException() {
    enqueueForEveryAttempt(server, answer(entry("a", 1), entry("b", 1), entry("z", 1)));

    TimTransportException e =
        assertThrows(TimTransportException.class, () -> client.importGroupMember(membersOf("a", "b")));

    assertEquals(OPERATION, e.operation());
    assertTrue(e.getMessage().contains("1 member(s) that were not sent"), e.getMessage());
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void answerThatNamesAnotherMemberInsteadOfOneSentIsTransportException() {
    enqueueForEveryAttempt(server, answer(entry("a", 1), entry("z", 1)));

    assertThrows(TimTransportException.class, () -> client.importGroupMember(membersOf("a", "b")));
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void answerWithoutMemberListIsTransportException() {
    // MemberList is always sent on success: an OK answer without it is not the API's (and is retried).
    enqueueForEveryAttempt(server, json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}"));

    TimTransportException e = assertThrows(TimTransportException.class, () -> client.importGroupMember(membersOf("a")));

    assertTrue(e.getMessage().contains("malformed response"), e.getMessage());
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  // ---------------------------------------------------------------- async

  @Test
  void asyncResultIsPairedLikeSync() throws Exception {
    server.enqueue(answer(entry("b", 0), entry("a", 2)));

    MemberImportResult result = client.importGroupMemberAsync(membersOf("a", "b")).get(10, TimeUnit.SECONDS);

    assertEquals(List.of(Kind.ALREADY_MEMBER, Kind.FAILED), kinds(result.outcomes()));
    assertEquals(List.of("b"), accounts(result.failed()));
  }

  @Test
  void asyncAnswerThatCannotBePairedFailsTheFutureWithTransportException() {
    enqueueForEveryAttempt(server, answer(entry("a", 1)));

    TimTransportException e = ErrorHandlingTest.failureOf(
        client.importGroupMemberAsync(membersOf("a", "b")), TimTransportException.class);

    assertEquals(OPERATION, e.operation());
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  // ---------------------------------------------------------------- helpers

  private static String entry(String account, int result) {
    return "{\"Member_Account\":\"" + account + "\",\"Result\":" + result + "}";
  }

  private static MockResponse answer(String... entries) {
    return json("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,\"MemberList\":["
        + String.join(",", entries) + "]}");
  }

  private static List<String> accounts(List<MemberImportOutcome> outcomes) {
    return outcomes.stream().map(o -> o.member().memberAccount()).collect(Collectors.toList());
  }

  private static List<Kind> kinds(List<MemberImportOutcome> outcomes) {
    return outcomes.stream().map(MemberImportOutcome::kind).collect(Collectors.toList());
  }
}
