package io.timrest;

import static io.timrest.ClientTestSupport.bodyOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.fail;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.golden.Golden;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The migration operations' own error codes (x-error-codes) surface as {@link TimApiException} with
 * the spec's meaning; the retryable ones are sent again with the same body, the others once.
 */
class MigrationErrorHandlingTest {
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

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "MULTIACCOUNT_IMPORT | 70398 | The app has reached its number of accounts (trial apps: 100)",
      "MULTIACCOUNT_IMPORT | 70402 | Invalid parameter (for example more than 100 accounts)",
      "IMPORT_GROUP        | 10004 | Invalid parameter (for example a CreateTime in the future)",
      "IMPORT_GROUP        | 10007 | No permission (for example importing an AVChatRoom)",
      "IMPORT_GROUP        | 10021 | The GroupId is already in use",
      "IMPORT_GROUP_MEMBER | 10005 | Too many accounts in MemberList",
      "IMPORT_GROUP_MEMBER | 10007 | No permission (for example an AVChatRoom)",
      "IMPORT_GROUP_MEMBER | 10010 | The group does not exist or has been dismissed",
      "SET_UNREAD_MSG_NUM  | 10007 | No permission (for example the account is not a member of the group)",
      "SET_UNREAD_MSG_NUM  | 10015 | The GroupId is invalid",
      "IMPORT_C2C_MSG      | 90005 | MsgRandom is missing or is not an integer",
      "IMPORT_C2C_MSG      | 90012 | To_Account is not registered or does not exist",
      "IMPORT_C2C_MSG      | 93000 | The JSON request is too long (for importmsg, a MsgBody over 8 KB)"})
  void documentedPermanentCodeIsApiExceptionWithTheSpecMeaningSentOnce(
      MigrationOperation operation, int code, String meaning) {
    server.enqueue(fail(code, "error " + code));
    server.enqueue(json(Golden.read(operation.goldenResponse())));

    TimApiException e = assertThrows(TimApiException.class, () -> operation.call(client));

    assertEquals(code, e.errorCode());
    assertEquals("error " + code, e.errorInfo());
    assertEquals(operation.path, e.operation());
    assertEquals(meaning, e.documentedMeaning().orElseThrow());
    assertTrue(e.getMessage().contains(meaning), e.getMessage());
    assertFalse(e.isRetryable());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "MULTIACCOUNT_IMPORT | 70500 | Internal server error; try again",
      "IMPORT_GROUP        | 10002 | Group service internal error; try again",
      "IMPORT_GROUP_MEMBER | 10002 | Group service internal error; try again",
      "SET_UNREAD_MSG_NUM  | 10002 | Group service internal error; try again",
      "IMPORT_C2C_MSG      | 91000 | Internal service error; try again",
      "IMPORT_C2C_MSG      | 90992 | Internal service error; try again (if every request fails, check the webhook server)"})
  void documentedTransientCodeIsRetryableWithTheSpecMeaning(MigrationOperation operation, int code, String meaning) {
    try (TimRestClient once = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
      server.enqueue(fail(code, "error " + code));

      TimApiException e = assertThrows(TimApiException.class, () -> operation.call(once));

      assertEquals(code, e.errorCode());
      assertEquals(operation.path, e.operation());
      assertEquals(meaning, e.documentedMeaning().orElseThrow());
      assertTrue(e.isRetryable());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "MULTIACCOUNT_IMPORT | 70500",
      "IMPORT_GROUP        | 10002",
      "IMPORT_GROUP_MEMBER | 10002",
      "SET_UNREAD_MSG_NUM  | 10002",
      "IMPORT_C2C_MSG      | 91000",
      "IMPORT_C2C_MSG      | 90992"})
  void documentedTransientCodeIsRetriedWithTheSameBodyAndTheCallSucceeds(MigrationOperation operation, int code) {
    server.enqueue(fail(code, "error " + code));
    server.enqueue(json(Golden.read(operation.goldenResponse())));

    operation.call(client);

    assertEquals(2, server.getRequestCount());
    String first = bodyOf(take(server));
    assertEquals(first, bodyOf(take(server)));
    Golden.assertJsonEqualsInKeyOrder(Golden.read(operation.goldenRequest()), first);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "MULTIACCOUNT_IMPORT | 70500",
      "IMPORT_GROUP        | 10002",
      "IMPORT_GROUP_MEMBER | 10002",
      "SET_UNREAD_MSG_NUM  | 10002",
      "IMPORT_C2C_MSG      | 90992"})
  void asyncTwinRetriesADocumentedTransientCodeLikeSync(MigrationOperation operation, int code) throws Exception {
    server.enqueue(fail(code, "error " + code));
    server.enqueue(json(Golden.read(operation.goldenResponse())));

    operation.callAsync(client).get(10, TimeUnit.SECONDS);

    assertEquals(2, server.getRequestCount());
    assertEquals(bodyOf(take(server)), bodyOf(take(server)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "MULTIACCOUNT_IMPORT | 70398 | The app has reached its number of accounts (trial apps: 100)",
      "IMPORT_GROUP        | 10021 | The GroupId is already in use",
      "IMPORT_GROUP_MEMBER | 10010 | The group does not exist or has been dismissed",
      "SET_UNREAD_MSG_NUM  | 10007 | No permission (for example the account is not a member of the group)",
      "IMPORT_C2C_MSG      | 90012 | To_Account is not registered or does not exist"})
  void asyncTwinFailsItsFutureWithTheSameApiException(MigrationOperation operation, int code, String meaning) {
    server.enqueue(fail(code, "error " + code));
    server.enqueue(json(Golden.read(operation.goldenResponse())));

    TimApiException e = ErrorHandlingTest.failureOf(operation.callAsync(client), TimApiException.class);

    assertEquals(code, e.errorCode());
    assertEquals(operation.path, e.operation());
    assertEquals(meaning, e.documentedMeaning().orElseThrow());
    assertEquals(1, server.getRequestCount());
  }
}
