package io.timrest.it;

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
import io.timrest.migrate.Outcome;
import io.timrest.migrate.RecordType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A migration stopped at any call resumes from its checkpoint and imports every record exactly
 * once. A crash is simulated in the client's HTTP stack ({@link Crash}): the run's k-th call
 * either never leaves (the process died before sending it) or reaches the server, which commits
 * it, and its answer is lost with the process; either way the run stops there, its checkpoint as
 * it was.
 *
 * <p>Resumed at once, the server's 5-minute de-duplication of group messages would hide a batch
 * sent twice; resumed 6 minutes later (the emulator's clock moved on), only the engine's
 * reconciliation with the server keeps a batch that reached the server from being imported again.
 */
class MigrationResumeTest {
  private static final Duration PAST_THE_DEDUP_WINDOW = Duration.ofMinutes(6);

  @TempDir
  Path dir;

  /** A first run sends each step of the plan once and reads nothing back: there is nothing to reconcile. */
  @Test
  void aFirstRunMakesOneCallPerStepOfThePlan() throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      Calls calls = new Calls();
      MigrationSummary summary = migration.run(calls);

      assertEquals(MigrationSummary.Status.COMPLETE, summary.status(), summary::toString);
      assertEquals(Map.of("multiaccount_import", 1, "import_group", 2, "import_group_member", 2, "import_group_msg", 4,
          "importmsg", 6, "set_unread_msg_num", 2), calls.snapshot());
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(migration.history), migration.emulator);
    }
  }

  @TestFactory
  List<DynamicTest> aRunStoppedAtAnyCallResumesAndImportsEveryRecordExactlyOnce() throws IOException {
    int calls;
    try (SampleMigration migration = new SampleMigration(dir.resolve("uninterrupted"))) {
      Calls counted = new Calls();
      MigrationSummary summary = migration.run(counted);
      assertEquals(MigrationSummary.Status.COMPLETE, summary.status(), summary::toString);
      calls = counted.all.get();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (int k = 1; k <= calls; k++) {
      int call = k;
      tests.add(DynamicTest.dynamicTest("crash before sending call " + k + ", resumed at once",
          () -> crashAndResume(call, CrashPoint.BEFORE_SENDING, Duration.ZERO)));
      tests.add(DynamicTest.dynamicTest("crash after the server committed call " + k + ", resumed at once",
          () -> crashAndResume(call, CrashPoint.AFTER_THE_SERVER_COMMITTED, Duration.ZERO)));
      tests.add(DynamicTest.dynamicTest("crash after the server committed call " + k + ", resumed 6 minutes later",
          () -> crashAndResume(call, CrashPoint.AFTER_THE_SERVER_COMMITTED, PAST_THE_DEDUP_WINDOW)));
    }
    return tests;
  }

  private void crashAndResume(int k, CrashPoint point, Duration pause) throws IOException {
    try (SampleMigration migration = new SampleMigration(dir.resolve(point + "-" + k + "-" + pause.toMinutes()))) {
      SimulatedCrash crash = assertThrows(SimulatedCrash.class, () -> migration.run(new Crash(k, point, request -> true)));
      assertTrue(crash.getMessage().startsWith("crashed at call " + k + " "), crash.getMessage());
      migration.clock.advance(pause);

      MigrationSummary resumed = migration.run(new Calls());

      assertEquals(MigrationSummary.Status.COMPLETE, resumed.status(), resumed::toString);
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(migration.history), migration.emulator);
      assertEquals("", Files.readString(migration.report), "the report");
      SampleMigration.records().forEach((type, count) -> assertEquals(count,
          resumed.count(type, Outcome.DONE_EARLIER) + resumed.count(type, Outcome.IMPORTED)
              + resumed.count(type, Outcome.ALREADY_PRESENT),
          () -> type + ": every record is done once, now or earlier\n" + resumed));
    }
  }

  /**
   * The checkpoint is behind the server: the first batch of a group's messages reached it, and
   * the line that would have said so was never written. The resumed run finds the batch on the
   * server instead of sending it again, whether its de-duplication window has passed or not.
   */
  @ParameterizedTest(name = "resumed {0} minutes later")
  @ValueSource(ints = {0, 6})
  void aGroupBatchOnTheServerButNotInTheCheckpointIsFoundByReconciliation(int minutesLater) throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      assertThrows(SimulatedCrash.class,
          () -> migration.run(Crash.atCallOf("import_group_msg", 1, CrashPoint.AFTER_THE_SERVER_COMMITTED)));
      migration.clock.advance(Duration.ofMinutes(minutesLater));

      Calls calls = new Calls();
      MigrationSummary resumed = migration.run(calls);

      assertEquals(MigrationSummary.Status.COMPLETE, resumed.status(), resumed::toString);
      ServerHistory.assertExactlyOnce(ExpectedHistory.of(migration.history), migration.emulator);
      // The checkpoint knew none of the messages: all 20 are done by this run, 7 of them found on
      // the server, so the run sends 3 of the 4 batches, and reads each group back once.
      assertEquals(0, resumed.count(RecordType.GROUP_MSG, Outcome.DONE_EARLIER), resumed::toString);
      assertEquals(20, resumed.count(RecordType.GROUP_MSG, Outcome.IMPORTED), resumed::toString);
      assertEquals(3, calls.of("import_group_msg"), calls.snapshot()::toString);
      assertEquals(2, calls.of("group_msg_get_simple"), calls.snapshot()::toString);
    }
  }
}
