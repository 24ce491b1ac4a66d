package io.timrest;

import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.fail;
import static io.timrest.ClientTestSupport.htmlGateway;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.seedImport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a call can fail ends in one typed exception that says what happened. */
class ErrorHandlingTest {
  private static final String C2C = "v4/openim/modify_c2c_msg";
  private static final String GROUP = "v4/openim/modify_group_msg";
  private static final String IMPORT = "v4/group_open_http_svc/import_group_msg";

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

  // ---------------------------------------------------------------- error envelopes

  @Test
  void failEnvelopeBecomesApiExceptionWithCodeInfoAndOperation() {
    server.enqueue(fail(90001, "json parse error"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertEquals(90001, e.errorCode());
    assertEquals("json parse error", e.errorInfo());
    assertEquals(C2C, e.operation());
    assertFalse(e.isRetryable());
    assertTrue(e.getMessage().contains("90001"), e.getMessage());
    assertTrue(e.getMessage().contains("json parse error"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0} on {1}: retryable={2}")
  @CsvSource({
      "90001, v4/openim/modify_c2c_msg,   false",
      "20004, v4/openim/modify_c2c_msg,   true",
      "20005, v4/openim/modify_group_msg, true",
      "60007, v4/openim/modify_c2c_msg,   true",
      "60011, v4/openim/modify_group_msg, true",
      "70001, v4/openim/modify_c2c_msg,   true",
      "70003, v4/openim/modify_c2c_msg,   false",
      "10002, v4/group_open_http_svc/import_group_msg, true",
      "10007, v4/group_open_http_svc/import_group_msg, false",
      "10020, v4/group_open_http_svc/import_group_msg, false",
      "12345, v4/openim/modify_c2c_msg,   false",
  })
  void retryabilityFollowsTheSpecTable(int code, String operation, boolean retryable) {
    server.enqueue(fail(code, "error " + code));
    server.enqueue(fail(code, "error " + code)); // a rejected UserSig is renewed once, whatever the policy

    TimApiException e = assertThrows(TimApiException.class, () -> call(operation));

    assertEquals(code, e.errorCode());
    assertEquals(operation, e.operation());
    assertEquals(retryable, e.isRetryable());
  }

  @Test
  void rateLimitIsRetryableAndMarkedAsRateLimit() {
    server.enqueue(fail(60007, "too many requests"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertTrue(e.isRetryable());
    assertTrue(e.isRateLimit());
    assertFalse(e.needsNewUserSig());
  }

  @Test
  void unknownCodeIsNotRetryableAndHasNoDocumentedMeaning() {
    server.enqueue(fail(12345, "something new"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyGroupMsg(modifyGroup()));

    assertFalse(e.isRetryable());
    assertFalse(e.isRateLimit());
    assertTrue(e.documentedMeaning().isEmpty());
    assertEquals("something new", e.errorInfo());
  }

  @Test
  void documentedMeaningIsTheWholeSpecText() {
    server.enqueue(fail(80002, "too long"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.importGroupMsg(seedImport()));

    assertEquals("The message is longer than 12,000 bytes (per message in ImportMsgResult)",
        e.documentedMeaning().orElseThrow());
  }

  @Test
  void documentedMeaningIsInTheMessage() {
    server.enqueue(fail(10010, "group not found"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyGroupMsg(modifyGroup()));

    assertEquals("The group does not exist or has been dismissed", e.documentedMeaning().orElseThrow());
    assertTrue(e.getMessage().contains("The group does not exist or has been dismissed"), e.getMessage());
  }

  @Test
  void okStatusWithNonZeroErrorCodeIsStillAnError() {
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":90001,\"ErrorInfo\":\"odd\"}"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertEquals(90001, e.errorCode());
  }

  @Test
  void failStatusWithZeroErrorCodeIsStillAnError() {
    server.enqueue(json("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":0,\"ErrorInfo\":\"odd\"}"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertEquals(0, e.errorCode());
  }

  @Test
  void errorDisplayIsKept() {
    server.enqueue(json("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10010,\"ErrorInfo\":\"gone\",\"ErrorDisplay\":\"Group gone\"}"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyGroupMsg(modifyGroup()));

    assertEquals("Group gone", e.errorDisplay().orElseThrow());
    assertEquals(10010, e.errorCode());
  }

  @Test
  void importFailEnvelopeBecomesApiException() {
    server.enqueue(fail(10010, "group not found"));

    TimApiException e = assertThrows(TimApiException.class, () -> client.importGroupMsg(seedImport()));

    assertEquals(10010, e.errorCode());
    assertEquals(IMPORT, e.operation());
  }

  // ---------------------------------------------------------------- no trustworthy answer

  @Test
  void http502WithHtmlBodyIsTransportExceptionWithStatus() {
    server.enqueue(htmlGateway(502));

    TimTransportException e = assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertEquals(OptionalInt.of(502), e.httpStatus());
    assertEquals(C2C, e.operation());
    assertTrue(e.getMessage().contains("502"), e.getMessage());
    assertFalse(e.getMessage().contains("<html>"), "the gateway page is not quoted");
  }

  @Test
  void http200WithHtmlBodyIsTransportException() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body("<html><body>maintenance</body></html>").build());

    TimTransportException e = assertThrows(TimTransportException.class, () -> client.modifyGroupMsg(modifyGroup()));

    assertEquals(GROUP, e.operation());
  }

  @Test
  void truncatedJsonIsTransportException() {
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorIn"));

    TimTransportException e = assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertEquals(C2C, e.operation());
  }

  @Test
  void truncatedImportResultIsTransportException() {
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ImportMsgResult\":[{\"MsgSeq\":1,"));

    assertThrows(TimTransportException.class, () -> client.importGroupMsg(seedImport()));
  }

  @Test
  void emptyBodyIsTransportException() {
    server.enqueue(json(""));

    assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));
  }

  @Test
  void jsonNullBodyIsTransportException() {
    server.enqueue(json("null"));

    assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));
  }

  @Test
  void envelopeWithoutActionStatusIsTransportException() {
    server.enqueue(json("{\"ErrorCode\":0}"));

    assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));
  }

  @Test
  void droppedConnectionIsTransportException() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

    TimTransportException e = assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));

