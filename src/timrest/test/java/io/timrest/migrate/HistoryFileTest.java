package io.timrest.migrate;

import static io.timrest.migrate.Histories.text;
import static io.timrest.migrate.Histories.write;
import static io.timrest.migrate.Histories.writeRaw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.model.MsgElement;
import io.timrest.model.TIMTextElem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history file is read line by line into records, by offset again, and strictly. */
class HistoryFileTest {
  @TempDir
  Path dir;

  /** What a scan saw, in order. */
  private record Seen(List<HistoryRecord> records, List<Long> offsets, List<Integer> lengths, List<Problem> problems,
      List<Optional<String>> definedIds, long lines) {
  }

  private Seen scan(Path file) throws IOException {
    List<HistoryRecord> records = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Optional<String>> definedIds = new ArrayList<>();
    try (HistoryFile history = HistoryFile.open(file)) {
      long lines = history.scan(new HistoryFile.Visitor() {
        @Override
        public void record(HistoryRecord record, long offset, int length) {
          records.add(record);
          offsets.add(offset);
          lengths.add(length);
        }

        @Override
        public void problem(Problem problem, long offset, Optional<String> definedId) {
          problems.add(problem);
          definedIds.add(definedId);
        }
      });
      return new Seen(records, offsets, lengths, problems, definedIds, lines);
    }
  }

  private Problem onlyProblem(String... lines) throws IOException {
    Seen seen = scan(write(dir, lines));
    assertEquals(1, seen.problems().size(), () -> "problems: " + seen.problems());
    return seen.problems().get(0);
  }

  // ---------------------------------------------------------------- records

  @Test
  void everyRecordTypeReadsAsTheRequestOfItsEndpoint() throws IOException {
    Seen seen = scan(write(dir,
        "{\"type\":\"account\",\"UserID\":\"alice\",\"Nick\":\"Alice\",\"FaceUrl\":\"https://example.com/a.png\"}",
        "{\"type\":\"group\",\"GroupId\":\"team-1\",\"Type\":\"Public\",\"Name\":\"Team\",\"Owner_Account\":\"alice\","
            + "\"CreateTime\":1620000000,\"Introduction\":\"intro\"}",
        "{\"type\":\"member\",\"GroupId\":\"team-1\",\"Member_Account\":\"bob\",\"JoinTime\":1620000100,\"Role\":\"Admin\"}",
        "{\"type\":\"group_msg\",\"GroupId\":\"team-1\",\"SourceId\":\"C123/1620000200.000100\",\"From_Account\":\"alice\","
            + "\"SendTime\":1620000200,\"MsgBody\":" + text("hello") + ",\"CloudCustomData\":\"ccd\"}",
        "{\"type\":\"c2c_msg\",\"SourceId\":\"D9/1620000300.1\",\"From_Account\":\"alice\",\"To_Account\":\"bob\","
            + "\"MsgTimeStamp\":1620000300,\"MsgBody\":" + text("hi") + "}",
        "{\"type\":\"unread\",\"GroupId\":\"team-1\",\"Member_Account\":\"bob\",\"UnreadMsgNum\":3}"));

    assertEquals(List.of(), seen.problems());
    assertEquals(6, seen.lines());
    AccountRecord account = assertInstanceOf(AccountRecord.class, seen.records().get(0));
    assertEquals("alice", account.account().userID());
    assertEquals(Optional.of("Alice"), account.account().nick());
    GroupRecord group = assertInstanceOf(GroupRecord.class, seen.records().get(1));
    assertEquals("team-1", group.groupId());
    assertEquals(Optional.of(1620000000L), group.group().createTime());
    MemberRecord member = assertInstanceOf(MemberRecord.class, seen.records().get(2));
    assertEquals("team-1", member.groupId());
    assertEquals(Optional.of("Admin"), member.member().role());
    GroupMsgRecord message = assertInstanceOf(GroupMsgRecord.class, seen.records().get(3));
    assertEquals("C123/1620000200.000100", message.sourceId());
    assertEquals("team-1", message.groupId());
    assertEquals(Optional.of("ccd"), message.message().cloudCustomData());
    assertEquals(Optional.empty(), message.message().random());
    C2cMsgRecord c2c = assertInstanceOf(C2cMsgRecord.class, seen.records().get(4));
    assertEquals("bob", c2c.message().toAccount());
    UnreadRecord unread = assertInstanceOf(UnreadRecord.class, seen.records().get(5));
    assertEquals(3, unread.unread().unreadMsgNum());
    assertEquals("team-1", unread.unread().groupId());
    for (int i = 0; i < 6; i++) {
      assertEquals(i + 1, seen.records().get(i).line());
    }
  }

