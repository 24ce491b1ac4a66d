package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.TimRestClient;
import io.timrest.emulator.SampleHistory;
import io.timrest.it.SampleMigration.Calls;
import io.timrest.it.SampleMigration.Crash;
import io.timrest.it.SampleMigration.CrashPoint;
import io.timrest.it.SampleMigration.SimulatedCrash;
import io.timrest.it.history.ExpectedHistory;
import io.timrest.it.history.ServerHistory;
import io.timrest.migrate.MigrationSummary;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.SetUnreadMsgNumRequest;
import io.timrest.model.TIMTextElem;
import io.timrest.model.TIMTextElemContent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of the migration tests finds what is wrong on the server: it can fail, and says why. */
class ServerHistoryTest {
  @TempDir
  Path dir;

  @Test
  void aMessageImportedTwiceAndAWrongUnreadCountAreNamed() throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      MigrationSummary summary = migration.run(new Calls());
      assertEquals(MigrationSummary.Status.COMPLETE, summary.status(), summary::toString);
      ExpectedHistory expected = ExpectedHistory.of(migration.history);
      assertEquals(List.of(), ServerHistory.differences(expected, migration.emulator));
      OkHttpClient http = new OkHttpClient();
      try (TimRestClient client = migration.client(http)) {
        // The last message of the first group once more, with another Random: the server takes it.
        long lastSendTime = migration.clock.instant().getEpochSecond() - 3600;
        client.importGroupMsg(ImportGroupMsgRequest.builder().groupId(SampleHistory.groupId(0)).msgList(List.of(
            ImportMsg.builder().fromAccount(SampleHistory.user(1)).sendTime(lastSendTime).random(1L).msgBody(List.of(
                TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text("message 9 of group 0").build()).build()))
                .build())).build());
        client.setUnreadMsgNum(SetUnreadMsgNumRequest.builder()
            .groupId(SampleHistory.groupId(1)).memberAccount(SampleHistory.user(1)).unreadMsgNum(0).build());
      } finally {
        http.connectionPool().evictAll();
      }

      List<String> differences = ServerHistory.differences(expected, migration.emulator);

      assertEquals(List.of(
          "group sample-0: 11 message(s) instead of 10, duplicated: [message 9 of group 0 (2 times)]",
          "group sample-0: user1 has 0 unread instead of 3",
          "group sample-1: user1 has 0 unread instead of 3"), differences);
    }
  }

  @Test
  void aMigrationStoppedEarlyLeavesMissingMessagesAndMembersAndAGroupThatCannotBeRead() throws IOException {
    try (SampleMigration migration = new SampleMigration(dir)) {
      migration.createTheSecondGroupAsAnAvChatRoom();
      // Stopped before the first members: the groups exist, each conversation has its first message.
      assertThrows(SimulatedCrash.class,
          () -> migration.run(Crash.atCallOf("import_group_member", 1, CrashPoint.BEFORE_SENDING)));

      List<String> differences = ServerHistory.differences(ExpectedHistory.of(migration.history), migration.emulator);

      assertEquals(List.of(
          "group sample-0: 0 message(s) instead of 10, missing: [message 0 of group 0, message 1 of group 0,"
              + " message 2 of group 0, message 3 of group 0, message 4 of group 0] and 5 more",
          "group sample-0: member user1 is missing",
          "group sample-0: member user2 is missing",
          "group sample-0: member user3 is missing",
          "group sample-0: no member user1 for its unread count",
          "conversation user1/user2: 1 message(s) instead of 3, missing: [direct message 1, direct message 2]",
          "conversation user3/user4: 1 message(s) instead of 3, missing: [direct message 1, direct message 2]"),
          differences.stream().filter(difference -> !difference.startsWith("group sample-1")).toList());
      assertTrue(differences.stream().anyMatch(difference -> difference.startsWith("group sample-1: cannot be read back: ")),
          differences::toString);
    }
  }
}
