package io.timrest;

import static io.timrest.ClientTestSupport.NOW;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.importOf;
import static io.timrest.ClientTestSupport.importedOk;
import static io.timrest.ClientTestSupport.message;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.TIMCustomElem;
import io.timrest.model.TIMCustomElemContent;
import io.timrest.model.TimJsonAdapters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A request that breaks a documented rule is refused before any I/O, naming the field and the rule. */
class ValidationTest {
  static final int MSG_BODY_LIMIT = 12_288;

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

  // ---------------------------------------------------------------- modify

  @Test
  void modifyC2cRejectsARequestWithNeitherMsgBodyNorCloudCustomData() {
    TimValidationException e = refused(() -> client.modifyC2cMsg(modifyC2c(null, null)));

    assertEquals("MsgBody", e.field());
    assertRule(e, "anyOf", "CloudCustomData");
  }

  @Test
  void modifyGroupRejectsARequestWithNeitherMsgBodyNorCloudCustomData() {
    TimValidationException e = refused(() -> client.modifyGroupMsg(modifyGroup(null, null)));

    assertEquals("MsgBody", e.field());
    assertRule(e, "anyOf", "CloudCustomData");
  }

  @Test
  void modifyRejectsAnEmptyMsgBody() {
    TimValidationException e = refused(() -> client.modifyC2cMsg(modifyC2c(List.of(), "data")));

    assertEquals("MsgBody", e.field());
    assertRule(e, "minItems", "at least 1 element");
  }

  @Test
  void modifyRejectsTwoCustomElements() {
    List<MsgElement> body = List.of(custom("a"), text("between"), custom("b"));

    TimValidationException e = refused(() -> client.modifyGroupMsg(modifyGroup(body, null)));

    assertEquals("MsgBody[2]", e.field());
    assertRule(e, "oneCustomElem", "at most one TIMCustomElem");
  }

