package io.timrest.migrate;

import static io.timrest.migrate.Histories.CREATED;
import static io.timrest.migrate.Histories.NOW;
import static io.timrest.migrate.Histories.account;
import static io.timrest.migrate.Histories.c2cMsg;
import static io.timrest.migrate.Histories.group;
import static io.timrest.migrate.Histories.groupMsg;
import static io.timrest.migrate.Histories.member;
import static io.timrest.migrate.Histories.text;
import static io.timrest.migrate.Histories.unread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule a history file is checked against, each problem on its line and field. */
class ValidatorTest {
  @TempDir
  Path dir;

  private List<String> problems(String... lines) {
    return Histories.validate(dir, lines).texts();
  }

  private static String[] withAccounts(String... lines) {
    String[] all = new String[lines.length + 4];
    all[0] = account("alice");
    all[1] = account("bob");
    all[2] = account("carol");
    all[3] = account("dave");
    System.arraycopy(lines, 0, all, 4, lines.length);
    return all;
  }

  // ---------------------------------------------------------------- a valid file

  @Test
  void aValidFileHasNoProblemsAndItsPlanIsComplete() {
    Histories.Validation validation = Histories.validate(dir, withAccounts(
        group("team-1", "alice", CREATED),
        member("team-1", "bob", CREATED + 100),
        groupMsg("team-1", "M1", "alice", CREATED + 200),
        groupMsg("team-1", "M2", "bob", CREATED + 200),
        c2cMsg("D1", "alice", "bob", CREATED + 300),
        unread("team-1", "bob", 1)));

    assertEquals(List.of(), validation.texts());
    assertTrue(validation.plan().isComplete());
  }

  // ---------------------------------------------------------------- identity

  @Test
  void aSourceIdIsUniqueInTheFileAcrossGroupAndOneToOneMessages() {
    assertEquals(List.of(
        "line 7 (group_msg M1): SourceId: repeats the SourceId of line 6 (a SourceId is unique in the file)",
        "line 8 (c2c_msg M1): SourceId: repeats the SourceId of line 6 (a SourceId is unique in the file)"),
        problems(withAccounts(
            group("g", "alice", CREATED),
            groupMsg("g", "M1", "alice", CREATED + 1),
            groupMsg("g", "M1", "alice", CREATED + 2),
            c2cMsg("M1", "alice", "bob", CREATED + 3))));
  }

  @Test
  void anAccountAGroupAMemberAndAnUnreadCountAreEachDefinedOnce() {
    assertEquals(List.of(
        "line 5 (account): UserID: account alice is already defined on line 1",
        "line 7 (group): GroupId: group g is already defined on line 6",
        "line 9 (member): Member_Account: bob is already a member of group g (line 8)",
        "line 11 (unread): Member_Account: the unread count of bob in group g is already set on line 10"),
        problems(withAccounts(
            account("alice"),
            group("g", "alice", CREATED),
            group("g", "bob", CREATED),
            member("g", "bob", CREATED + 1),
            member("g", "bob", CREATED + 2),
            unread("g", "bob", 1),
            unread("g", "bob", 2))));
  }

  // ---------------------------------------------------------------- order

  @Test
  void messagesOfAGroupDoNotGoBackInTimeWhileEqualSecondsAreAllowed() {
    assertEquals(List.of(
        "line 12 (group_msg B3): SendTime: must not be before the previous message of group team-2 (1620000200 < 1620000300)"),
        problems(withAccounts(
            group("team-1", "alice", CREATED),
            group("team-2", "alice", CREATED),
            groupMsg("team-1", "A1", "alice", CREATED + 500),
            groupMsg("team-2", "B1", "alice", CREATED + 100),
            groupMsg("team-1", "A2", "alice", CREATED + 500), // the same second: allowed
            groupMsg("team-2", "B2", "bob", CREATED + 300),
            groupMsg("team-1", "A3", "bob", CREATED + 600),
            groupMsg("team-2", "B3", "alice", CREATED + 200), // earlier than B2
            groupMsg("team-2", "B4", "alice", CREATED + 300)))); // compared with B2, the last in order
  }

