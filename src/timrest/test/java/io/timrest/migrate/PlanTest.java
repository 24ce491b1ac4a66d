package io.timrest.migrate;

import static io.timrest.migrate.Histories.CREATED;
import static io.timrest.migrate.Histories.account;
import static io.timrest.migrate.Histories.c2cMsg;
import static io.timrest.migrate.Histories.group;
import static io.timrest.migrate.Histories.groupMsg;
import static io.timrest.migrate.Histories.member;
import static io.timrest.migrate.Histories.unread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan holds the valid records, grouped as the engine sends them, with the IDs to send. */
class PlanTest {
  @TempDir
  Path dir;

  private static final String[] MIXED = {
      account("alice"),                                                     // 1
      account("bob"),                                                       // 2
      account("carol"),                                                     // 3
      account("u".repeat(33)),                                              // 4 invalid: UserID too long
      groupMsg("team-2", "T2a", "alice", CREATED + 10),                     // 5 its group comes later
      group("team-1", "alice", CREATED),                                    // 6
      member("team-1", "bob", CREATED + 1),                                 // 7
      member("team-1", "carol", CREATED + 2),                               // 8
      groupMsg("team-1", "T1a", "alice", CREATED + 5),                      // 9
      c2cMsg("D1", "alice", "bob", CREATED + 20),                           // 10
      groupMsg("team-1", "T1b", "bob", CREATED + 5),                        // 11
      group("team-2", "bob", CREATED),                                      // 12
      c2cMsg("D2", "bob", "alice", CREATED + 21),                           // 13
      c2cMsg("D3", "carol", "alice", CREATED + 22),                         // 14
      unread("team-1", "bob", 2),                                           // 15
      "",                                                                   // 16
      group("av", "alice", CREATED).replace("\"Public\"", "\"AVChatRoom\""),  // 17 invalid: not importable
      member("av", "bob", CREATED + 1),                                     // 18 left out with av
      groupMsg("av", "A1", "alice", CREATED + 5),                           // 19 left out with av
      "{\"type\":\"account\",\"UserID\":\"zed\",\"Nik\":\"Z\"}",            // 20 invalid: unknown field
      c2cMsg("D4", "alice", "zed", CREATED + 30),                           // 21 left out with zed
      unread("team-1", "alice", 0),                                         // 22 the owner's
      groupMsg("team-1", "T1c", "carol", CREATED + 6),                      // 23
  };

  @Test
  void theProblemsOfTheMixedFileAreTheInvalidRecordsOwn() {
    assertEquals(List.of(
        "line 4 (account): UserID: must be at most 32 bytes (a UserID); found 33",
        "line 17 (group): Type: must be Private, Public, ChatRoom or Community (an AVChatRoom group keeps no history and "
            + "cannot be imported); found AVChatRoom",
        "line 20 (account): Nik: unknown field (the nearest known name is Nick)"),
        Histories.validate(dir, MIXED).texts());
  }

  @Test
  void accountsAreInFileOrder() {
    Plan plan = Histories.validate(dir, MIXED).plan();

    assertEquals(List.of(1L, 2L, 3L), lines(plan.accountCount(), plan::accountLine));
    assertEquals(0L, plan.accountOffset(0));
  }

  @Test
  void groupsAreInTheOrderOfTheirRecordsWithTheirMembersMessagesAndUnreadCounts() {
    Plan plan = Histories.validate(dir, MIXED).plan();

    assertEquals(2, plan.groupCount());
    Plan.Group team1 = plan.group(0);
    assertEquals("team-1", team1.groupId());
    assertEquals(6, team1.line());
    assertEquals("Public", team1.groupType());
    assertEquals(CREATED, team1.createTime());
    assertEquals(List.of(7L, 8L), lines(team1.memberCount(), team1::memberLine));
    assertEquals(List.of(9L, 11L, 23L), lines(team1.messageCount(), team1::messageLine));
    assertEquals(List.of(15L, 22L), lines(team1.unreadCount(), team1::unreadLine));
    Plan.Group team2 = plan.group(1);
    assertEquals("team-2", team2.groupId());
    assertEquals(12, team2.line());
    assertEquals(List.of(5L), lines(team2.messageCount(), team2::messageLine));
    assertEquals(0, team2.memberCount());
    assertEquals(List.of(15L, 22L), lines(plan.unreadCount(), plan::unreadLine));
  }

  @Test
  void eachMessageHasTheRandomDerivedFromItsSourceId() {
    Plan.Group team1 = Histories.validate(dir, MIXED).plan().group(0);

    assertEquals(List.of(random("T1a"), random("T1b"), random("T1c")), lines(team1.messageCount(), team1::messageRandom));
  }

  @Test
  void aGivenRandomIsKept() {
    Plan plan = Histories.validate(dir,
        account("alice"), group("g", "alice", CREATED),
        groupMsg("g", "M1", "alice", CREATED + 1).replace("\"SendTime\"", "\"Random\":4294967295,\"SendTime\"")).plan();

    assertEquals(4294967295L, plan.group(0).messageRandom(0));
  }

  @Test
  void oneToOneMessagesAreGroupedByPairInEitherDirection() {
    Plan plan = Histories.validate(dir, MIXED).plan();

    assertEquals(2, plan.conversationCount());
    Plan.Conversation aliceBob = plan.conversation(0);
    assertEquals(List.of(10L, 13L), lines(aliceBob.messageCount(), aliceBob::messageLine));
    Plan.Conversation carolAlice = plan.conversation(1);
    assertEquals(List.of(14L), lines(carolAlice.messageCount(), carolAlice::messageLine));
  }

