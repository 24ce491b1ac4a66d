package io.timrest;

import static io.timrest.ClientTestSupport.ADMIN;
import static io.timrest.ClientTestSupport.NOW;
import static io.timrest.ClientTestSupport.SDK_APP_ID;
import static io.timrest.ClientTestSupport.SECRET_KEY;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.fail;
import static io.timrest.ClientTestSupport.importOf;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.userSigOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Neither the secret key nor a UserSig that was sent appears in any text the client produces. */
class CredentialLeakTest {
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

  @Test
  void noExceptionOfAnyErrorScenarioContainsACredential() throws Exception {
    List<Throwable> failures = new ArrayList<>();
    CapturedOutput output = CapturedOutput.during(() -> {
      Logger.getLogger("io.timrest.test").fine("capture check");
      System.err.println("capture check");
      System.out.println("capture check");
      failures.addAll(failEveryWay());
    });

    Set<String> userSigs = userSigsSent();
    assertFalse(userSigs.isEmpty());
    assertEquals(ErrorScenarios.COUNT, failures.size(), "every scenario failed");
    for (Throwable failure : failures) {
      assertNoCredential(everythingPrintedAbout(failure), userSigs);
    }
    assertTrue(output.logs().contains("capture check") && output.stderr().contains("capture check")
        && output.stdout().contains("capture check"), "the capture works");
    assertNoCredential(output.logs(), userSigs);
    assertNoCredential(output.stdout(), userSigs);
    assertNoCredential(output.stderr(), userSigs);
  }

  @Test
  void validationFailureContainsNoCredential() {
    server.enqueue(ClientTestSupport.ok());
    client.modifyC2cMsg(modifyC2c());
    Set<String> userSigs = userSigsSent();

    TimValidationException e = assertThrows(
        TimValidationException.class, () -> client.importGroupMsg(importOf(8)));

    assertNoCredential(everythingPrintedAbout(e), userSigs);
  }

  @Test
  void importFailureContainsNoCredential() {
    server.enqueue(json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ImportMsgResult\":[{\"Result\":80001}]}"));
    ImportResult result = client.importGroupMsg(importOf(1));
    Set<String> userSigs = userSigsSent();

    TimImportException e = assertThrows(TimImportException.class, result::requireAllImported);