  @Test
  void messagesOfAPairDoNotGoBackInTimeInEitherDirection() {
    assertEquals(List.of(
        "line 7 (c2c_msg D3): MsgTimeStamp: must not be before the previous message between bob and alice (1620000009 < 1620000010)"),
        problems(withAccounts(
            c2cMsg("D1", "alice", "bob", CREATED + 10),
            c2cMsg("D2", "carol", "dave", CREATED + 5),
            c2cMsg("D3", "bob", "alice", CREATED + 9),
            c2cMsg("D4", "bob", "alice", CREATED + 10),
            c2cMsg("D5", "dave", "carol", CREATED + 5))));
  }

  // ---------------------------------------------------------------- time

  @Test
  void noTimeIsInTheFutureOrNegative() {
    long future = NOW + 1;
    assertEquals(List.of(
        "line 5 (group): CreateTime: must not be in the future (1700000001 > now, 1700000000)",
        "line 6 (group): CreateTime: must not be negative; found -1",
        "line 7 (member): JoinTime: must not be in the future (1700000001 > now, 1700000000)",
        "line 8 (group_msg M1): SendTime: must not be in the future (1700000001 > now, 1700000000)",
        "line 9 (c2c_msg D1): MsgTimeStamp: must not be in the future (1700000001 > now, 1700000000)"),
        problems(withAccounts(
            group("g", "alice", future),
            group("h", "alice", -1),
            member("g", "bob", future),
            groupMsg("g", "M1", "alice", future),
            c2cMsg("D1", "alice", "bob", future))));
  }

  @Test
  void aGroupNeedsACreateTime() {
    assertEquals(List.of(
        "line 5 (group): CreateTime: is required in a history file: without it the group is created at import time, "
            + "after all of its history"),
        problems(withAccounts("{\"type\":\"group\",\"GroupId\":\"g\",\"Type\":\"Public\",\"Name\":\"G\"}")));
  }

  @Test
  void aGroupIsCreatedBeforeItsFirstMemberJoinsAndItsFirstMessageWhereverItsRecordIs() {
    assertEquals(List.of(
        "line 8 (group): CreateTime: must be earlier than the JoinTime of the group's first member (line 7: "
            + "1620000000 is not after 1620000000)",
        "line 8 (group): CreateTime: must be earlier than the SendTime of the group's first message (line 5: "
            + "1620000000 is not after 1620000000)"),
        problems(withAccounts(
            groupMsg("g", "M1", "alice", CREATED),
            member("g", "bob", CREATED + 10),
            member("g", "carol", CREATED),
            group("g", "alice", CREATED),
            groupMsg("h", "M2", "alice", CREATED + 1),
            group("h", "alice", CREATED))));
  }

  @Test
  void aMemberHasNotJoinedAfterTheirFirstMessageWhereMembersDoNotSeeEarlierHistory() {
    String chatRoom = group("room", "alice", CREATED).replace("\"Public\"", "\"ChatRoom\"");
    assertEquals(List.of(
        "line 6 (member): JoinTime: must not be later than the member's first message in group g (line 7: "
            + "1620000050 < 1620000100): in a Public group a member does not see the messages from before they joined"),
        problems(withAccounts(
            group("g", "alice", CREATED),
            member("g", "bob", CREATED + 100),
            groupMsg("g", "M1", "bob", CREATED + 50),
            groupMsg("g", "M2", "bob", CREATED + 150),
            chatRoom,
            member("room", "bob", CREATED + 100),
            groupMsg("room", "R1", "bob", CREATED + 50))));
  }

  // ---------------------------------------------------------------- references

  @Test
  void referencesMayPointAnywhereInTheFile() {
    assertEquals(List.of(), problems(
        groupMsg("g", "M1", "alice", CREATED + 200),
        unread("g", "bob", 1),
        member("g", "bob", CREATED + 100),
        c2cMsg("D1", "bob", "alice", CREATED + 300),
        group("g", "alice", CREATED),
        account("bob"),
        account("alice")));
  }