  @Test
  void theCountsTellInvalidRecordsFromRecordsLeftOutWithThem() {
    Plan plan = Histories.validate(dir, MIXED).plan();

    assertEquals(23, plan.lines());
    assertEquals(3, plan.problems());
    assertEquals(0, plan.unrecognized());
    assertCounts(plan, RecordType.ACCOUNT, 5, 3, 2, 0);
    assertCounts(plan, RecordType.GROUP, 3, 2, 1, 0);
    assertCounts(plan, RecordType.MEMBER, 3, 2, 0, 1);
    assertCounts(plan, RecordType.GROUP_MSG, 5, 4, 0, 1);
    assertCounts(plan, RecordType.C2C_MSG, 4, 3, 0, 1);
    assertCounts(plan, RecordType.UNREAD, 2, 2, 0, 0);
    assertFalse(plan.isComplete());
    List<Long> excluded = new ArrayList<>();
    for (long line = 1; line <= plan.lines(); line++) {
      if (plan.excludes(line)) {
        excluded.add(line);
      }
    }
    assertEquals(List.of(4L, 17L, 18L, 19L, 20L, 21L), excluded);
  }

  @Test
  void anInvalidOwnerTakesItsGroupAndEverythingInItAlong() {
    Plan plan = Histories.validate(dir,
        "{\"type\":\"account\",\"UserID\":\"olga\",\"Nick\":{}}",
        account("bob"),
        group("g", "olga", CREATED),
        member("g", "bob", CREATED + 1),
        groupMsg("g", "M1", "bob", CREATED + 2),
        unread("g", "bob", 1)).plan();

    assertEquals(0, plan.groupCount());
    assertEquals(1, plan.leftOut(RecordType.GROUP));
    assertEquals(1, plan.leftOut(RecordType.MEMBER));
    assertEquals(1, plan.leftOut(RecordType.GROUP_MSG));
    assertEquals(1, plan.leftOut(RecordType.UNREAD));
    assertEquals(1, plan.problems());
  }

  @Test
  void collidingRandomsAreDerivedAgainAndStayTheSameOnEveryRun() {
    String[] lines = {
        account("alice"), group("g", "alice", CREATED), group("h", "alice", CREATED),
        groupMsg("g", "M1", "alice", CREATED + 1), groupMsg("g", "M2", "alice", CREATED + 1),
        groupMsg("h", "N1", "alice", CREATED + 1), groupMsg("g", "M3", "alice", CREATED + 1),
        groupMsg("g", "M4", "alice", CREATED + 1), groupMsg("h", "N2", "alice", CREATED + 1)};
    Ids tiny = new Ids(2); // four values for four messages of g: every later one collides at first
    Path file = Histories.write(dir, lines);

    Plan first = Histories.validate(file, tiny).plan();
    Plan second = Histories.validate(file, tiny).plan();

    List<Long> g = lines(first.group(0).messageCount(), first.group(0)::messageRandom);
    assertEquals(4, new HashSet<>(g).size());
    assertEquals(g, lines(second.group(0).messageCount(), second.group(0)::messageRandom));
    IntHashSet taken = new IntHashSet();
    List<Long> expected = new ArrayList<>();
    for (String sourceId : List.of("M1", "M2", "M3", "M4")) {
      expected.add(tiny.uniqueGroupRandom(Ids.hash(sourceId), taken));
    }
    assertEquals(expected, g);
    assertEquals(2, new HashSet<>(lines(first.group(1).messageCount(), first.group(1)::messageRandom)).size());
  }

  @Test
  void everyOffsetReadsBackTheRecordOfItsLine() throws IOException {
    Path file = Histories.write(dir, MIXED);
    Plan plan = Histories.validate(file).plan();

    try (HistoryFile history = HistoryFile.open(file)) {
      for (Plan.Group group : plan.groups()) {
        assertEquals(group.groupId(), ((GroupRecord) history.readAt(group.offset(), group.line())).groupId());
        for (int k = 0; k < group.messageCount(); k++) {
          assertEquals(group.messageLine(k), history.readAt(group.messageOffset(k), group.messageLine(k)).line());
          assertTrue(history.readAt(group.messageOffset(k), group.messageLine(k)) instanceof GroupMsgRecord);
        }
        for (int k = 0; k < group.memberCount(); k++) {
          assertTrue(history.readAt(group.memberOffset(k), group.memberLine(k)) instanceof MemberRecord);
        }
        for (int k = 0; k < group.unreadCount(); k++) {
          assertTrue(history.readAt(group.unreadOffset(k), group.unreadLine(k)) instanceof UnreadRecord);
        }
      }
      for (int c = 0; c < plan.conversationCount(); c++) {
        Plan.Conversation conversation = plan.conversation(c);
        for (int k = 0; k < conversation.messageCount(); k++) {
          assertTrue(history.readAt(conversation.messageOffset(k), conversation.messageLine(k)) instanceof C2cMsgRecord);
        }
      }
      for (int i = 0; i < plan.accountCount(); i++) {
        assertTrue(history.readAt(plan.accountOffset(i), plan.accountLine(i)) instanceof AccountRecord);
      }
    }
  }

  private static void assertCounts(Plan plan, RecordType type, long total, long count, long invalid, long leftOut) {
    assertEquals(List.of(total, count, invalid, leftOut),
        List.of(plan.total(type), plan.count(type), plan.invalid(type), plan.leftOut(type)), type.fileName());
  }

  private static long random(String sourceId) {
    return Ids.STANDARD.groupRandom(Ids.hash(sourceId), 0);
  }

  private static List<Long> lines(int count, IntToLongFunction value) {
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(value.applyAsLong(i));
    }
    return values;
  }
}
