package io.timrest;

import static io.timrest.ClientTestSupport.SECRET_KEY;
import static io.timrest.ClientTestSupport.bodyOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.exampleImportC2cMsgWithoutSeqAndRandom;
import static io.timrest.ClientTestSupport.exampleImportGroupMember;
import static io.timrest.ClientTestSupport.exampleMultiaccountImport;
import static io.timrest.ClientTestSupport.fail;
import static io.timrest.ClientTestSupport.importedOk;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.seedImport;
import static io.timrest.ClientTestSupport.take;
import static io.timrest.ClientTestSupport.userSigOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMsgRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers a fuzzing harness found: each must end in a {@link TimRestException}, fast, and never in success. */
class HostileAnswerTest {
  private static final String OK_HEAD = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"";

  private MockWebServer server;
  private TimRestClient client;

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer();
    client = clientFor(server).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  // ------------------------------------------------------------ one exception root, sync and async alike

  @Test
  void importTwinsFailWithTheApiExceptionItselfNotACompletionException() {
    assertApiFailureUnwrapped(() -> client.multiaccountImportAsync(exampleMultiaccountImport()));
    assertApiFailureUnwrapped(() -> client.importGroupMemberAsync(exampleImportGroupMember()));
    assertApiFailureUnwrapped(() -> client.importC2cMsgAsync(exampleImportC2cMsgWithoutSeqAndRandom()));
    assertApiFailureUnwrapped(() -> client.importGroupMsgAsync(seedImport()));
  }

  private void assertApiFailureUnwrapped(Supplier<CompletableFuture<?>> call) {
    server.enqueue(fail(10010, "group not found"));
    Throwable seen = call.get().handle((value, error) -> error).join();
    assertInstanceOf(TimApiException.class, seen, "handle() sees the exception the blocking method throws");
  }

  @Test
  void importTwinFailsWithTheTransportExceptionOfAContradictingAnswer() {
    server.enqueue(importedOk(1)); // one result for two messages
    Throwable seen = client.importGroupMsgAsync(seedImport()).handle((value, error) -> error).join();
    assertInstanceOf(TimTransportException.class, seen);
  }

