package io.timrest.it;

import static io.timrest.it.SampleMigration.bodyOf;
import static io.timrest.it.SampleMigration.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.emulator.SampleHistory;
import io.timrest.it.SampleMigration.Calls;
import io.timrest.it.SampleMigration.Crash;
import io.timrest.it.SampleMigration.CrashPoint;
import io.timrest.it.SampleMigration.SimulatedCrash;
import io.timrest.migrate.MigrationSummary;
import io.timrest.migrate.Outcome;
import io.timrest.migrate.RecordType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.Interceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records the server refuses, here those of a group whose GroupId an AVChatRoom created before
 * the migration already uses: each is reported once with the server's code, and no later run of
 * the same migration says that everything is imported.
 */
class RefusedRecordsTest {
  private static final int REFUSED = SampleMigration.SECOND_GROUP_RECORDS;

  @TempDir
  Path dir;

  @Test
  void aGroupThatCannotReceiveImportsIsReportedWholeAfterOneRefusal() throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      migration.createTheSecondGroupAsAnAvChatRoom();
      Calls calls = new Calls();

      MigrationSummary summary = migration.run(calls);

      assertEquals(MigrationSummary.Status.SOME_FAILED, summary.status(), summary::toString);
      assertEquals(REFUSED, summary.count(Outcome.FAILED), summary::toString);
      assertEquals(REFUSED, migration.reportLines().size(), () -> String.join("\n", migration.reportLines()));
      assertTrue(migration.reportLines().stream().allMatch(line -> line.contains("\"code\":10007")),
          () -> String.join("\n", migration.reportLines()));
      // The first group's 2 batches and 1 unread count; of the second group only the refused
      // members' call: after a 10007 the rest of its lane fails without calls.
      assertEquals(Map.of("multiaccount_import", 1, "import_group", 2, "import_group_member", 2, "import_group_msg", 2,
          "importmsg", 6, "set_unread_msg_num", 1), calls.snapshot());
    }
  }

  @Test
  void runningAgainAfterRefusalsStillSaysSomeRecordsAreNotImported() throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      migration.createTheSecondGroupAsAnAvChatRoom();
      MigrationSummary first = migration.run(new Calls());
      assertEquals(MigrationSummary.Status.SOME_FAILED, first.status(), first::toString);

      Calls calls = new Calls();
      MigrationSummary again = migration.run(calls);

      assertEquals(MigrationSummary.Status.SOME_FAILED, again.status(), again::toString);
      assertTrue(again.detail().startsWith(REFUSED + " record(s) not imported"), again::detail);
      assertEquals(Map.of(), calls.snapshot(), "calls of the run again");
      assertEquals(REFUSED, migration.reportLines().size(), () -> String.join("\n", migration.reportLines()));
    }
  }

  @Test
  void aRunResumedAfterACrashCountsTheRefusalsOfTheRunItResumes() throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      migration.createTheSecondGroupAsAnAvChatRoom();
      // The only set_unread_msg_num call, the first group's, is the run's last: the second
      // group's lane, refused, is done and in the checkpoint by then.
      assertThrows(SimulatedCrash.class,
          () -> migration.run(Crash.atCallOf("set_unread_msg_num", 1, CrashPoint.BEFORE_SENDING)));

      MigrationSummary resumed = migration.run(new Calls());

      assertEquals(MigrationSummary.Status.SOME_FAILED, resumed.status(), resumed::toString);
      assertEquals(1, resumed.count(RecordType.UNREAD, Outcome.IMPORTED), resumed::toString);
      assertEquals(0, resumed.count(Outcome.FAILED), resumed::toString);
      assertEquals(REFUSED, migration.reportLines().size(), () -> String.join("\n", migration.reportLines()));
    }
  }

  /** A group import_group refuses is reported with everything of its lane once: a later run does not try it again. */
  @Test
  void aRefusedGroupIsReportedOnceAcrossRuns() throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      // A 10004 for the second group's import_group, and for nothing else (faults 0.0 and 1.0 draw nothing).
      Interceptor refuseTheSecondGroup = chain -> {
        if (chain.request().url().encodedPath().endsWith("/import_group")
            && bodyOf(chain.request()).contains(SampleHistory.groupId(1))) {
          return refusal(chain.request(), 10004, "invalid parameter (simulated)");
        }
        return chain.proceed(chain.request());
      };
      MigrationSummary first = migration.run(refuseTheSecondGroup);
      assertEquals(1 + REFUSED, first.count(Outcome.FAILED), first::toString);

      Calls calls = new Calls();
      MigrationSummary again = migration.run(calls);

      assertEquals(MigrationSummary.Status.SOME_FAILED, again.status(), again::toString);
      assertEquals(Map.of(), calls.snapshot(), "calls of the run again");
      assertEquals(1 + REFUSED, migration.reportLines().size(), () -> String.join("\n", migration.reportLines()));
    }
  }
}
