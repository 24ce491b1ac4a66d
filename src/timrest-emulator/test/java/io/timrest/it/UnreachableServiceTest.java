package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.it.SampleMigration.Calls;
import io.timrest.it.SampleMigration.Crash;
import io.timrest.it.SampleMigration.CrashPoint;
import io.timrest.it.SampleMigration.SimulatedCrash;
import io.timrest.it.history.ExpectedHistory;
import io.timrest.it.history.ServerHistory;
import io.timrest.migrate.MigrationSummary;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service that does not answer a single call of a run (a wrong URL, a service that is down)
 * stops the run after two failed calls, with the checkpoint as it was; the patience for a
 * service that goes away in the middle of a run (8 failures in a row, about a minute) is for
 * outages, not for a service that was never there.
 */
class UnreachableServiceTest {
  @TempDir
  Path dir;

  @Test
  void aServiceThatAnswersNoCallStopsTheRunAtOnceAndTheCheckpointIsKept() throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      assertThrows(SimulatedCrash.class, () -> migration.run(Crash.atCallOf("import_group_msg", 1, CrashPoint.BEFORE_SENDING)));
      byte[] checkpoint = Files.readAllBytes(migration.checkpoint);
      AtomicInteger attempts = new AtomicInteger();
      Interceptor refused = chain -> {
        attempts.incrementAndGet();
        throw new ConnectException("Failed to connect to 127.0.0.1 (simulated)");
      };

      MigrationSummary unreachable = migration.run(refused);

      assertEquals(MigrationSummary.Status.TRANSPORT_FAILURE, unreachable.status(), unreachable::toString);
      assertTrue(unreachable.detail().contains("the service answered no call"), unreachable::detail);
      assertEquals(6, attempts.get(), "two calls, the client's 3 attempts each");
      assertArrayEquals(checkpoint, Files.readAllBytes(migration.checkpoint), "the checkpoint");

      MigrationSummary resumed = migration.run(new Calls());

      assertEquals(MigrationSummary.Status.COMPLETE, resumed.status(), resumed::toString);
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(migration.history), migration.emulator);
    }
  }
}