  @Test
  void modifyAcceptsOneCustomElement() {
    server.enqueue(ok());

    client.modifyGroupMsg(modifyGroup(List.of(custom("a"), text("b")), null));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void modifyRejectsAMsgBodyOverTwelveKilobytes() {
    List<MsgElement> body = bodyOfSerializedSize(MSG_BODY_LIMIT + 1);

    TimValidationException e = refused(() -> client.modifyC2cMsg(modifyC2c(body, null)));

    assertEquals("MsgBody", e.field());
    assertRule(e, "maxBodyBytes", "12288");
    assertTrue(e.getMessage().contains("12289"), e.getMessage());
  }

  @Test
  void modifyAcceptsAMsgBodyOfExactlyTwelveKilobytes() {
    server.enqueue(ok());

    client.modifyC2cMsg(modifyC2c(bodyOfSerializedSize(MSG_BODY_LIMIT), null));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void modifyMeasuresTheMsgBodyInUtf8Bytes() {
    // 4,096 three-byte characters are 12,288 bytes of text, well over the limit with the JSON around them.
    List<MsgElement> body = List.of(text("字".repeat(4096)));

    TimValidationException e = refused(() -> client.modifyGroupMsg(modifyGroup(body, null)));

    assertEquals("MsgBody", e.field());
  }

  @Test
  void modifyGroupRejectsMsgSeqZero() {
    ModifyGroupMsgRequest request = ModifyGroupMsgRequest.builder()
        .groupId("@TGS#1HYEP2SHC").msgSeq(0L).cloudCustomData("x").build();

    TimValidationException e = refused(() -> client.modifyGroupMsg(request));

    assertEquals("MsgSeq", e.field());
    assertRule(e, "minimum", "at least 1");
  }

  // ---------------------------------------------------------------- import

  @Test
  void importRejectsZeroMessages() {
    TimValidationException e = refused(() -> client.importGroupMsg(importOf(0)));

    assertEquals("MsgList", e.field());
    assertRule(e, "minItems", "at least 1 element, has 0");
  }

  @Test
  void importRejectsEightMessages() {
    TimValidationException e = refused(() -> client.importGroupMsg(importOf(8)));

    assertEquals("MsgList", e.field());
    assertRule(e, "maxItems", "at most 7 elements, has 8");
  }

  @Test
  void importAcceptsSevenMessages() {
    server.enqueue(importedOk(7));

    ImportResult result = client.importGroupMsg(importOf(7));

    assertEquals(7, result.outcomes().size());
  }

  @Test
  void importRejectsASendTimeInTheFuture() {
    ImportGroupMsgRequest request = withMessages(message(NOW.getEpochSecond() - 10), message(NOW.getEpochSecond() + 1));

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[1].SendTime", e.field());
    assertRule(e, "notInFuture", "future");
  }

  @Test
  void importAcceptsASendTimeOfNow() {
    server.enqueue(importedOk(1));

    client.importGroupMsg(withMessages(message(NOW.getEpochSecond())));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void importJudgesTheFutureByTheInjectedClock() {
    ClientTestSupport.MutableClock clock = new ClientTestSupport.MutableClock(NOW);
    try (TimRestClient clocked = clientFor(server, clock).build()) {
      ImportGroupMsgRequest request = withMessages(message(NOW.getEpochSecond() + 60));
      refused(() -> clocked.importGroupMsg(request));

      clock.advance(Duration.ofMinutes(1));
      server.enqueue(importedOk(1));
      clocked.importGroupMsg(request);

      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void importAcceptsMessagesOfTheSameSecond() {
    ImportGroupMsgRequest request = withMessages(message(1620808101L), message(1620808102L), message(1620808102L));
    server.enqueue(importedOk(3));

    client.importGroupMsg(request);

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void importRejectsADescendingSendTime() {
    ImportGroupMsgRequest request = withMessages(message(1620808101L), message(1620808100L));

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[1].SendTime", e.field());
    assertRule(e, "ascending", "not be earlier than MsgList[0].SendTime");
  }

  @Test
  void importRejectsRandomMinusOne() {
    ImportGroupMsgRequest request = withMessages(message(1620808101L).toBuilder().random(-1L).build());

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[0].Random", e.field());
    assertRule(e, "minimum", "at least 0, was -1");
  }

  @Test
  void importRejectsRandomTwoToTheThirtyTwo() {
    ImportGroupMsgRequest request = withMessages(
        message(1620808101L), message(1620808102L).toBuilder().random(4294967296L).build());

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[1].Random", e.field());
    assertRule(e, "maximum", "at most 4294967295");
  }

  @Test
  void importAcceptsTheRandomBounds() {
    server.enqueue(importedOk(2));

    client.importGroupMsg(withMessages(
        message(1620808101L).toBuilder().random(0L).build(),
        message(1620808102L).toBuilder().random(4294967295L).build()));

    String body = ClientTestSupport.bodyOf(ClientTestSupport.take(server));
    assertTrue(body.contains("\"Random\":0,"), body);
    assertTrue(body.contains("\"Random\":4294967295,"), body);
  }

  @Test
  void importRejectsRecentContactFlagTwo() {
    ImportGroupMsgRequest request = importOf(1).toBuilder().recentContactFlag(2).build();

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("RecentContactFlag", e.field());
    assertRule(e, "enum", "one of 0, 1, was 2");
  }

  @Test
  void importRejectsAnEmptyMsgBody() {
    ImportGroupMsgRequest request = withMessages(message(1620808101L).toBuilder().msgBody(List.of()).build());

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[0].MsgBody", e.field());
  }

  @Test
  void importRejectsAnOversizedMessageNamingIt() {
    ImportGroupMsgRequest request = withMessages(
        message(1620808101L), message(1620808102L).toBuilder().msgBody(bodyOfSerializedSize(MSG_BODY_LIMIT + 1)).build());

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[1].MsgBody", e.field());
  }

  @Test
  void importRejectsTwoCustomElementsInOneMessage() {
    ImportGroupMsgRequest request = withMessages(message(1620808101L).toBuilder().msgBody(List.of(custom("a"), custom("b"))).build());

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[0].MsgBody[1]", e.field());
    assertRule(e, "oneCustomElem", "TIMCustomElem");
  }

  // ---------------------------------------------------------------- async twins

  @Test
  void asyncTwinsFailTheFutureWithoutARequest() {
    assertAsyncRefused(() -> client.modifyC2cMsgAsync(modifyC2c(null, null)), "MsgBody");
    assertAsyncRefused(() -> client.modifyGroupMsgAsync(modifyGroup(List.of(), null)), "MsgBody");
    assertAsyncRefused(() -> client.importGroupMsgAsync(importOf(8)), "MsgList");
  }

  // ---------------------------------------------------------------- the builder

  @Test
  void builderRequiresSdkAppId() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimRestClient.builder()
        .adminIdentifier("admin").secretKey("key").baseUrl(ClientTestSupport.baseUrl(server)).build());

    assertTrue(e.getMessage().contains("sdkAppId"), e.getMessage());
  }

  @Test
  void builderRequiresAdminIdentifier() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimRestClient.builder()
        .sdkAppId(1400000000L).secretKey("key").baseUrl(ClientTestSupport.baseUrl(server)).build());

    assertTrue(e.getMessage().contains("adminIdentifier"), e.getMessage());
  }

  @Test
  void builderRequiresASecretKeyOrSupplier() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimRestClient.builder()
        .sdkAppId(1400000000L).adminIdentifier("admin").baseUrl(ClientTestSupport.baseUrl(server)).build());

    assertTrue(e.getMessage().contains("secretKey"), e.getMessage());
  }

