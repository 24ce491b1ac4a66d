package io.timrest;

import static io.timrest.ClientTestSupport.bodyOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.exampleImportC2cMsg;
import static io.timrest.ClientTestSupport.exampleImportC2cMsgWithoutSeqAndRandom;
import static io.timrest.ClientTestSupport.fail;
import static io.timrest.ClientTestSupport.htmlGateway;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.golden.Golden;
import io.timrest.model.ImportC2cMsgRequest;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * importmsg names a message by MsgSeq, MsgRandom and MsgTimeStamp: the client fills in a missing
 * MsgSeq or MsgRandom once, before the first attempt, so that every retry repeats the same message.
 */
class C2cImportTest {
  private static final long MAX_UINT32 = 4294967295L;

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

  // ---------------------------------------------------------------- filling in

  @Test
  void missingMsgSeqAndMsgRandomAreFilledBeforeTheFirstAttemptAndRepeatedOnEveryRetry() {
    server.enqueue(fail(91000, "internal service error"));
    server.enqueue(htmlGateway(502));
    server.enqueue(ok());

    C2cImportResult result = client.importC2cMsg(exampleImportC2cMsgWithoutSeqAndRandom());

    assertEquals(3, server.getRequestCount());
    byte[] first = take(server).getBody().toByteArray();
    byte[] second = take(server).getBody().toByteArray();
    byte[] third = take(server).getBody().toByteArray();
    assertArrayEquals(first, second);
    assertArrayEquals(first, third);
    String body = new String(first, StandardCharsets.UTF_8);
    long msgSeq = result.request().msgSeq().orElseThrow();
    long msgRandom = result.request().msgRandom().orElseThrow();
    assertEquals(OptionalLong.of(msgSeq), number(body, "MsgSeq"));
    assertEquals(OptionalLong.of(msgRandom), number(body, "MsgRandom"));
    assertUint32(msgSeq);
    assertUint32(msgRandom);
  }

  @Test
  void asyncFillsBeforeTheFirstAttemptAndRepeatsTheSameBodyOnRetry() throws Exception {
    server.enqueue(htmlGateway(502));
    server.enqueue(fail(90992, "internal service error"));
    server.enqueue(ok());

    C2cImportResult result = client.importC2cMsgAsync(exampleImportC2cMsgWithoutSeqAndRandom()).get(10, TimeUnit.SECONDS);

    assertEquals(3, server.getRequestCount());
    byte[] first = take(server).getBody().toByteArray();
    assertArrayEquals(first, take(server).getBody().toByteArray());
    assertArrayEquals(first, take(server).getBody().toByteArray());
    String body = new String(first, StandardCharsets.UTF_8);
    assertEquals(OptionalLong.of(result.request().msgSeq().orElseThrow()), number(body, "MsgSeq"));
    assertEquals(OptionalLong.of(result.request().msgRandom().orElseThrow()), number(body, "MsgRandom"));
  }

  @Test
  void filledRequestIsTheSpecExampleWithTheTwoValuesAdded() {
    server.enqueue(ok());

    C2cImportResult result = client.importC2cMsg(exampleImportC2cMsgWithoutSeqAndRandom());

    String expected = Golden.read("spec/importmsg.request.json")
        .replace("\"MsgSeq\": 93847636,", "\"MsgSeq\": " + result.request().msgSeq().orElseThrow() + ",")
        .replace("\"MsgRandom\": 1287657,", "\"MsgRandom\": " + result.request().msgRandom().orElseThrow() + ",");
    Golden.assertJsonEqualsInKeyOrder(expected, bodyOf(take(server)));
  }

  @Test
  void missingMsgRandomAloneIsFilledAndTheGivenMsgSeqSentUnchanged() {
    server.enqueue(ok());

    C2cImportResult result = client.importC2cMsg(exampleImportC2cMsg().toBuilder().msgRandom(null).build());

    String body = bodyOf(take(server));
    assertEquals(OptionalLong.of(93847636L), number(body, "MsgSeq"));
    long msgRandom = result.request().msgRandom().orElseThrow();
    assertEquals(OptionalLong.of(msgRandom), number(body, "MsgRandom"));
    assertUint32(msgRandom);
  }

