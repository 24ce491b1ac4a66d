package io.timrest;

import static io.timrest.ClientTestSupport.ADMIN;
import static io.timrest.ClientTestSupport.SDK_APP_ID;
import static io.timrest.ClientTestSupport.SECRET_KEY;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.htmlGateway;
import static io.timrest.ClientTestSupport.importedOk;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.seedImport;
import static io.timrest.ClientTestSupport.take;
import static io.timrest.ClientTestSupport.userSigOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link TimRestListener} and the {@code io.timrest} logger see of a call: every attempt with
 * the {@code random} it really sent, every retry with its delay and reason, UserSig renewals,
 * failovers and the call's end; never a credential. And the User-Agent.
 */
class ListenerTest {
  private final MockWebServer server = ClientTestSupport.startServer();
  private final List<Object> events = Collections.synchronizedList(new ArrayList<>());

  private final TimRestListener recorder = new TimRestListener() {
    @Override public void callStarted(CallStarted event) { events.add(event); }
    @Override public void attemptStarted(AttemptStarted event) { events.add(event); }
    @Override public void retryScheduled(RetryScheduled event) { events.add(event); }
    @Override public void userSigRenewed(UserSigRenewed event) { events.add(event); }
    @Override public void failedOver(FailedOver event) { events.add(event); }
    @Override public void callEnded(CallEnded event) { events.add(event); }
  };

  @AfterEach
  void stop() {
    server.close();
  }

  private static long randomOf(RecordedRequest request) {
    return Long.parseLong(request.getUrl().queryParameter("random"));
  }

  @SuppressWarnings("unchecked")
  private <E> List<E> eventsOf(Class<E> type) {
    List<E> matching = new ArrayList<>();
    synchronized (events) {
      for (Object event : events) {
        if (type.isInstance(event)) {
          matching.add((E) event);
        }
      }
    }
    return matching;
  }

  @Test
  void aRetriedCallReportsEachAttemptWithTheRandomItSentAndTheRetryWithItsReason() {
    server.enqueue(htmlGateway(502));
    server.enqueue(importedOk(2));
    try (TimRestClient client = clientFor(server).listener(recorder).build()) {
      ImportResult result = client.importGroupMsg(seedImport());

      long first = randomOf(take(server));
      long second = randomOf(take(server));
      String operation = "v4/group_open_http_svc/import_group_msg";
      assertEquals(new TimRestListener.CallStarted(operation), eventsOf(TimRestListener.CallStarted.class).get(0));
      assertEquals(List.of(new TimRestListener.AttemptStarted(operation, 1, first),
          new TimRestListener.AttemptStarted(operation, 2, second)), eventsOf(TimRestListener.AttemptStarted.class));
      TimRestListener.RetryScheduled retry = eventsOf(TimRestListener.RetryScheduled.class).get(0);
      assertEquals(1, retry.attempt());
      assertEquals(502, ((TimTransportException) retry.reason()).httpStatus().getAsInt());
      TimRestListener.CallEnded end = eventsOf(TimRestListener.CallEnded.class).get(0);
      assertEquals(TimRestListener.Outcome.SUCCESS, end.outcome());
      assertEquals(2, end.attempts());
      assertEquals(OptionalLong.of(second), end.random());
      assertEquals(new TimCall(2, second), result.call());
    }
  }

  @Test
  void everyAnswerCarriesTheCallThatReceivedItWhichEqualityIgnores() {
    server.enqueue(htmlGateway(502));
    server.enqueue(ok());
    try (TimRestClient client = clientFor(server).build()) {
      io.timrest.model.Envelope answer = client.modifyC2cMsg(modifyC2c());

      take(server);
      assertEquals(Optional.of(new TimCall(2, randomOf(take(server)))), answer.call());
      io.timrest.model.Envelope built = answer.toBuilder().build();
      assertEquals(Optional.empty(), built.call(), "a value built by hand was received by no call");
      assertEquals(built, answer, "the call is not part of the answer's value");
    }
  }

  @Test
  void anApiErrorEndsTheCallWithItsCodeAndTheExceptionCarriesTheLastRandom() {
    server.enqueue(ClientTestSupport.fail(20001, "no such message"));
    try (TimRestClient client = clientFor(server).listener(recorder).build()) {
      TimApiException e = assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));