    assertTrue(e.httpStatus().isEmpty());
    assertInstanceOf(java.io.IOException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void readTimeoutIsTransportException() {
    // The shortest read timeout allowed is just over the server's own 3 s; the server never answers.
    try (TimRestClient patient = clientFor(server).retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofMillis(3001)).build()) {
      server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

      TimTransportException e = assertThrows(TimTransportException.class, () -> patient.modifyC2cMsg(modifyC2c()));

      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
      assertInstanceOf(java.io.InterruptedIOException.class, e.getCause());
    }
  }

  // ---------------------------------------------------------------- async twins

  @Test
  void asyncFailEnvelopeFailsTheFutureWithApiException() {
    server.enqueue(fail(90001, "json parse error"));

    TimApiException e = failureOf(client.modifyC2cMsgAsync(modifyC2c()), TimApiException.class);

    assertEquals(90001, e.errorCode());
    assertEquals(C2C, e.operation());
    assertFalse(e.isRetryable());
  }

  @Test
  void asyncHttp502FailsTheFutureWithTransportException() {
    server.enqueue(htmlGateway(502));

    TimTransportException e = failureOf(client.modifyGroupMsgAsync(modifyGroup()), TimTransportException.class);

    assertEquals(OptionalInt.of(502), e.httpStatus());
  }

  @Test
  void asyncHtmlBodyFailsTheFutureWithTransportException() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body("<html></html>").build());

    failureOf(client.modifyC2cMsgAsync(modifyC2c()), TimTransportException.class);
  }

  @Test
  void asyncTruncatedJsonFailsTheFutureWithTransportException() {
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"Err"));

    failureOf(client.importGroupMsgAsync(seedImport()), TimTransportException.class);
  }

  @Test
  void asyncEmptyBodyFailsTheFutureWithTransportException() {
    server.enqueue(json(""));

    failureOf(client.modifyC2cMsgAsync(modifyC2c()), TimTransportException.class);
  }

  @Test
  void asyncImportFailEnvelopeFailsTheFutureWithApiException() {
    server.enqueue(fail(10007, "no permission"));

    TimApiException e = failureOf(client.importGroupMsgAsync(seedImport()), TimApiException.class);

    assertEquals(IMPORT, e.operation());
  }

  private void call(String operation) {
    switch (operation) {
      case C2C -> client.modifyC2cMsg(modifyC2c());
      case GROUP -> client.modifyGroupMsg(modifyGroup());
      case IMPORT -> client.importGroupMsg(seedImport());
      default -> throw new IllegalArgumentException(operation);
    }
  }

  /** The exception the future failed with, which must be of {@code type}. */
  static <E extends Throwable> E failureOf(CompletableFuture<?> future, Class<E> type) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    return assertInstanceOf(type, e.getCause());
  }
}
