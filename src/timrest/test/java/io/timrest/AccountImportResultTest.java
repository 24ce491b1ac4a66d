package io.timrest;

import static io.timrest.ClientTestSupport.FAST_RETRIES;
import static io.timrest.ClientTestSupport.enqueueForEveryAttempt;
import static io.timrest.ClientTestSupport.accountListOf;
import static io.timrest.ClientTestSupport.accountsOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.model.MultiaccountImportRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A multiaccount_import answer's FailAccounts is paired with the accounts sent, in either request shape. */
class AccountImportResultTest {
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
  void failAccountsArePairedWithTheAccountListSent() {
    server.enqueue(failing("b", "d"));

    AccountImportResult result = client.multiaccountImport(accountListOf("a", "b", "c", "d"));

    assertEquals(List.of(
            new AccountImportOutcome(0, "a", true), new AccountImportOutcome(1, "b", false),
            new AccountImportOutcome(2, "c", true), new AccountImportOutcome(3, "d", false)),
        result.outcomes());
    assertEquals(List.of(new AccountImportOutcome(1, "b", false), new AccountImportOutcome(3, "d", false)), result.failed());
    assertFalse(result.allImported());
  }

  @Test
  void failAccountsArePairedWithTheOlderAccountsShape() {
    server.enqueue(failing("c"));

    AccountImportResult result = client.multiaccountImport(accountsOf("a", "b", "c"));

    assertEquals(List.of(
            new AccountImportOutcome(0, "a", true), new AccountImportOutcome(1, "b", true),
            new AccountImportOutcome(2, "c", false)),
        result.outcomes());
    assertEquals(List.of(new AccountImportOutcome(2, "c", false)), result.failed());
  }

  @Test
  void absentFailAccountsMeansEveryAccountWasImported() {
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}"));

    AccountImportResult result = client.multiaccountImport(accountListOf("a", "b"));

    assertEquals(List.of(new AccountImportOutcome(0, "a", true), new AccountImportOutcome(1, "b", true)), result.outcomes());
    assertTrue(result.allImported());
    assertTrue(result.failed().isEmpty());
  }

  @Test
  void emptyFailAccountsMeansEveryAccountWasImported() {
    server.enqueue(failing());

    AccountImportResult result = client.multiaccountImport(accountsOf("a", "b"));

    assertTrue(result.allImported());
    assertSame(result, result.requireAllImported());
  }

  @Test
  void failAccountsNamingAnAccountNotSentIsTransportException() {
    enqueueForEveryAttempt(server, failing("b", "z"));

    TimTransportException e =
        assertThrows(TimTransportException.class, () -> client.multiaccountImport(accountListOf("a", "b")));

    assertEquals("v4/im_open_login_svc/multiaccount_import", e.operation());
    assertTrue(e.getMessage().contains("FailAccounts names 1 account(s) that were not sent"), e.getMessage());
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  @Test
  void requireAllImportedThrowsListingExactlyTheFailedAccounts() {
    server.enqueue(failing("b"));
    AccountImportResult result = client.multiaccountImport(accountListOf("a", "b", "c"));

    TimImportException e = assertThrows(TimImportException.class, result::requireAllImported);

    assertEquals(List.of(new AccountImportOutcome(1, "b", false)), e.failed(AccountImportOutcome.class));
    assertEquals(1, e.failed().size());
    String message = e.getMessage();
    assertTrue(message.startsWith("1 account(s) not imported: "), message);
    assertTrue(message.contains("account[1] (b): FAILED"), message);
    assertFalse(message.contains("(a)"), message);
    assertFalse(message.contains("(c)"), message);
  }

  @Test
  void resultKeepsTheRequestAndTheResponseAsReceived() {
    server.enqueue(failing("a"));
    MultiaccountImportRequest request = accountsOf("a");

    AccountImportResult result = client.multiaccountImport(request);

    assertSame(request, result.request());
    assertEquals(List.of("a"), result.response().failAccounts().orElseThrow());
  }

  @Test
  void asyncResultIsPairedLikeSync() throws Exception {
    server.enqueue(failing("a"));

    AccountImportResult result = client.multiaccountImportAsync(accountsOf("a", "b")).get(10, TimeUnit.SECONDS);

    assertEquals(List.of(new AccountImportOutcome(0, "a", false)), result.failed());
  }

  @Test
  void asyncFailAccountsNamingAnAccountNotSentFailsTheFutureWithTransportException() {
    enqueueForEveryAttempt(server, failing("z"));

    TimTransportException e = ErrorHandlingTest.failureOf(
        client.multiaccountImportAsync(accountListOf("a")), TimTransportException.class);

    assertEquals("v4/im_open_login_svc/multiaccount_import", e.operation());
    assertEquals(FAST_RETRIES.maxAttempts(), server.getRequestCount(), "an answer that contradicts the request is retried");
  }

  private static MockResponse failing(String... userIds) {
    StringBuilder list = new StringBuilder();
    for (String userId : userIds) {
      list.append(list.length() == 0 ? "" : ",").append('"').append(userId).append('"');
    }
    return json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"FailAccounts\":[" + list + "]}");
  }
}