  @Test
  void missingMsgSeqAloneIsFilledAndTheGivenMsgRandomSentUnchanged() {
    server.enqueue(ok());

    C2cImportResult result = client.importC2cMsg(exampleImportC2cMsg().toBuilder().msgSeq(null).build());

    String body = bodyOf(take(server));
    assertEquals(OptionalLong.of(1287657L), number(body, "MsgRandom"));
    long msgSeq = result.request().msgSeq().orElseThrow();
    assertEquals(OptionalLong.of(msgSeq), number(body, "MsgSeq"));
    assertUint32(msgSeq);
  }

  @Test
  void givenMsgSeqAndMsgRandomAreSentUnchangedOnEveryAttempt() {
    server.enqueue(fail(91000, "internal service error"));
    server.enqueue(ok());
    ImportC2cMsgRequest request = exampleImportC2cMsg();

    C2cImportResult result = client.importC2cMsg(request);

    Golden.assertJsonEqualsInKeyOrder(Golden.read("spec/importmsg.request.json"), bodyOf(take(server)));
    Golden.assertJsonEqualsInKeyOrder(Golden.read("spec/importmsg.request.json"), bodyOf(take(server)));
    assertEquals(request, result.request());
  }

  @Test
  void twoImportsOfEqualRequestsGetTheSameFilledValues() {
    server.enqueue(ok());
    server.enqueue(ok());

    C2cImportResult first = client.importC2cMsg(exampleImportC2cMsgWithoutSeqAndRandom());
    C2cImportResult second = client.importC2cMsg(exampleImportC2cMsgWithoutSeqAndRandom());

    assertEquals(first.msgKey(), second.msgKey(), "an equal request sent again is the same message, de-duplicated");
    assertEquals(bodyOf(take(server)), bodyOf(take(server)));
  }


  // ---------------------------------------------------------------- the message's key

  @Test
  void msgKeyIsMsgSeqMsgRandomAndMsgTimeStampOfWhatWasSent() {
    server.enqueue(ok());

    C2cImportResult result = client.importC2cMsg(exampleImportC2cMsgWithoutSeqAndRandom());

    String body = bodyOf(take(server));
    String sent = number(body, "MsgSeq").orElseThrow() + "_" + number(body, "MsgRandom").orElseThrow() + "_"
        + number(body, "MsgTimeStamp").orElseThrow();
    assertEquals(sent, result.msgKey());
    assertTrue(result.msgKey().endsWith("_1556178721"), result.msgKey());
  }

  @Test
  void msgKeyOfTheSpecExampleIsItsThreeValues() {
    server.enqueue(ok());

    C2cImportResult result = client.importC2cMsg(exampleImportC2cMsg());

    assertEquals("93847636_1287657_1556178721", result.msgKey());
    assertTrue(result.toString().contains("MsgKey=93847636_1287657_1556178721"), result.toString());
  }

  @Test
  void asyncMsgKeyIsOfWhatWasSent() throws Exception {
    server.enqueue(ok());

    C2cImportResult result = client.importC2cMsgAsync(exampleImportC2cMsgWithoutSeqAndRandom()).get(10, TimeUnit.SECONDS);

    String body = bodyOf(take(server));
    assertEquals(number(body, "MsgSeq").orElseThrow() + "_" + number(body, "MsgRandom").orElseThrow() + "_1556178721",
        result.msgKey());
  }

  // ---------------------------------------------------------------- helpers

  /** The one value of {@code "name":<digits>} in {@code body}, if any. */
  private static OptionalLong number(String body, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(body);
    if (!matcher.find()) {
      return OptionalLong.empty();
    }
    long value = Long.parseLong(matcher.group(1));
    assertFalse(matcher.find(), name + " appears once in " + body);
    return OptionalLong.of(value);
  }

  private static void assertUint32(long value) {
    assertTrue(value >= 0 && value <= MAX_UINT32, value + " is a uint32");
  }
}
