package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