  @Test
  void aReferenceToAGroupThatNoRecordDefinesIsAProblemOnTheReferringLine() {
    assertEquals(List.of(
        "line 5 (member): GroupId: no group record defines group nowhere",
        "line 6 (group_msg M1): GroupId: no group record defines group nowhere",
        "line 7 (unread): GroupId: no group record defines group nowhere"),
        problems(withAccounts(
            member("nowhere", "bob", CREATED + 100),
            groupMsg("nowhere", "M1", "alice", CREATED + 200),
            unread("nowhere", "bob", 1))));
  }

  @Test
  void aReferenceToAnAccountThatNoRecordDefinesIsAProblemOnTheReferringLine() {
    assertEquals(List.of(
        "line 2 (group): Owner_Account: no account record defines olga",
        "line 3 (member): Member_Account: no account record defines mike",
        "line 4 (group_msg M1): From_Account: no account record defines fred",
        "line 5 (c2c_msg D1): From_Account: no account record defines fred",
        "line 6 (c2c_msg D2): To_Account: no account record defines tom",
        "line 7 (unread): Member_Account: no account record defines uma"),
        problems(
            account("alice"),
            group("g", "olga", CREATED),
            member("g", "mike", CREATED + 1),
            groupMsg("g", "M1", "fred", CREATED + 2),
            c2cMsg("D1", "fred", "alice", CREATED + 3),
            c2cMsg("D2", "alice", "tom", CREATED + 3),
            unread("g", "uma", 1)));
  }

  @Test
  void aGroupLineThatDoesNotReadTakesItsRecordsAlongWithoutAProblemEach() {
    Histories.Validation validation = Histories.validate(dir, withAccounts(
        "{\"type\":\"group\",\"GroupId\":\"g\",\"Type\":\"Public\",\"Nam\":\"G\",\"CreateTime\":" + CREATED + "}",
        member("g", "bob", CREATED + 1),
        groupMsg("g", "M1", "alice", CREATED + 2),
        unread("g", "bob", 1)));

    assertEquals(List.of("line 5 (group): Nam: unknown field (the nearest known name is Name)"), validation.texts());
    assertEquals(1, validation.plan().leftOut(RecordType.MEMBER));
    assertEquals(1, validation.plan().leftOut(RecordType.GROUP_MSG));
    assertEquals(1, validation.plan().leftOut(RecordType.UNREAD));
  }

  @Test
  void anEmptyFileIsAnEmptyCompletePlan() {
    Histories.Validation validation = Histories.validate(Histories.writeRaw(dir, new byte[0]));

    assertEquals(List.of(), validation.texts());
    assertEquals(0, validation.plan().lines());
    assertTrue(validation.plan().isComplete());
  }

  @Test
  void anUnreadCountIsForAMemberOrTheOwner() {
    assertEquals(List.of(
        "line 7 (unread): Member_Account: carol is not a member of group g: it has no member record and does not own the group"),
        problems(withAccounts(
            group("g", "alice", CREATED),
            unread("g", "alice", 1),
            unread("g", "carol", 1))));
  }

  // ---------------------------------------------------------------- message bodies and IDs

  @Test
  void aGroupMessageBodyIsAtMost12KbAndAOneToOneBodyAtMost8Kb() {
    // A text element's serialized overhead is 52 bytes: [{"MsgType":"TIMTextElem","MsgContent":{"Text":""}}]
    String atGroupLimit = "x".repeat(12 * 1024 - 52);
    String overGroupLimit = "x".repeat(12 * 1024 - 51);
    String atC2cLimit = "x".repeat(8 * 1024 - 52);
    String overC2cLimit = "y".repeat(8 * 1024 - 51);
    assertEquals(List.of(
        "line 7 (group_msg M2): MsgBody: is 12289 bytes serialized; the limit is 12288 bytes (12 KB)",
        "line 9 (c2c_msg D2): MsgBody: is 8193 bytes serialized; the limit is 8192 bytes (8 KB; importmsg answers 93000 above it)"),
        problems(withAccounts(
            group("g", "alice", CREATED),
            groupMsg("g", "M1", "alice", CREATED + 1).replace("\"hi\"", "\"" + atGroupLimit + "\""),
            groupMsg("g", "M2", "alice", CREATED + 1).replace("\"hi\"", "\"" + overGroupLimit + "\""),
            c2cMsg("D1", "alice", "bob", CREATED + 1).replace("\"hi\"", "\"" + atC2cLimit + "\""),
            c2cMsg("D2", "alice", "bob", CREATED + 1).replace("\"hi\"", "\"" + overC2cLimit + "\""))));
  }

