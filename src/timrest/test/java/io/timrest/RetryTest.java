package io.timrest;

import static io.timrest.ClientTestSupport.ADMIN;
import static io.timrest.ClientTestSupport.NOW;
import static io.timrest.ClientTestSupport.SDK_APP_ID;
import static io.timrest.ClientTestSupport.SECRET_KEY;
import static io.timrest.ClientTestSupport.bodyOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.fail;
import static io.timrest.ClientTestSupport.htmlGateway;
import static io.timrest.ClientTestSupport.importedOk;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.seedImport;
import static io.timrest.ClientTestSupport.take;
import static io.timrest.ClientTestSupport.userSigOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.ClientTestSupport.MutableClock;
import io.timrest.model.CreateGroupRequest;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendMsgRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which failures are repeated, how often, and with which UserSig. */
class RetryTest {
  private MockWebServer server;
  private MutableClock clock;
  private TimRestClient client;

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer();
    clock = new MutableClock(NOW);
    client = clientFor(server, clock).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  // ---------------------------------------------------------------- what is retried

  @Test
  void droppedConnectionThenSuccessSucceedsOnTheSecondRequest() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok());

    client.modifyC2cMsg(modifyC2c());

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void gatewayErrorThenSuccessSucceedsOnTheSecondRequest() {
    server.enqueue(htmlGateway(502));
    server.enqueue(ok());

    client.modifyGroupMsg(modifyGroup());

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retryableCodeThenSuccessSucceedsOnTheSecondRequest() {
    server.enqueue(fail(20004, "network exception"));
    server.enqueue(ok());

    client.modifyC2cMsg(modifyC2c());

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void rateLimitThenSuccessSucceedsOnTheSecondRequest() {
    server.enqueue(fail(60007, "too frequent"));
    server.enqueue(ok());

    client.modifyGroupMsg(modifyGroup());

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void nonRetryableCodeIsSentExactlyOnce() {
    server.enqueue(fail(90001, "json parse error"));
    server.enqueue(ok());

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertEquals(90001, e.errorCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void unknownCodeIsSentExactlyOnce() {
    server.enqueue(fail(12345, "new"));
    server.enqueue(ok());

    assertThrows(TimApiException.class, () -> client.modifyGroupMsg(modifyGroup()));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void maxAttemptsAreHonouredForRetryableCodes() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(fail(20005, "internal error"));
    }

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertEquals(20005, e.errorCode());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void maxAttemptsAreHonouredForTransportFailures() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(htmlGateway(502));
    }

    assertThrows(TimTransportException.class, () -> client.modifyGroupMsg(modifyGroup()));

    assertEquals(3, server.getRequestCount());
  }

  @Test
  void noRetryPolicySendsOnce() {
    try (TimRestClient once = clientFor(server, clock).retryPolicy(RetryPolicy.none()).build()) {
      server.enqueue(htmlGateway(502));
      server.enqueue(ok());

      assertThrows(TimTransportException.class, () -> once.modifyC2cMsg(modifyC2c()));

      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void noRetryPolicySendsARetryableCodeOnce() {
    try (TimRestClient once = clientFor(server, clock).retryPolicy(RetryPolicy.none()).build()) {
      server.enqueue(fail(20004, "network exception"));
      server.enqueue(ok());

      assertThrows(TimApiException.class, () -> once.modifyC2cMsg(modifyC2c()));

      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void asyncRetriesLikeSync() throws Exception {
    server.enqueue(htmlGateway(502));
    server.enqueue(fail(20004, "network exception"));
    server.enqueue(ok());

    client.modifyC2cMsgAsync(modifyC2c()).get(10, TimeUnit.SECONDS);

    assertEquals(3, server.getRequestCount());
  }

  @Test
  void asyncHonoursMaxAttempts() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(fail(20005, "internal error"));
    }

    ErrorHandlingTest.failureOf(client.modifyGroupMsgAsync(modifyGroup()), TimApiException.class);

    assertEquals(3, server.getRequestCount());
  }

  // ---------------------------------------------------------------- imports are idempotent

  @Test
  void importRetriesSendByteIdenticalBodiesWithTheSameRandoms() {
    server.enqueue(htmlGateway(502));
    server.enqueue(fail(10002, "group service internal error"));
    server.enqueue(importedOk(2));

    ImportResult result = client.importGroupMsg(seedImport());

    assertEquals(3, server.getRequestCount());
    byte[] first = take(server).getBody().toByteArray();
    byte[] second = take(server).getBody().toByteArray();
    byte[] third = take(server).getBody().toByteArray();
    assertArrayEquals(first, second);
    assertArrayEquals(first, third);
    long filled = result.request().msgList().get(1).random().orElseThrow();
    assertEquals(List.of(8912345L, filled), randomsIn(new String(first, StandardCharsets.UTF_8)));
  }

  @Test
  void asyncImportRetriesSendByteIdenticalBodies() throws Exception {
    server.enqueue(htmlGateway(502));
    server.enqueue(importedOk(2));

    client.importGroupMsgAsync(seedImport()).get(10, TimeUnit.SECONDS);

    assertEquals(bodyOf(take(server)), bodyOf(take(server)));
  }

  @Test
  void twoImportsOfEqualRequestsSendTheSameRandoms() {
    server.enqueue(importedOk(2));
    server.enqueue(importedOk(2));

    client.importGroupMsg(seedImport());
    client.importGroupMsg(seedImport());

    assertEquals(bodyOf(take(server)), bodyOf(take(server)), "an equal request sent again is a repetition");
  }


  // ---------------------------------------------------------------- UserSig renewal

  @Test
  void expiredUserSigIsRenewedOnceAndTheCallSucceeds() {
    server.enqueue(fail(70001, "usersig expired"));
    server.enqueue(ok());

    client.modifyC2cMsg(modifyC2c());

    assertEquals(2, server.getRequestCount());
    String rejected = userSigOf(take(server));
    String renewed = userSigOf(take(server));
    assertNotEquals(rejected, renewed);
    assertValidForAdmin(rejected);
    assertValidForAdmin(renewed);
  }

  @Test
  void invalidatedUserSigIsRenewedOnce() {
    server.enqueue(fail(70052, "usersig invalidated"));
    server.enqueue(ok());

    client.modifyGroupMsg(modifyGroup());

    assertNotEquals(userSigOf(take(server)), userSigOf(take(server)));
  }

  @Test
  void userSigIsRenewedEvenWithoutRetries() {
    try (TimRestClient once = clientFor(server, clock).retryPolicy(RetryPolicy.none()).build()) {
      server.enqueue(fail(70001, "usersig expired"));
      server.enqueue(ok());

      once.modifyC2cMsg(modifyC2c());

      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void expiredTwiceFailsAfterExactlyTwoRequests() {
    server.enqueue(fail(70001, "usersig expired"));
    server.enqueue(fail(70001, "usersig expired"));
    server.enqueue(ok());

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertEquals(70001, e.errorCode());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void asyncRenewsAnExpiredUserSigOnce() throws Exception {
    server.enqueue(fail(70001, "usersig expired"));
    server.enqueue(importedOk(2));

    ImportResult result = client.importGroupMsgAsync(seedImport()).get(10, TimeUnit.SECONDS);

    assertEquals(2, result.call().attempts(), "the repetition with a renewed UserSig is a request sent");

    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertNotEquals(userSigOf(first), userSigOf(second));
    assertEquals(bodyOf(first), bodyOf(second), "the import is repeated with the same Randoms");
  }

  @Test
  void asyncExpiredTwiceFailsAfterExactlyTwoRequests() {
    server.enqueue(fail(70001, "usersig expired"));
    server.enqueue(fail(70001, "usersig expired"));
    server.enqueue(ok());

    TimApiException e = ErrorHandlingTest.failureOf(client.modifyC2cMsgAsync(modifyC2c()), TimApiException.class);

    assertEquals(70001, e.errorCode());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void userSigIsSignedOnceAndReused() {
    server.enqueue(ok());
    server.enqueue(ok());

    client.modifyC2cMsg(modifyC2c());
    clock.advance(Duration.ofMinutes(5));
    client.modifyGroupMsg(modifyGroup());

    assertEquals(userSigOf(take(server)), userSigOf(take(server)));
  }

  @Test
  void userSigIsRenewedWhenNinetyPercentOfItsValidityHasPassed() {
    try (TimRestClient renewing = clientFor(server, clock).userSigValidity(Duration.ofHours(10)).build()) {
      for (int i = 0; i < 3; i++) {
        server.enqueue(ok());
      }

      renewing.modifyC2cMsg(modifyC2c());
      clock.advance(Duration.ofHours(9).minusSeconds(1));
      renewing.modifyC2cMsg(modifyC2c());
      clock.advance(Duration.ofSeconds(1));
      renewing.modifyC2cMsg(modifyC2c());

      String first = userSigOf(take(server));
      String beforeNinetyPercent = userSigOf(take(server));
      String atNinetyPercent = userSigOf(take(server));
      assertEquals(first, beforeNinetyPercent);
      assertNotEquals(first, atNinetyPercent);
      assertEquals(NOW.getEpochSecond(), UserSig.decode(first).time());
      assertEquals(NOW.plus(Duration.ofHours(9)).getEpochSecond(), UserSig.decode(atNinetyPercent).time());
      assertEquals(Duration.ofHours(10).getSeconds(), UserSig.decode(atNinetyPercent).expire());
    }
  }

  private void assertValidForAdmin(String userSig) {
    UserSig.Verification verification =
        UserSig.verify(userSig, SDK_APP_ID, SECRET_KEY, ADMIN, Clock.fixed(clock.instant(), ZoneOffset.UTC));
    assertTrue(verification.isValid(), verification.toString());
  }

  @Test
  void aGroupCreatedWithoutAGroupIdIsNotSentAgainAfterAnUnknownOutcome() {
    server.enqueue(htmlGateway(502));
    server.enqueue(htmlGateway(502));
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"GroupId\":\"@TGS#2J4SZEAEL\"}"));

    TimTransportException e = assertThrows(TimTransportException.class, () -> client.createGroup(
        CreateGroupRequest.builder().type("Public").name("hikers").build()));
    assertTrue(e.outcomeUnknown());
    assertEquals(1, server.getRequestCount(), "a second attempt could create a second group");

    assertThrows(TimTransportException.class, () -> client.importGroup(
        ClientTestSupport.exampleImportGroup().toBuilder().groupId(null).build()));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aGroupWithItsOwnGroupIdIsRetriedLikeAnyRequest() {
    server.enqueue(htmlGateway(502));
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"GroupId\":\"MyFirstGroup\"}"));

    client.importGroup(ClientTestSupport.exampleImportGroup());

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void messagesSentWithoutTheirDeDuplicationValuesGetThemOnceAndEveryRetryRepeatsThem() {
    server.enqueue(htmlGateway(502));
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"MsgSeq\":1,\"MsgTime\":1620808101}"));
    server.enqueue(htmlGateway(502));
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"MsgTime\":1620808101,\"MsgKey\":\"1_2_3\"}"));

    client.sendGroupMsg(SendGroupMsgRequest.builder().groupId("@TGS#1").msgBody(ClientTestSupport.helloBody()).build());
    client.sendMsg(SendMsgRequest.builder().toAccount("peter").msgBody(ClientTestSupport.helloBody()).build());

    String group = bodyOf(take(server));
    assertEquals(group, bodyOf(take(server)));
    assertTrue(group.matches(".*\"Random\":\\d+.*"), group);
    String c2c = bodyOf(take(server));
    assertEquals(c2c, bodyOf(take(server)));
    assertTrue(c2c.matches(".*\"MsgSeq\":\\d+.*") && c2c.matches(".*\"MsgRandom\":\\d+.*"), c2c);
  }

  private static List<Long> randomsIn(String body) {
    List<Long> randoms = new ArrayList<>();
    Matcher matcher = Pattern.compile("\"Random\":(\\d+)").matcher(body);
    while (matcher.find()) {
      randoms.add(Long.parseLong(matcher.group(1)));
    }
    return randoms;
  }
}
