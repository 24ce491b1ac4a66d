package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report is JSON Lines: one object per record not imported, a problem of the file or a refusal of the server. */
class ReportTest {
  @TempDir
  Path dir;

  @Test
  void aProblemIsWrittenWithCodeInvalid() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Report report = new Report(out)) {
      report.problem(new Problem(12, RecordType.GROUP_MSG, Optional.of("C123/1620000200.000100"), "SendTime",
          "must not be before the previous message of group team-1 (1620000200 < 1620000300)"));
      report.problem(new Problem(3, null, Optional.empty(), "", "invalid JSON at column 5: expected ':' after \"a\""));
    }

    assertEquals(List.of(
        "{\"line\":12,\"type\":\"group_msg\",\"SourceId\":\"C123/1620000200.000100\",\"code\":\"invalid\",\"field\":\"SendTime\","
            + "\"reason\":\"must not be before the previous message of group team-1 (1620000200 < 1620000300)\"}",
        "{\"line\":3,\"code\":\"invalid\",\"reason\":\"invalid JSON at column 5: expected ':' after \\\"a\\\"\"}"),
        out.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void aRefusalOfTheServerIsWrittenWithItsNumericCode() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Report report = new Report(out)) {
      report.failure(40, RecordType.C2C_MSG, Optional.of("D9/1620000300.1"), 90012, "To_Account", "To_Account is not registered");
      report.failure(7, RecordType.MEMBER, Optional.empty(), 10019, "", "user not found");
      assertEquals(2, report.entries());
    }

    assertEquals(List.of(
        "{\"line\":40,\"type\":\"c2c_msg\",\"SourceId\":\"D9/1620000300.1\",\"code\":90012,\"field\":\"To_Account\","
            + "\"reason\":\"To_Account is not registered\"}",
        "{\"line\":7,\"type\":\"member\",\"code\":10019,\"reason\":\"user not found\"}"),
        out.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void aResumedRunAppendsToTheReport() throws IOException {
    Path file = dir.resolve("report.jsonl");
    Problem problem = new Problem(1, RecordType.ACCOUNT, Optional.empty(), "UserID", "must not be empty");
    try (Report report = Report.open(file, false)) {
      report.problem(problem);
    }
    try (Report report = Report.open(file, true)) {
      report.problem(problem);
    }
    try (Report report = Report.open(file, true)) {
      report.flush();
    }

    assertEquals(2, Files.readAllLines(file).size());
    try (Report report = Report.open(file, false)) {
      report.flush();
    }
    assertEquals(0, Files.readAllLines(file).size());
  }

  @Test
  void aProblemReadsLikeTheReport() {
    assertEquals("line 12 (group_msg C123/1620000200.000100): SendTime: must not be before the previous message of group "
        + "team-1 (1620000200 < 1620000300)",
        new Problem(12, RecordType.GROUP_MSG, Optional.of("C123/1620000200.000100"), "SendTime",
            "must not be before the previous message of group team-1 (1620000200 < 1620000300)").toString());
    assertEquals("line 4 (member): Role: must be \"Admin\" or absent; found \"Member\"",
        new Problem(4, RecordType.MEMBER, Optional.empty(), "Role", "must be \"Admin\" or absent; found \"Member\"").toString());
    assertEquals("line 3: invalid JSON at column 5: x", new Problem(3, null, Optional.empty(), "", "invalid JSON at column 5: x").toString());
    assertEquals(Optional.empty(), new Problem(3, null, Optional.empty(), "", "x").recordType());
  }

  @Test
  void aProblemHasALineFromOne() {
    assertThrows(IllegalArgumentException.class, () -> new Problem(0, null, Optional.empty(), "", "x"));
    assertThrows(NullPointerException.class, () -> new Problem(1, null, null, "", "x"));
  }
}