  @Test
  void aMessageHasOneElementAtLeastAndOneCustomElementAtMost() {
    String custom = "{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{\"Data\":\"d\"}}";
    assertEquals(List.of(
        "line 6 (group_msg M1): MsgBody: must hold at least one message element",
        "line 7 (c2c_msg D1): MsgBody: may hold at most one TIMCustomElem; found 2"),
        problems(withAccounts(
            group("g", "alice", CREATED),
            groupMsg("g", "M1", "alice", CREATED + 1).replace(text("hi"), "[]"),
            c2cMsg("D1", "alice", "bob", CREATED + 1).replace(text("hi"), "[" + custom + "," + custom + "]"))));
  }

  @Test
  void randomMsgSeqAndMsgRandomAreUnsigned32BitIntegers() {
    assertEquals(List.of(
        "line 6 (group_msg M1): Random: must be an unsigned 32-bit integer (0 to 4294967295); found 4294967296",
        "line 7 (group_msg M2): Random: must be an unsigned 32-bit integer (0 to 4294967295); found -1",
        "line 8 (c2c_msg D1): MsgSeq: must be an unsigned 32-bit integer (0 to 4294967295); found -5",
        "line 8 (c2c_msg D1): MsgRandom: must be an unsigned 32-bit integer (0 to 4294967295); found 4294967296"),
        problems(withAccounts(
            group("g", "alice", CREATED),
            groupMsg("g", "M1", "alice", CREATED + 1).replace("\"SendTime\"", "\"Random\":4294967296,\"SendTime\""),
            groupMsg("g", "M2", "alice", CREATED + 1).replace("\"SendTime\"", "\"Random\":-1,\"SendTime\""),
            c2cMsg("D1", "alice", "bob", CREATED + 1).replace("\"MsgTimeStamp\"", "\"MsgSeq\":-5,\"MsgRandom\":4294967296,\"MsgTimeStamp\""))));
  }

  @Test
  void aGivenRandomIsUniqueWithinItsGroup() {
    assertEquals(List.of(
        "line 8 (group_msg M2): Random: repeats the Random of an earlier message of group g: the server would drop one of "
            + "the two; leave Random out to have a unique one derived from SourceId"),
        problems(withAccounts(
            group("g", "alice", CREATED),
            group("h", "alice", CREATED),
            groupMsg("g", "M1", "alice", CREATED + 1).replace("\"SendTime\"", "\"Random\":7,\"SendTime\""),
            groupMsg("g", "M2", "alice", CREATED + 2).replace("\"SendTime\"", "\"Random\":7,\"SendTime\""),
            groupMsg("h", "M3", "alice", CREATED + 2).replace("\"SendTime\"", "\"Random\":7,\"SendTime\""))));
  }

  @Test
  void syncFromOldSystemIsOneTwoOrFive() {
    assertEquals(List.of(
        "line 5 (c2c_msg D1): SyncFromOldSystem: must be 2 (history), 5 (real-time import beside the old system) or 1 "
            + "(the older pages' history); found 3"),
        problems(withAccounts(
            c2cMsg("D1", "alice", "bob", CREATED + 1).replace("\"MsgTimeStamp\"", "\"SyncFromOldSystem\":3,\"MsgTimeStamp\""),
            c2cMsg("D2", "alice", "bob", CREATED + 1).replace("\"MsgTimeStamp\"", "\"SyncFromOldSystem\":1,\"MsgTimeStamp\""),
            c2cMsg("D3", "alice", "bob", CREATED + 1).replace("\"MsgTimeStamp\"", "\"SyncFromOldSystem\":5,\"MsgTimeStamp\""))));
  }

  // ---------------------------------------------------------------- group and account fields

