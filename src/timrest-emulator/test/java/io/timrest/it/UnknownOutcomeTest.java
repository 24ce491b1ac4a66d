package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.timrest.RetryPolicy;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.MutableClock;
import io.timrest.emulator.SampleHistory;
import io.timrest.emulator.TimEmulator;
import io.timrest.it.history.ExpectedHistory;
import io.timrest.it.history.ServerHistory;
import io.timrest.migrate.Migration;
import io.timrest.migrate.MigrationSummary;
import io.timrest.migrate.Outcome;
import io.timrest.migrate.RecordType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group batch whose outcome is unknown within one run is read back before it is sent again,
 * whatever said so: a broken connection, or a retryable error code, which does not promise that
 * nothing was stored (an internal error or a timeout of the backend may come after the commit,
 * and the client's earlier attempts may have committed). The re-send comes more than 5 minutes
 * later here, so the server's de-duplication cannot hide a duplicate.
 */
class UnknownOutcomeTest {
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

  @TempDir
  Path dir;

  @Test
  void aBatchAnsweredWithARetryableErrorAfterTheServerStoredItIsNotImportedTwice() throws IOException {
    Path history = dir.resolve("history.jsonl");
    new SampleHistory(1, 10, 2, 0, 0, SampleHistory.Order.GROUPED, NOW).write(history);
    MutableClock clock = MutableClock.at(NOW);
    AtomicInteger batches = new AtomicInteger();
    // The first batch is stored, and its answer is an internal error that arrives 6 minutes late.
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
      Response response = chain.proceed(chain.request());
      if (!chain.request().url().encodedPath().endsWith("/import_group_msg") || batches.incrementAndGet() > 1) {
        return response;
      }
      response.close();
      clock.advance(Duration.ofMinutes(6));
      return SampleMigration.refusal(chain.request(), 10002, "internal error, please retry");
    }).build();
    Path report = dir.resolve("report.jsonl");
    try (TimEmulator emulator = TimEmulator.start(EmulatorConfig.builder().clock(clock).build());
        TimRestClient client = emulator.clientBuilder()
            .okHttpClient(http)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      MigrationSummary summary = Migration.builder()
          .client(client).input(history).checkpoint(dir.resolve("history.checkpoint")).report(report).clock(clock)
          .build().run();

      assertEquals(MigrationSummary.Status.COMPLETE, summary.status(), summary::toString);
      assertEquals("", Files.readString(report), "the report");
      assertEquals(10, summary.count(RecordType.GROUP_MSG, Outcome.IMPORTED), summary::toString);
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(history), emulator);
    } finally {
      http.connectionPool().evictAll();
    }
  }
}