  @Test
  void builderRejectsBothSecretKeyAndSupplier() {
    Supplier<String> supplier = () -> "sig";

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimRestClient.builder()
        .sdkAppId(1400000000L).adminIdentifier("admin").secretKey("key").userSigSupplier(supplier)
        .baseUrl(ClientTestSupport.baseUrl(server)).build());

    assertTrue(e.getMessage().contains("exactly one"), e.getMessage());
  }

  @Test
  void builderRequiresABaseUrl() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimRestClient.builder()
        .sdkAppId(1400000000L).adminIdentifier("admin").secretKey("key").build());

    assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
  }

  @Test
  void builderRejectsPlainHttpToANonLoopbackHost() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimRestClient.builder().baseUrl("http://example.com/"));

    assertTrue(e.getMessage().contains("https"), e.getMessage());
  }

  @Test
  void builderRejectsAReadTimeoutOfThreeSeconds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimRestClient.builder().readTimeout(Duration.ofSeconds(3)));

    assertTrue(e.getMessage().contains("readTimeout"), e.getMessage());
  }

  @Test
  void builderAcceptsAReadTimeoutJustOverThreeSeconds() {
    TimRestClient.builder().readTimeout(Duration.ofMillis(3001));
  }

  @Test
  void builderRejectsANonPositiveSdkAppId() {
    assertThrows(IllegalArgumentException.class, () -> TimRestClient.builder().sdkAppId(0));
    assertThrows(IllegalArgumentException.class, () -> TimRestClient.builder().sdkAppId(-1));
  }

  @Test
  void builderRejectsEmptyCredentials() {
    assertThrows(IllegalArgumentException.class, () -> TimRestClient.builder().adminIdentifier(""));
    assertThrows(IllegalArgumentException.class, () -> TimRestClient.builder().secretKey(""));
  }

  // ---------------------------------------------------------------- helpers

  /** Runs {@code call}, which must be refused, and checks that nothing reached the server. */
  private TimValidationException refused(Executable call) {
    TimValidationException e = assertThrows(TimValidationException.class, call);
    assertEquals(0, server.getRequestCount(), "a refused request must not be sent");
    return e;
  }

  private void assertAsyncRefused(Supplier<CompletableFuture<?>> call, String field) {
    CompletableFuture<?> future = call.get();
    TimValidationException e = ErrorHandlingTest.failureOf(future, TimValidationException.class);
    assertEquals(field, e.field());
    assertEquals(0, server.getRequestCount(), "a refused request must not be sent");
  }

  /** The rule's keyword, and its explanation in the message ({@code field: rule (explanation)}). */
  static void assertRule(TimValidationException e, String rule, String words) {
    assertEquals(rule, e.rule(), e.getMessage());
    assertRuleMentions(e, words);
  }

  /** The message is {@code field: rule (explanation)}; the explanation says the rule in words. */
  static void assertRuleMentions(TimValidationException e, String words) {
    assertTrue(e.getMessage().startsWith(e.field() + ": " + e.rule()), e.getMessage());
    assertTrue(e.getMessage().contains(words), "message '" + e.getMessage() + "' should mention '" + words + "'");
  }

  private static ImportGroupMsgRequest withMessages(ImportMsg... messages) {
    return ImportGroupMsgRequest.builder().groupId("@TGS#2C5SZEAEF").msgList(List.of(messages)).build();
  }

  static TIMCustomElem custom(String data) {
    return TIMCustomElem.builder().msgContent(TIMCustomElemContent.builder().data(data).build()).build();
  }

  /** One text element whose MsgBody serializes to exactly {@code bytes} bytes. */
  static List<MsgElement> bodyOfSerializedSize(int bytes) {
    int overhead = serializedSize(List.of(text("")));
    List<MsgElement> body = List.of(text("a".repeat(bytes - overhead)));
    assertEquals(bytes, serializedSize(body));
    return body;
  }

  private static int serializedSize(List<MsgElement> body) {
    Moshi moshi = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();
    String json = moshi.<List<MsgElement>>adapter(Types.newParameterizedType(List.class, MsgElement.class)).toJson(body);
    return json.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void aRequestTheJsonWriterRefusesIsAValidationFailureBeforeAnyIo() {
    // Built and sent in one step: wherever the non-finite number is refused (the model's builder
    // or the JSON writer), the caller gets a TimValidationException, never an IllegalArgumentException.
    TimValidationException e = assertThrows(TimValidationException.class, () -> client.modifyC2cMsg(
        ClientTestSupport.modifyC2c(List.of(MsgElements.location("x", Double.NaN, 0)), null)));

    assertEquals(0, server.getRequestCount());
    assertFalse(e.rule().isEmpty());
  }
}
