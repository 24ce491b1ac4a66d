package io.timrest;

import static io.timrest.ClientTestSupport.ADMIN;
import static io.timrest.ClientTestSupport.NOW;
import static io.timrest.ClientTestSupport.SDK_APP_ID;
import static io.timrest.ClientTestSupport.SECRET_KEY;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.importOf;
import static io.timrest.ClientTestSupport.importedOk;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.userSigOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One client is shared by many threads: every call succeeds, and they all use one UserSig. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 25;

  private MockWebServer server;
  private final Set<String> userSigsSeen = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        userSigsSeen.add(userSigOf(request));
        return request.getUrl().encodedPath().endsWith("/import_group_msg") ? importedOk(1) : ok();
      }
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void eightThreadsShareOneClientAndOneUserSig() throws Exception {
    try (TimRestClient client = clientFor(server).build()) {
      int succeeded = callFromManyThreads(client);

      assertEquals(THREADS * CALLS_PER_THREAD, succeeded);
      assertEquals(THREADS * CALLS_PER_THREAD, server.getRequestCount());
      assertEquals(1, userSigsSeen.size(), "all requests carry the same usersig");
      String userSig = userSigsSeen.iterator().next();
      assertTrue(UserSig.verify(userSig, SDK_APP_ID, SECRET_KEY, ADMIN, Clock.fixed(NOW, ZoneOffset.UTC)).isValid());
    }
  }

  @Test
  void theUserSigIsSignedOnceForAllThreads() throws Exception {
    AtomicInteger signings = new AtomicInteger();
    // The system clock: with a fixed one, signing twice would give the same text and hide a second signing.
    try (TimRestClient client = TimRestClient.builder()
        .sdkAppId(SDK_APP_ID)
        .adminIdentifier(ADMIN)
        .userSigSupplier(() -> {
          signings.incrementAndGet();
          return UserSig.generate(SDK_APP_ID, SECRET_KEY, ADMIN, Duration.ofDays(1), Clock.systemUTC());
        })
        .baseUrl(ClientTestSupport.baseUrl(server))
        .retryPolicy(ClientTestSupport.FAST_RETRIES)
        .build()) {
      int succeeded = callFromManyThreads(client);

      assertEquals(THREADS * CALLS_PER_THREAD, succeeded);
      assertEquals(1, signings.get(), "signed once");
      assertEquals(1, userSigsSeen.size());
    }
  }

  @Test
  void anExpiredUserSigIsRenewedOnceForAllThreads() throws Exception {
    Set<String> rejected = ConcurrentHashMap.newKeySet();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String userSig = userSigOf(request);
        userSigsSeen.add(userSig);
        // The first UserSig the server sees has expired; any other is fine.
        if (rejected.isEmpty()) {
          rejected.add(userSig);
        }
        if (rejected.contains(userSig)) {
          return ClientTestSupport.fail(70001, "usersig expired");
        }
        return request.getUrl().encodedPath().endsWith("/import_group_msg") ? importedOk(1) : ok();
      }
    });
    try (TimRestClient client = clientFor(server).build()) {
      int succeeded = callFromManyThreads(client);

      assertEquals(THREADS * CALLS_PER_THREAD, succeeded);
      assertEquals(2, userSigsSeen.size(), "the expired UserSig and the one that replaced it");
    }
  }

  @Test
  void manyAsyncCallsInFlightAllSucceed() throws Exception {
    try (TimRestClient client = clientFor(server).build()) {
      List<CompletableFuture<?>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS * CALLS_PER_THREAD; i++) {
        futures.add(i % 2 == 0 ? client.modifyC2cMsgAsync(modifyC2c()) : client.importGroupMsgAsync(importOf(1)));
      }

      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);

      assertEquals(THREADS * CALLS_PER_THREAD, server.getRequestCount());
      assertEquals(1, userSigsSeen.size());
    }
  }

  /** THREADS threads, started together, each making CALLS_PER_THREAD calls of all three kinds; returns the successes. */
  private static int callFromManyThreads(TimRestClient client) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch startTogether = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(threads.submit(() -> {
          startTogether.await();
          int done = 0;
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            switch (i % 3) {
              case 0 -> client.modifyC2cMsg(modifyC2c());
              case 1 -> client.modifyGroupMsg(modifyGroup());
              default -> assertEquals(1, client.importGroupMsg(importOf(1)).outcomes().size());
            }
            done++;
          }
          return done;
        }));
      }
      startTogether.countDown();
      int succeeded = 0;
      for (Future<Integer> result : results) {
        succeeded += result.get(60, TimeUnit.SECONDS);
      }
      return succeeded;
    } finally {
      threads.shutdownNow();
    }
  }
}