  @Test
  void aGroupIsOfAnImportableTypeWithAValidCustomId() {
    assertEquals(List.of(
        "line 5 (group): Type: must be Private, Public, ChatRoom or Community (an AVChatRoom group keeps no history and "
            + "cannot be imported); found AVChatRoom",
        "line 6 (group): GroupId: must not start with @TGS#, the prefix of the IDs the server generates (only a "
            + "Community group's ID starts with @TGS#_)",
        "line 7 (group): GroupId: must start with @TGS#_ for a Community group",
        "line 8 (group): GroupId: must be at most 48 bytes; found 49",
        "line 9 (group): GroupId: must be printable ASCII (a custom group ID); found U+00E9 at character 2"),
        problems(withAccounts(
            group("av", "alice", CREATED).replace("\"Public\"", "\"AVChatRoom\""),
            group("@TGS#abc", "alice", CREATED),
            group("club", "alice", CREATED).replace("\"Public\"", "\"Community\""),
            group("g".repeat(49), "alice", CREATED),
            group("té", "alice", CREATED),
            group("@TGS#_club", "alice", CREATED).replace("\"Public\"", "\"Community\""))));
  }

  @Test
  void aGroupsFieldsKeepTheirDocumentedLimits() {
    String head = "{\"type\":\"group\",\"Type\":\"Public\",\"CreateTime\":" + CREATED + ",\"GroupId\":";
    assertEquals(List.of(
        "line 5 (group): Name: must be at most 30 bytes; found 31",
        "line 6 (group): Name: must not be empty",
        "line 7 (group): Introduction: must be at most 240 bytes; found 241",
        "line 8 (group): Notification: must be at most 300 bytes; found 301",
        "line 9 (group): FaceUrl: must be at most 100 bytes; found 101",
        "line 10 (group): MaxMemberCount: must be at least 1; found 0",
        "line 11 (group): ApplyJoinOption: must be FreeAccess, NeedPermission or DisableApply; found Anyone",
        "line 12 (group): SupportTopic: may be 1 only for a Community group; this one is Public"),
        problems(withAccounts(
            head + "\"a\",\"Name\":\"" + "n".repeat(31) + "\"}",
            head + "\"b\",\"Name\":\"\"}",
            head + "\"c\",\"Name\":\"n\",\"Introduction\":\"" + "i".repeat(241) + "\"}",
            head + "\"d\",\"Name\":\"n\",\"Notification\":\"" + "i".repeat(301) + "\"}",
            head + "\"e\",\"Name\":\"n\",\"FaceUrl\":\"" + "i".repeat(101) + "\"}",
            head + "\"f\",\"Name\":\"n\",\"MaxMemberCount\":0}",
            head + "\"g\",\"Name\":\"n\",\"ApplyJoinOption\":\"Anyone\"}",
            head + "\"h\",\"Name\":\"n\",\"SupportTopic\":1}")));
  }

  @Test
  void aUserIdIsOneTo32Bytes() {
    String long33 = "u".repeat(33);
    assertEquals(List.of(
        "line 1 (account): UserID: must be at most 32 bytes (a UserID); found 33",
        "line 2 (account): UserID: must not be empty",
        "line 4 (c2c_msg D1): To_Account: must be at most 32 bytes (a UserID); found 33"),
        problems(account(long33), account(""), account("x"), c2cMsg("D1", "x", long33, CREATED)));
  }

  @Test
  void aMembersRoleIsAdminOrAbsent() {
    assertEquals(List.of("line 6 (member): Role: must be \"Admin\" or absent; found \"Member\""),
        problems(withAccounts(
            group("g", "alice", CREATED),
            member("g", "bob", CREATED + 1).replace("}", ",\"Role\":\"Member\"}"),
            member("g", "carol", CREATED + 1).replace("}", ",\"Role\":\"Admin\"}"),
            member("g", "dave", CREATED + 1))));
  }

  @Test
  void unreadCountsAreNotNegative() {
    assertEquals(List.of(
        "line 6 (member): UnreadMsgNum: must not be negative; found -1",
        "line 7 (unread): UnreadMsgNum: must not be negative; found -2"),
        problems(withAccounts(
            group("g", "alice", CREATED),
            member("g", "bob", CREATED + 1).replace("}", ",\"UnreadMsgNum\":-1}"),
            unread("g", "bob", -2))));
  }
}