  @Test
  void aOneToOneMessageWithoutThemGetsSyncFromOldSystemTwoAndIdsDerivedFromItsSourceId() throws IOException {
    Seen seen = scan(write(dir,
        Histories.c2cMsg("D9/1", "alice", "bob", 1620000300),
        "{\"type\":\"c2c_msg\",\"SourceId\":\"D9/2\",\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgTimeStamp\":1620000300,"
            + "\"MsgBody\":" + text("x") + ",\"SyncFromOldSystem\":5,\"MsgSeq\":7,\"MsgRandom\":8}"));

    C2cMsgRecord derived = (C2cMsgRecord) seen.records().get(0);
    long hash = Ids.hash("D9/1");
    assertEquals(2, derived.message().syncFromOldSystem());
    assertEquals(Optional.of(Ids.c2cMsgSeq(hash)), derived.message().msgSeq());
    assertEquals(Optional.of(Ids.c2cMsgRandom(hash)), derived.message().msgRandom());
    C2cMsgRecord given = (C2cMsgRecord) seen.records().get(1);
    assertEquals(5, given.message().syncFromOldSystem());
    assertEquals(Optional.of(7L), given.message().msgSeq());
    assertEquals(Optional.of(8L), given.message().msgRandom());
  }

  @Test
  void blankLinesAreSkippedButCounted() throws IOException {
    Seen seen = scan(write(dir, "", Histories.account("alice"), "   ", "\t", Histories.account("bob"), ""));

    assertEquals(6, seen.lines());
    assertEquals(List.of(2L, 5L), seen.records().stream().map(HistoryRecord::line).toList());
  }

