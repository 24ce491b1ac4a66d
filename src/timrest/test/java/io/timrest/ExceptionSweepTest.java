package io.timrest;

import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.exampleImportC2cMsg;
import static io.timrest.ClientTestSupport.exampleImportGroup;
import static io.timrest.ClientTestSupport.exampleImportGroupMember;
import static io.timrest.ClientTestSupport.exampleMultiaccountImport;
import static io.timrest.ClientTestSupport.exampleSetUnreadMsgNum;
import static io.timrest.ClientTestSupport.helloBody;
import static io.timrest.ClientTestSupport.htmlGateway;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.seedImport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.timrest.model.AccountImportRequest;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.CreateGroupRequest;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendMsgRequest;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every public operation of the client, blocking and async, against every kind of hostile answer
 * and with a null argument (the history streams are read to their first message): nothing but a
 * {@link TimRestException} comes out (a
 * {@link NullPointerException} for null), an async twin fails its future with the exception itself,
 * and nothing hangs. The operations are found by reflection, so a new one without a sample request
 * here fails the sweep.
 */
class ExceptionSweepTest {
  /** Short, since one answer never ends: every operation waits for it once. */
  private static final Duration CALL_TIMEOUT = Duration.ofMillis(300);
  private static final long BOUND_SECONDS = 8;

  /** A valid request for each operation's request type. */
  private static final Map<Class<?>, Object> SAMPLES = samples();

  private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"";

  private MockWebServer server;
  private TimRestClient client;
  private volatile MockResponse current;

  private static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    for (Object request : List.of(
        modifyC2c(), modifyGroup(), seedImport(), exampleMultiaccountImport(), exampleImportGroup(),
        exampleImportGroupMember(), exampleSetUnreadMsgNum(), exampleImportC2cMsg(),
        AccountImportRequest.builder().userID("leckie").build(),
        CreateGroupRequest.builder().type("Public").name("hikers").build(),
        SendGroupMsgRequest.builder().groupId("@TGS#1").random(7L).msgBody(helloBody()).build(),
        GroupMsgGetSimpleRequest.builder().groupId("@TGS#1").reqMsgNumber(20).build(),
        SendMsgRequest.builder().toAccount("peter").msgRandom(7L).msgBody(helloBody()).build(),
        AdminGetRoamMsgRequest.builder().operatorAccount("leckie").peerAccount("peter")
            .maxCnt(20).minTime(1620000000L).maxTime(1620900000L).build())) {
      samples.put(request.getClass(), request);
    }
    return samples;
  }

  /**
   * What a broken network, gateway or server may answer, and no operation may take for an answer.
   * (Answers that break only some operations' results are the result classes' tests.)
   */
  private static Map<String, MockResponse> hostileAnswers() {
    Map<String, MockResponse> answers = new LinkedHashMap<>();
    answers.put("gateway 502", htmlGateway(502));
    answers.put("redirect", new MockResponse.Builder().code(302).setHeader("Location", "/elsewhere").build());
    answers.put("204", new MockResponse.Builder().code(204).build());
    answers.put("empty 200", json(""));
    answers.put("html 200", new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<html>").build());
    answers.put("truncated", json(OK));
    answers.put("array", json("[1,2,3]"));
    answers.put("trailing document", json(OK + "}{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70001}"));
    answers.put("duplicate key", json(OK + ",\"ErrorCode\":70001}"));
    answers.put("ErrorCode as string", json("{\"ActionStatus\":\"OK\",\"ErrorCode\":\"0\"}"));
    answers.put("negative Content-Length", new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(OK + "}").setHeader("Content-Length", "-5").build());
    answers.put("dropped connection",
        new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    answers.put("never ends", new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(OK + "}").headersDelay(1, TimeUnit.HOURS).build());
    return answers;
  }

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer(() -> current);
    client = clientFor(server).retryPolicy(RetryPolicy.none()).callTimeout(CALL_TIMEOUT).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  private static List<Method> operations() {
    List<Method> operations = new ArrayList<>();
    for (Method method : TimRestClient.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 1 && method.getParameterTypes()[0].getPackageName().equals("io.timrest.model")) {
        operations.add(method);
      }
    }
    return operations;
  }

  @Test
  void everyOperationHasASampleAndBothTwins() {
    List<Method> operations = operations();
    for (Method operation : operations) {
      assertTrue(SAMPLES.containsKey(operation.getParameterTypes()[0]), "no sample request for " + operation);
    }
    long async = operations.stream().filter(m -> m.getReturnType() == CompletableFuture.class).count();
    long paging = operations.stream().filter(m -> m.getReturnType() == Stream.class).count();
    assertEquals(SAMPLES.size(), async, "an async twin per request type");
    assertEquals(SAMPLES.size(), operations.size() - async - paging, "a blocking method per request type");
  }

  @Test
  void aNullRequestIsANullPointerExceptionBeforeAnyIo() throws Exception {
    for (Method operation : operations()) {
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> operation.invoke(client, new Object[] {null}), operation::toString);
      assertInstanceOf(NullPointerException.class, e.getCause(), operation::toString);
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void everyHostileAnswerEndsEveryOperationInATimRestException() throws Exception {
    int calls = 0;
    ExecutorService callers = Executors.newCachedThreadPool();
    try {
      for (Map.Entry<String, MockResponse> answer : hostileAnswers().entrySet()) {
        current = answer.getValue();
        // All operations at once against this answer: a slow answer costs its time once.
        Map<String, CompletableFuture<Throwable>> failures = new LinkedHashMap<>();
        for (Method operation : operations()) {
          String what = operation.getName() + " against " + answer.getKey();
          failures.put(what, CompletableFuture.supplyAsync(() -> failureOf(operation, what), callers));
        }
        for (Map.Entry<String, CompletableFuture<Throwable>> call : failures.entrySet()) {
          String what = call.getKey();
          Throwable failure = call.getValue().get(2 * BOUND_SECONDS, TimeUnit.SECONDS);
          if (failure == null) {
            fail("success from " + what);
          }
          assertInstanceOf(TimRestException.class, failure, () -> what + ": " + failure);
          assertTrue(((TimRestException) failure).call().isPresent(), () -> what + " sent nothing");
          calls++;
        }
      }
    } finally {
      callers.shutdownNow();
    }
    assertEquals(hostileAnswers().size() * operations().size(), calls);
  }

  /** The call's failure, unwrapped from reflection and never from a CompletionException; null on success. */
  private Throwable failureOf(Method operation, String what) {
    Object returned;
    try {
      returned = operation.invoke(client, SAMPLES.get(operation.getParameterTypes()[0]));
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    if (returned instanceof Stream) {
      try {
        ((Stream<?>) returned).findFirst(); // a history's first page
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    }
    if (returned instanceof CompletableFuture) {
      try {
        ((CompletableFuture<?>) returned).get(BOUND_SECONDS, TimeUnit.SECONDS);
        return null;
      } catch (ExecutionException e) {
        return e.getCause();
      } catch (TimeoutException e) {
        throw new AssertionError(what + " (async) hangs", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(what + " interrupted", e);
      }
    }
    return null;
  }
}