  @Test
  void negativeContentLengthIsATransportFailureSyncAndAsync() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(OK_HEAD + "}").setHeader("Content-Length", "-5").build());
    assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(OK_HEAD + "}").setHeader("Content-Length", "-5").build());
    assertInstanceOf(TimTransportException.class, asyncFailure(client.modifyGroupMsgAsync(modifyGroup())));
  }

  // ------------------------------------------------------------ hostile answers

  @ParameterizedTest
  @ValueSource(ints = {201, 202, 203, 206})
  void onlyHttp200IsAnAnswer(int status) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body(OK_HEAD + "}").build());
    TimTransportException e = assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));
    assertEquals(status, e.httpStatus().getAsInt());
    assertTrue(e.outcomeUnknown(), "the server got the request");
  }

  @Test
  void redirectsAreNotFollowed() {
    server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/elsewhere").build());
    server.enqueue(ok());
    TimTransportException e = assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));
    assertEquals(302, e.httpStatus().getAsInt());
    assertEquals(1, server.getRequestCount(), "the UserSig went nowhere else");
  }

  @Test
  void gzipBombFailsFastWithoutInflatingIntoMemory() {
    // A valid start, then one string of 512 MB: a reader without a limit would try to hold it all.
    Buffer bomb = gzipOfLongString(OK_HEAD + ",\"Padding\":\"", 512L << 20);
    assertTrue(bomb.size() < 600 * 1024, "about 509 KiB on the wire: " + bomb.size());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(bomb).build());
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c())));
  }

  @Test
  void answerLargerThanTheLimitIsATransportFailure() throws IOException {
    try (TimRestClient small = clientFor(server).retryPolicy(RetryPolicy.none()).maxResponseSize(4096).build()) {
      server.enqueue(json(OK_HEAD + ",\"Padding\":\"" + "x".repeat(5000) + "\"}"));
      TimTransportException e = assertThrows(TimTransportException.class, () -> small.modifyC2cMsg(modifyC2c()));
      assertTrue(e.getMessage().contains("larger than 4096 bytes"), e.getMessage());
    }
  }

  @Test
  void answerThatNeverEndsIsCutOffByTheCallTimeout() {
    try (TimRestClient impatient = clientFor(server).retryPolicy(RetryPolicy.none())
        .callTimeout(Duration.ofMillis(300)).build()) {
      // The headers arrive, the body never does: within the 10 s read timeout, only the call timeout ends it.
      server.enqueue(ok().newBuilder().onResponseBody(mockwebserver3.SocketEffect.Stall.INSTANCE).build());
      assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
          assertThrows(TimTransportException.class, () -> impatient.modifyC2cMsg(modifyC2c())));
    }
  }

  @Test
  void callTimeoutDefaultsToConnectPlusWriteAndRead() {
    TimRestClient.Builder builder = TimRestClient.builder()
        .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(4));
    assertEquals(Duration.ofSeconds(10), builder.callTimeout());
  }

  @Test
  void megabytesOfWhitespaceCostLinearTime() {
    String padding = " ".repeat(3 << 20);
    server.enqueue(json(padding + OK_HEAD + ",\"ImportMsgResult\":" + padding + "[{\"MsgSeq\":1,\"MsgTime\":1,\"Result\":0},"
        + "{\"MsgSeq\":2,\"MsgTime\":2,\"Result\":0}]}" + " ".repeat(1000)));
    try (TimRestClient roomy = clientFor(server).retryPolicy(RetryPolicy.none()).maxResponseSize(8L << 20).build()) {
      // A peek at the envelope and a second parse took over 3 s here; one streaming read, well under 0.1 s.
      assertTimeoutPreemptively(Duration.ofSeconds(2), () -> roomy.importGroupMsg(seedImport()).requireAllImported());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      OK_HEAD + "}garbage",
      OK_HEAD + "}{\"ActionStatus\":\"FAIL\",\"ErrorCode\":1}",
      OK_HEAD + "}]",
      "{\"ActionStatus\":\"OK\",\"ErrorCode\":\"0\"}",
      "{\"ActionStatus\":\"OK\",\"ErrorCode\":0.0}",
      "{\"ActionStatus\":\"OK\",\"ErrorCode\":1e-400}",
      "{\"ActionStatus\":\"OK\",\"ErrorCode\":-0}",
      "{\"ActionStatus\":\"OK\",\"ErrorCode\":true}",
      "{\"ActionStatus\":1,\"ErrorCode\":0}",
      "{\"ActionStatus\":\"OK\"}",
      "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":0,\"ActionStatus\":\"OK\"}",
      "{\"ActionStatus\":\"OK\",\"ErrorCode\":10010,\"ErrorCode\":0}",
      "[]",
      "null",
      "\"OK\"",
  })
  void malformedEnvelopeIsATransportFailure(String answer) {
    server.enqueue(json(answer));
    assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));
    server.enqueue(json(answer));
    assertInstanceOf(TimTransportException.class, asyncFailure(client.modifyGroupMsgAsync(modifyGroup())));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"Result\":0,\"MsgTime\":1620808101}",
      "{\"Result\":0,\"MsgSeq\":0,\"MsgTime\":1620808101}",
      "{\"Result\":0,\"MsgSeq\":-3,\"MsgTime\":1620808101}",
      "{\"Result\":0,\"MsgSeq\":7}",
      "{\"Result\":0,\"MsgSeq\":7,\"MsgTime\":-1}",
  })
  void importedMessageWithoutItsPlaceContradictsTheRequest(String result) {
    server.enqueue(json(OK_HEAD + ",\"ImportMsgResult\":[" + result + ",{\"Result\":10004}]}"));
    TimTransportException e = assertThrows(TimTransportException.class, () -> client.importGroupMsg(seedImport()));
    assertTrue(e.request(ImportGroupMsgRequest.class).isPresent());
  }

  // ------------------------------------------------------------ honest outcomes

  @Test
  void refusedConnectionDidNotReachTheServer() throws IOException {
    String baseUrl = ClientTestSupport.baseUrl(server);
    server.close();
    try (TimRestClient nowhere = clientFor(server).baseUrl(baseUrl).retryPolicy(RetryPolicy.none()).build()) {
      TimTransportException e = assertThrows(TimTransportException.class, () -> nowhere.modifyC2cMsg(modifyC2c()));
      assertFalse(e.outcomeUnknown(), e.getMessage());
      TimTransportException async = assertInstanceOf(
          TimTransportException.class, asyncFailure(nowhere.modifyGroupMsgAsync(modifyGroup())));
      assertFalse(async.outcomeUnknown(), async.getMessage());
    }
  }

  @Test
  void failingUserSigSupplierDidNotReachTheServer() {
    try (TimRestClient unsigned = TimRestClient.builder().sdkAppId(ClientTestSupport.SDK_APP_ID)
        .adminIdentifier(ClientTestSupport.ADMIN).userSigSupplier(() -> null)
        .baseUrl(ClientTestSupport.baseUrl(server)).retryPolicy(RetryPolicy.none()).build()) {
      TimTransportException e = assertThrows(TimTransportException.class, () -> unsigned.modifyC2cMsg(modifyC2c()));
      assertFalse(e.outcomeUnknown());
      TimTransportException async = assertInstanceOf(
          TimTransportException.class, asyncFailure(unsigned.modifyGroupMsgAsync(modifyGroup())));
      assertFalse(async.outcomeUnknown());
      assertEquals(0, server.getRequestCount());
    }
  }

  @Test
  void droppedConnectionAfterTheRequestHasAnUnknownOutcomeAndTheRequestToResend() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE).build());
    ImportGroupMsgRequest seed = seedImport();
    TimTransportException e = assertThrows(TimTransportException.class, () -> client.importGroupMsg(seed));
    assertTrue(e.outcomeUnknown());
    ImportGroupMsgRequest sent = e.request(ImportGroupMsgRequest.class).orElseThrow();
    assertTrue(sent.msgList().get(1).random().isPresent(), "the Random the client filled in");
    String firstBody = bodyOf(take(server));

    server.enqueue(importedOk(2));
    client.importGroupMsg(sent).requireAllImported();
    assertEquals(firstBody, bodyOf(take(server)), "re-sending it is byte-identical, so de-duplicated");
  }

  @Test
  void c2cImportFailureCarriesTheFilledInMsgSeqAndMsgRandomAsyncToo() {
    server.enqueue(ClientTestSupport.htmlGateway(502));
    TimTransportException e = assertInstanceOf(TimTransportException.class,
        asyncFailure(client.importC2cMsgAsync(exampleImportC2cMsgWithoutSeqAndRandom())));
    ImportC2cMsgRequest sent = e.request(ImportC2cMsgRequest.class).orElseThrow();
    assertTrue(sent.msgSeq().isPresent() && sent.msgRandom().isPresent());
  }

  // ------------------------------------------------------------ no credential in any text

  @Test
  void echoedUserSigInAnUnreadableValueIsNotQuoted() {
    echoing(userSig -> json(OK_HEAD + ",\"ImportMsgResult\":[{\"Result\":\"" + userSig + "\"},{\"Result\":0}]}"));
    TimTransportException e = assertThrows(TimTransportException.class, () -> client.importGroupMsg(seedImport()));
    assertNoCredential(e);
    assertTrue(e.getMessage().contains("$.ImportMsgResult[0]"), "it still says where: " + e.getMessage());
    assertNoCredential(asyncFailure(client.importGroupMsgAsync(seedImport())));
  }

  @Test
  void echoedUserSigAndSecretKeyInErrorInfoAreScrubbed() {
    echoing(userSig -> json("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":90001,\"ErrorInfo\":\"bad usersig "
        + userSig + " for key " + SECRET_KEY + "\",\"ErrorDisplay\":\"" + userSig + "\"}"));
    TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));
    assertNoCredential(e);
    assertFalse(e.errorInfo().contains(SECRET_KEY));
    assertTrue(e.errorInfo().contains(CredentialScrubber.REDACTED), e.errorInfo());
    assertNoCredential(asyncFailure(client.modifyGroupMsgAsync(modifyGroup())));
  }

  private String lastUserSig;

  private void echoing(java.util.function.Function<String, MockResponse> answer) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        lastUserSig = userSigOf(request);
        return answer.apply(lastUserSig);
      }
    });
  }

  private void assertNoCredential(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    text.append(failure.toString());
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append('\n').append(String.valueOf(t.getMessage())).append('\n').append(t.toString());
    }
    assertTrue(lastUserSig != null && lastUserSig.length() > 20, "the server saw a UserSig");
    assertFalse(text.toString().contains(lastUserSig), "the UserSig leaked:\n" + text);
    assertFalse(text.toString().contains(SECRET_KEY), "the secret key leaked:\n" + text);
  }

  static Throwable asyncFailure(CompletableFuture<?> future) {
    Throwable seen = future.handle((value, error) -> error).orTimeout(10, TimeUnit.SECONDS).join();
    assertTrue(seen != null, "the future should have failed");
    return seen;
  }

  /** {@code prefix} and {@code size} bytes of 'x', gzipped: about a thousandth of the size on the wire. */
  static Buffer gzipOfLongString(String prefix, long size) {
    Buffer compressed = new Buffer();
    try (BufferedSink sink = Okio.buffer(new GzipSink(compressed))) {
      sink.writeUtf8(prefix);
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'x');
      for (long written = 0; written < size; written += chunk.length) {
        sink.write(chunk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compressed;
  }

  @Test
  void sameExceptionInstanceTypeSyncAndAsyncForAGateway() {
    server.enqueue(ClientTestSupport.htmlGateway(502));
    TimTransportException sync = assertThrows(TimTransportException.class, () -> client.modifyC2cMsg(modifyC2c()));
    server.enqueue(ClientTestSupport.htmlGateway(502));
    Throwable async = asyncFailure(client.modifyC2cMsgAsync(modifyC2c()));
    assertSame(sync.getClass(), async.getClass());
    TimTransportException asyncTransport = (TimTransportException) async;
    assertEquals(sync.rawMessage(), asyncTransport.rawMessage());
    assertEquals(sync.call().map(TimCall::attempts), asyncTransport.call().map(TimCall::attempts));
  }
}