  @Test
  void crLfLineEndsAByteOrderMarkAndALastLineWithoutLineFeedAreRead() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = Histories.account("alice") + "\r\n" + Histories.account("bob") + "\r\n" + Histories.account("carol");
    byte[] bytes = new byte[bom.length + text.length()];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text.getBytes(StandardCharsets.US_ASCII), 0, bytes, bom.length, text.length());

    Seen seen = scan(writeRaw(dir, bytes));

    assertEquals(List.of(), seen.problems());
    assertEquals(3, seen.lines());
    assertEquals(List.of("alice", "bob", "carol"),
        seen.records().stream().map(r -> ((AccountRecord) r).account().userID()).toList());
  }

  @Test
  void aNullValueReadsAsAbsentAtAnyDepth() throws IOException {
    Seen seen = scan(write(dir,
        "{\"type\":\"account\",\"UserID\":\"alice\",\"Nick\":null}",
        "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"s\",\"From_Account\":\"a\",\"SendTime\":1,\"Random\":null,"
            + "\"MsgBody\":[{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{\"Data\":\"d\",\"Desc\":null}}]}"));

    assertEquals(List.of(), seen.problems());
    assertEquals(Optional.empty(), ((AccountRecord) seen.records().get(0)).account().nick());
  }

  @Test
  void anElementMayNameItsContentBeforeItsType() throws IOException {
    Seen seen = scan(write(dir,
        "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"s\",\"From_Account\":\"a\",\"SendTime\":1,"
            + "\"MsgBody\":[{\"MsgContent\":{\"Text\":\"hi\"},\"MsgType\":\"TIMTextElem\"}]}"));

    assertEquals(List.of(), seen.problems());
    MsgElement element = ((GroupMsgRecord) seen.records().get(0)).message().msgBody().get(0);
    assertEquals("hi", assertInstanceOf(TIMTextElem.class, element).msgContent().text());
  }

  @Test
  void anElementOfATypeTheModelsDoNotKnowIsKeptAsItIs() throws IOException {
    Seen seen = scan(write(dir,
        "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"s\",\"From_Account\":\"a\",\"SendTime\":1,"
            + "\"MsgBody\":[{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"Title\":\"t\",\"MsgNum\":2,\"Extra\":null}}]}",
        "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"t\",\"From_Account\":\"a\",\"SendTime\":1,"
            + "\"MsgBody\":[{\"MsgContent\":{\"Title\":\"t\"},\"MsgType\":\"TIMRelayElem\"}]}"));

    assertEquals(List.of(), seen.problems());
    MsgElement.Unknown first = assertInstanceOf(MsgElement.Unknown.class,
        ((GroupMsgRecord) seen.records().get(0)).message().msgBody().get(0));
    assertEquals("{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"Title\":\"t\",\"MsgNum\":2,\"Extra\":null}}", first.json());
    MsgElement.Unknown second = assertInstanceOf(MsgElement.Unknown.class,
        ((GroupMsgRecord) seen.records().get(1)).message().msgBody().get(0));
    assertEquals("TIMRelayElem", second.msgType());
  }

  // ---------------------------------------------------------------- offsets

  @Test
  void readAtReadsTheRecordAtAnOffsetAgain() throws IOException {
    Path file = write(dir, Histories.account("alice"), "", Histories.groupMsg("g", "s1", "alice", 5), Histories.c2cMsg("s2", "a", "b", 6));
    Seen seen = scan(file);

    try (HistoryFile history = HistoryFile.open(file)) {
      for (int i = 0; i < seen.records().size(); i++) {
        HistoryRecord again = history.readAt(seen.offsets().get(i), seen.records().get(i).line());
        assertEquals(seen.records().get(i), again);
      }
    }
    assertEquals(0L, seen.offsets().get(0));
    assertEquals(Histories.account("alice").length() + 2L, seen.offsets().get(1)); // after line 1 and blank line 2
  }

  @Test
  void readAtIsSafeForManyThreads() throws Exception {
    String[] lines = new String[2000];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = Histories.groupMsg("g" + (i % 7), "S" + i, "u" + i, 1000 + i);
    }
    Path file = write(dir, lines);
    Seen seen = scan(file);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (HistoryFile history = HistoryFile.open(file)) {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int first = t;
        checks.add(pool.submit(() -> {
          for (int i = first; i < seen.records().size(); i += 8) {
            HistoryRecord record = history.readAt(seen.offsets().get(i), seen.records().get(i).line());
            if (!record.equals(seen.records().get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> check : checks) {
        assertTrue(check.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void readAtOfALineThatIsNoLongerARecordSaysWhy() throws IOException {
    Path file = write(dir, Histories.account("alice"));
    Files.writeString(file, "{\"type\":\"account\"}\n");

    try (HistoryFile history = HistoryFile.open(file)) {
      HistoryFile.NotARecordException e = assertThrows(HistoryFile.NotARecordException.class, () -> history.readAt(0, 1));
      assertEquals("UserID", e.problem().orElseThrow().field());
    }
  }

  @Test
  void aLongLineIsRead() throws IOException {
    String body = "x".repeat(300_000);
    Seen seen = scan(write(dir, Histories.groupMsg("g", "s", "a", 1).replace("\"hi\"", "\"" + body + "\""), Histories.account("b")));

    assertEquals(List.of(), seen.problems());
    assertEquals(2, seen.records().size());
    assertTrue(seen.lengths().get(0) > 300_000);
  }

  @Test
  void aLineLongerThanTheLimitIsAProblemAndTheNextLineIsStillRead() throws IOException {
    String huge = "{\"type\":\"account\",\"UserID\":\"" + "x".repeat(HistoryFile.MAX_LINE_BYTES + 10) + "\"}";
    Seen seen = scan(write(dir, Histories.account("a"), huge, Histories.account("b")));

    assertEquals(3, seen.lines());
    assertEquals(2, seen.records().size());
    assertEquals(3, seen.records().get(1).line());
    assertEquals("line 2: the line is longer than 1048576 bytes: a record is one line of JSON", seen.problems().get(0).toString());
  }

  // ---------------------------------------------------------------- problems: JSON

  @Test
  void badJsonNamesTheLineAndColumnInTheAuthorsWords() throws IOException {
    Seen seen = scan(write(dir,
        Histories.account("ok"),
        "{\"type\":\"account\",\"UserID\":\"alice\" \"Nick\":\"A\"}",
        "{\"type\":\"account\",\"UserID\":\"alice\",}",
        "{\"type\":\"account\",\"UserID\":\"ali",
        "{'type':\"account\"}",
        "{\"type\":\"group_msg\",\"SendTime\":01}",
        "[1,2]",
        "{\"type\":\"account\",\"UserID\":\"a\"} {}",
        "{type:\"account\"}"));

    assertEquals(List.of(
        "line 2: invalid JSON at column 36: expected ',' or '}' after the value of \"UserID\", found '\"'",
        "line 3: invalid JSON at column 36: a ',' must not come right before '}' (JSON has no trailing commas)",
        "line 4: invalid JSON at column 32: the string that starts at column 28 is not closed: '\"' is missing",
        "line 5: invalid JSON at column 2: expected a field name in double quotes, found ''' (JSON names take double quotes)",
        "line 6: invalid JSON at column 32: a number must not start with 0 unless it is 0 (no leading zeros)",
        "line 7: invalid JSON at column 1: a record must be a JSON object {...}, found an array",
        "line 8: invalid JSON at column 33: unexpected '{' after the end of the record's object (one record per line)",
        "line 9: invalid JSON at column 2: expected a field name in double quotes, found 't'"),
        seen.problems().stream().map(Problem::toString).toList());
    assertEquals(List.of(1L), seen.records().stream().map(HistoryRecord::line).toList());
  }

  @Test
  void aColumnCountsCharactersNotBytes() throws IOException {
    Problem problem = onlyProblem("{\"type\":\"account\",\"UserID\":\"爱丽丝\" \"Nick\":\"A\"}");

    // 爱丽丝 is 9 bytes but 3 characters: the '"' after "爱丽丝" is character 34.
    assertEquals("invalid JSON at column 34: expected ',' or '}' after the value of \"UserID\", found '\"'", problem.rule());
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemAtTheirColumn() throws IOException {
    byte[] line = "{\"type\":\"account\",\"UserID\":\"a?b\"}\n".getBytes(StandardCharsets.US_ASCII);
    line[29] = (byte) 0xC3; // the '?': a lead byte followed by 'b', not by a continuation byte

    Seen seen = scan(writeRaw(dir, line));

    assertEquals("line 1: invalid JSON at column 30: bytes that are not UTF-8 (0xC3 0x62): a history file is UTF-8",
        seen.problems().get(0).toString());
  }

  // ---------------------------------------------------------------- problems: type and fields

  @Test
  void anUnknownTypeIsAnsweredWithTheNearestKnownOne() throws IOException {
    Problem problem = onlyProblem("{\"type\":\"grp_msg\",\"GroupId\":\"g\"}");

    assertEquals("line 1: type: unknown record type \"grp_msg\" (the nearest known type is group_msg; the types are "
        + "account, group, member, group_msg, c2c_msg, unread)", problem.toString());
    assertEquals(null, problem.type());
  }

  @Test
  void aRecordWithoutTypeIsAProblem() throws IOException {
    assertEquals("line 1: type: is required: one of account, group, member, group_msg, c2c_msg, unread",
        onlyProblem("{\"UserID\":\"alice\"}").toString());
    assertEquals("line 1: type: must be a string, one of account, group, member, group_msg, c2c_msg, unread; found a number",
        onlyProblem("{\"type\":3}").toString());
  }

  @Test
  void anUnknownFieldAtTheTopIsNamedWithTheNearestKnownName() throws IOException {
    Problem problem = onlyProblem("{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"S1\",\"From_Account\":\"a\","
        + "\"SendTme\":1,\"MsgBody\":" + text("x") + "}");

    assertEquals("line 1 (group_msg S1): SendTme: unknown field (the nearest known name is SendTime)", problem.toString());
  }

  @Test
  void anUnknownFieldInsideAnElementIsNamedWithTheNearestNameOfThatElementsContent() throws IOException {
    Problem problem = onlyProblem("{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"S1\",\"From_Account\":\"a\","
        + "\"SendTime\":1,\"MsgBody\":[" + "{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"a\"}},"
        + "{\"MsgContent\":{\"Txt\":\"b\"},\"MsgType\":\"TIMTextElem\"}]}");

    assertEquals("MsgBody[1].MsgContent.Txt", problem.field());
    assertEquals("unknown field (the nearest known name is Text)", problem.rule());
  }

  @Test
  void anUnknownFieldDeepInsideAnImageIsNamed() throws IOException {
    Problem problem = onlyProblem("{\"type\":\"c2c_msg\",\"SourceId\":\"S1\",\"From_Account\":\"a\",\"To_Account\":\"b\","
        + "\"MsgTimeStamp\":1,\"MsgBody\":[{\"MsgType\":\"TIMImageElem\",\"MsgContent\":{\"UUID\":\"u\",\"ImageFormat\":1,"
        + "\"ImageInfoArray\":[{\"Type\":1,\"Size\":1,\"Width\":1,\"Height\":1,\"Url\":\"x\"}]}}]}");

    assertEquals("MsgBody[0].MsgContent.ImageInfoArray[0].Url", problem.field());
    assertEquals("unknown field (the nearest known name is URL)", problem.rule());
  }

  @Test
  void anExtraFieldOnARecordTypeWithoutItIsAProblem() throws IOException {
    assertEquals("line 1 (member): SourceId: is not a field of member records (only group_msg and c2c_msg records have one)",
        onlyProblem("{\"type\":\"member\",\"GroupId\":\"g\",\"SourceId\":\"x\",\"Member_Account\":\"a\"}").toString());
    assertEquals("line 1 (account): GroupId: is not a field of account records",
        onlyProblem("{\"type\":\"account\",\"GroupId\":\"g\",\"UserID\":\"a\"}").toString());
  }

  @Test
  void missingFieldsAreNamedWithTheirPath() throws IOException {
    assertEquals("line 1 (group_msg S1): SendTime: is required", onlyProblem(
        "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"S1\",\"From_Account\":\"a\",\"MsgBody\":" + text("x") + "}").toString());
    assertEquals("line 1 (group_msg S1): MsgBody[0].MsgContent.Text: is required", onlyProblem(
        "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"S1\",\"From_Account\":\"a\",\"SendTime\":1,"
            + "\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{}}]}").toString());
    assertEquals("line 1 (group_msg): SourceId: is required (the message's ID in the old system, unique in the file)", onlyProblem(
        "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":" + text("x") + "}").toString());
    assertEquals("line 1 (group): GroupId: is required in a history file (the custom ID of the group to create)",
        onlyProblem("{\"type\":\"group\",\"Type\":\"Public\",\"Name\":\"n\",\"CreateTime\":1}").toString());
    assertEquals("line 1 (member): GroupId: is required",
        onlyProblem("{\"type\":\"member\",\"Member_Account\":\"a\"}").toString());
    assertEquals("line 1 (group_msg S1): MsgBody[0].MsgType: is required (the element's type)", onlyProblem(
        "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"S1\",\"From_Account\":\"a\",\"SendTime\":1,"
            + "\"MsgBody\":[{\"MsgContent\":{\"Text\":\"x\"}}]}").toString());
  }

  @Test
  void wrongTypesAreNamedWithWhatWasExpected() throws IOException {
    String head = "{\"type\":\"group_msg\",\"GroupId\":\"g\",\"SourceId\":\"S1\",\"From_Account\":\"a\",";
    assertEquals("line 1 (group_msg S1): SendTime: must be a whole number; found abc",
        onlyProblem(head + "\"SendTime\":\"abc\",\"MsgBody\":" + text("x") + "}").toString());
    assertEquals("line 1 (group_msg S1): SendTime: must be a whole number; found 1.5",
        onlyProblem(head + "\"SendTime\":1.5,\"MsgBody\":" + text("x") + "}").toString());
    assertEquals("line 1 (group_msg S1): MsgBody: must be an array; found an object",
        onlyProblem(head + "\"SendTime\":1,\"MsgBody\":{}}").toString());
    assertEquals("line 1 (group_msg S1): MsgBody[0]: must be a message element {\"MsgType\": ..., \"MsgContent\": {...}}; "
        + "found a string", onlyProblem(head + "\"SendTime\":1,\"MsgBody\":[\"hi\"]}").toString());
    assertEquals("line 1 (group_msg S1): MsgBody[1]: must not be null",
        onlyProblem(head + "\"SendTime\":1,\"MsgBody\":[" + text("x").substring(1, text("x").length() - 1) + ",null]}").toString());
    assertEquals("line 1 (member): UnreadMsgNum: must be a whole number from -2147483648 to 2147483647; found 3000000000",
        onlyProblem("{\"type\":\"member\",\"GroupId\":\"g\",\"Member_Account\":\"a\",\"UnreadMsgNum\":3000000000}").toString());
    assertEquals("line 1 (group): GroupId: must be a string; found a number",
        onlyProblem("{\"type\":\"group\",\"GroupId\":7,\"Type\":\"Public\",\"Name\":\"n\"}").toString());
  }

  @Test
  void roleMayOnlyBeAdmin() throws IOException {
    assertEquals("line 1 (member): Role: must be \"Admin\" or absent; found \"Member\"",
        onlyProblem("{\"type\":\"member\",\"GroupId\":\"g\",\"Member_Account\":\"a\",\"Role\":\"Member\"}").toString());
  }

  @Test
  void aGroupOrAccountLineThatFailsStillNamesTheIdItDefines() throws IOException {
    Seen seen = scan(write(dir,
        "{\"type\":\"group\",\"GroupId\":\"team-1\",\"Type\":\"Public\"}",
        "{\"type\":\"account\",\"UserID\":\"alice\",\"Nick\":1,\"Face\":\"x\"}"));

    assertEquals(List.of(Optional.of("team-1"), Optional.of("alice")), seen.definedIds());
    assertEquals("line 1 (group): Name: is required", seen.problems().get(0).toString());
    // A number where a string is expected is refused (Moshi would read its digits), before the unknown Face.
    assertEquals("line 2 (account): Nick: must be a string; found a number", seen.problems().get(1).toString());
  }
}