    assertNoCredential(everythingPrintedAbout(e), userSigs);
    assertNoCredential(result.toString(), userSigs);
  }

  @Test
  void toStringsContainNoCredential() {
    server.enqueue(ClientTestSupport.ok());
    client.modifyC2cMsg(modifyC2c());
    Set<String> userSigs = userSigsSent();
    TimRestClient.Builder builder = clientFor(server);
    CachedUserSig cached = CachedUserSig.signing(SDK_APP_ID, SECRET_KEY, ADMIN, Duration.ofDays(1),
        Clock.fixed(NOW, ZoneOffset.UTC), CallEvents.NONE);
    userSigs.add(cached.current());
    QueryAuthentication authentication = new QueryAuthentication(SDK_APP_ID, ADMIN, cached);

    assertNoCredential(client.toString(), userSigs);
    assertNoCredential(builder.toString(), userSigs);
    assertNoCredential(cached.toString(), userSigs);
    assertNoCredential(authentication.toString(), userSigs);
    assertTrue(builder.toString().contains("secretKey=set"), builder.toString());
  }

  @Test
  void suppliedUserSigBuilderToStringContainsNoCredential() {
    String userSig = CachedUserSig.signing(SDK_APP_ID, SECRET_KEY, ADMIN, Duration.ofDays(1), Clock.systemUTC(), CallEvents.NONE).current();
    Supplier<String> supplier = () -> userSig;

    TimRestClient.Builder builder = TimRestClient.builder().sdkAppId(SDK_APP_ID).adminIdentifier(ADMIN)
        .userSigSupplier(supplier).baseUrl(ClientTestSupport.baseUrl(server));

    assertNoCredential(builder.toString(), Set.of(userSig));
    try (TimRestClient supplied = builder.build()) {
      assertNoCredential(supplied.toString(), Set.of(userSig));
    }
  }

  /** Each scenario of ErrorHandlingTest, RetryTest and ImportResultTest, sync and async; returns what each threw. */
  private List<Throwable> failEveryWay() {
    List<Throwable> failures = new ArrayList<>();
    for (ErrorScenarios scenario : ErrorScenarios.values()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return scenario.response(CredentialLeakTest.this);
        }
      });
      failures.add(thrownBy(() -> client.modifyC2cMsg(modifyC2c())));
      failures.add(thrownByFuture(() -> client.modifyGroupMsgAsync(modifyGroup()).get(10, TimeUnit.SECONDS)));
    }
    return failures;
  }

  /** The 502 page and the 200 page echo the request URL, UserSig included, as some gateways do. */
  enum ErrorScenarios {
    FAIL_ENVELOPE {
      @Override
      MockResponse response(CredentialLeakTest test) {
        return fail(90001, "json parse error");
      }
    },
    EXPIRED_USERSIG {
      @Override
      MockResponse response(CredentialLeakTest test) {
        return fail(70001, "usersig expired");
      }
    },
    GATEWAY_PAGE_ECHOING_THE_URL {
      @Override
      MockResponse response(CredentialLeakTest test) {
        return new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
            .body("<html>502 Bad Gateway for " + test.lastUserSigEcho() + "</html>").build();
      }
    },
    OK_STATUS_WITH_HTML_ECHOING_THE_URL {
      @Override
      MockResponse response(CredentialLeakTest test) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
            .body("<html>proxy page for " + test.lastUserSigEcho() + "</html>").build();
      }
    },
    TRUNCATED_JSON {
      @Override
      MockResponse response(CredentialLeakTest test) {
        return json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"Error");
      }
    },
    EMPTY_BODY {
      @Override
      MockResponse response(CredentialLeakTest test) {
        return json("");
      }
    },
    DROPPED_CONNECTION {
      @Override
      MockResponse response(CredentialLeakTest test) {
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      }
    };

    static final int COUNT = 2 * values().length;

    abstract MockResponse response(CredentialLeakTest test);
  }

  /** What a proxy would echo: the query string with the UserSig this client signs. */
  private String lastUserSigEcho() {
    CachedUserSig same = CachedUserSig.signing(SDK_APP_ID, SECRET_KEY, ADMIN, Duration.ofDays(1),
        Clock.fixed(NOW, ZoneOffset.UTC), CallEvents.NONE);
    return "/v4/openim/modify_c2c_msg?usersig=" + same.current() + "&key=" + SECRET_KEY;
  }

  private final List<RecordedRequest> recorded = new ArrayList<>();

  private Set<String> userSigsSent() {
    Set<String> userSigs = new LinkedHashSet<>();
    RecordedRequest request;
    try {
      while ((request = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
        recorded.add(request);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (RecordedRequest r : recorded) {
      String userSig = userSigOf(r);
      assertNotNull(userSig);
      userSigs.add(userSig);
    }
    return userSigs;
  }

  private static Throwable thrownBy(Runnable call) {
    try {
      call.run();
    } catch (TimRestException e) {
      return e;
    }
    return fail("the call should have failed");
  }

  private interface FutureCall {
    Object get() throws Exception;
  }

  private static Throwable thrownByFuture(FutureCall call) {
    try {
      call.get();
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return fail("the future should have failed with an ExecutionException", e);
    }
    return fail("the future should have failed");
  }

  /** The message, toString() and stack trace of {@code failure} and all its causes and suppressed exceptions. */
  private static String everythingPrintedAbout(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append('\n').append(String.valueOf(t.getMessage())).append('\n').append(t.toString());
      text.append('\n').append(String.valueOf(t.getLocalizedMessage()));
    }
    return text.toString();
  }

  private static void assertNoCredential(String text, Set<String> userSigs) {
    assertFalse(text.contains(SECRET_KEY), () -> "the secret key leaked into: " + text);
    assertFalse(text.contains("SECRETKEY-c0ffee"), () -> "part of the secret key leaked into: " + text);
    for (String userSig : userSigs) {
      assertFalse(text.contains(userSig), () -> "a UserSig leaked into: " + text);
      // A UserSig may also appear URL-encoded or cut short.
      assertFalse(text.contains(userSig.substring(0, 24)), () -> "the start of a UserSig leaked into: " + text);
    }
  }

  /** java.util.logging output (except the test server's own) and System.out/System.err, while a call runs. */
  private static final class CapturedOutput {
    private final StringBuilder logs = new StringBuilder();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    static CapturedOutput during(Runnable action) {
      CapturedOutput output = new CapturedOutput();
      Logger root = Logger.getLogger("");
      Level rootLevel = root.getLevel();
      Logger okhttp = Logger.getLogger("okhttp3");
      Level okhttpLevel = okhttp.getLevel();
      SimpleFormatter formatter = new SimpleFormatter();
      Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
          // MockWebServer logs each request line it receives: that is the test server, not the client.
          if (record.getLoggerName() != null && record.getLoggerName().startsWith("mockwebserver3")) {
            return;
          }
          synchronized (output.logs) {
            output.logs.append(formatter.format(record));
          }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
      };
      handler.setLevel(Level.ALL);
      PrintStream originalOut = System.out;
      PrintStream originalErr = System.err;
      root.addHandler(handler);
      root.setLevel(Level.ALL);
      okhttp.setLevel(Level.ALL);
      System.setOut(new PrintStream(output.stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(output.stderr, true, StandardCharsets.UTF_8));
      try {
        action.run();
      } finally {
        System.setOut(originalOut);
        System.setErr(originalErr);
        root.removeHandler(handler);
        root.setLevel(rootLevel);
        okhttp.setLevel(okhttpLevel);
      }
      return output;
    }

    String logs() {
      synchronized (logs) {
        return logs.toString();
      }
    }

    String stdout() {
      return stdout.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }
}