      long sent = randomOf(take(server));
      TimRestListener.CallEnded end = eventsOf(TimRestListener.CallEnded.class).get(0);
      assertEquals(TimRestListener.Outcome.API_ERROR, end.outcome());
      assertEquals(OptionalLong.of(20001), end.errorCode());
      assertEquals(Optional.of(new TimCall(1, sent)), e.call());
      assertTrue(e.getMessage().endsWith("[attempts=1, random=" + sent + "]"), e.getMessage());
    }
  }

  @Test
  void aRejectedUserSigIsRenewedAndReported() {
    server.enqueue(ClientTestSupport.fail(70001, "usersig expired"));
    server.enqueue(ok());
    try (TimRestClient client = clientFor(server).listener(recorder).build()) {
      client.modifyC2cMsg(modifyC2c());

      assertEquals(List.of(new TimRestListener.UserSigRenewed(TimRestListener.RenewalReason.FIRST),
          new TimRestListener.UserSigRenewed(TimRestListener.RenewalReason.REJECTED)),
          eventsOf(TimRestListener.UserSigRenewed.class));
      assertEquals(Duration.ZERO, eventsOf(TimRestListener.RetryScheduled.class).get(0).delay());
    }
  }

  @Test
  void anUnreachablePrimaryIsReportedAsAFailover() throws IOException {
    int unused;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      unused = socket.getLocalPort();
    }
    server.enqueue(ok());
    try (TimRestClient client = TimRestClient.builder().sdkAppId(SDK_APP_ID).adminIdentifier(ADMIN).secretKey(SECRET_KEY)
        .baseUrl("http://127.0.0.1:" + unused + "/", "http://127.0.0.1:" + server.getPort() + "/")
        .listener(recorder).build()) {
      client.modifyC2cMsg(modifyC2c());

      assertEquals(List.of(new TimRestListener.FailedOver("127.0.0.1:" + unused, "127.0.0.1:" + server.getPort())),
          eventsOf(TimRestListener.FailedOver.class));
    }
  }

  @Test
  void aListenerThatThrowsDoesNotChangeTheOutcome() {
    server.enqueue(ok());
    TimRestListener throwing = new TimRestListener() {
      @Override
      public void callEnded(CallEnded event) {
        throw new IllegalStateException("listener bug");
      }
    };
    try (TimRestClient client = clientFor(server).listener(throwing).build()) {
      client.modifyC2cMsg(modifyC2c());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void debugLinesAndEventsNameTheCallsButNoCredential() throws Exception {
    Logger logger = Logger.getLogger("io.timrest");
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    Handler handler = new Handler() {
      @Override public void publish(LogRecord record) { lines.add(record.getMessage()); }
      @Override public void flush() {}
      @Override public void close() {}
    };
    Level before = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
    server.enqueue(ClientTestSupport.fail(70001, "usersig expired"));
    server.enqueue(htmlGateway(502));
    server.enqueue(ok());
    try (TimRestClient client = clientFor(server).listener(recorder).build()) {
      client.modifyC2cMsgAsync(modifyC2c()).get(10, TimeUnit.SECONDS);
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(before);
    }
    List<String> userSigs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      userSigs.add(userSigOf(take(server)));
    }
    assertTrue(lines.stream().anyMatch(line -> line.contains("attempt 3")), lines::toString);
    assertTrue(lines.stream().anyMatch(line -> line.contains("call ended SUCCESS after 3 attempt(s)")), lines::toString);
    List<String> texts = new ArrayList<>(lines);
    synchronized (events) {
      events.forEach(event -> texts.add(event.toString()));
    }
    for (String text : texts) {
      assertFalse(text.contains(SECRET_KEY), text);
      for (String userSig : userSigs) {
        assertFalse(text.contains(userSig), text);
      }
    }
  }

  @Test
  void requestsCarryTheUserAgentWithTheLibraryVersion() {
    server.enqueue(ok());
    try (TimRestClient client = clientFor(server).build()) {
      client.modifyC2cMsg(modifyC2c());
    }
    String userAgent = take(server).getHeaders().get("User-Agent");
    assertTrue(userAgent.matches("timrest/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), userAgent);
  }

  /** The README's example, as written there. */
  @Test
  void theListenerFeedsMicrometerAsTheReadmeShows() {
    MeterRegistry registry = new SimpleMeterRegistry();
    server.enqueue(ok());
    server.enqueue(ClientTestSupport.fail(20001, "no such message"));
    try (TimRestClient client = clientFor(server)
        .listener(new TimRestListener() {
          @Override
          public void callEnded(CallEnded call) {
            Timer.builder("timrest.calls")
                .tag("operation", call.operation())
                .tag("outcome", call.outcome().name())
                .register(registry)
                .record(call.duration());
          }
        })
        .build()) {
      client.modifyC2cMsg(modifyC2c());
      assertThrows(TimApiException.class, () -> client.modifyC2cMsg(modifyC2c()));
    }
    assertEquals(1, registry.get("timrest.calls").tag("outcome", "SUCCESS").timer().count());
    assertEquals(1, registry.get("timrest.calls").tag("outcome", "API_ERROR")
        .tag("operation", "v4/openim/modify_c2c_msg").timer().count());
  }
}
