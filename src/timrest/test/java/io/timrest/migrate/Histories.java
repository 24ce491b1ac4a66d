package io.timrest.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes small history files and validates them, for the tests of this package. */
final class Histories {
  /** "Now" for every validation here: 2023-11-14T22:13:20Z. */
  static final long NOW = 1_700_000_000L;
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
  static final long CREATED = 1_620_000_000L;

  private Histories() {
  }

  /** A validation's outcome: the plan and every problem, in the order reported. */
  record Validation(Plan plan, List<Problem> problems) {
    /** The problems as {@code line field: rule} texts, for assertions that read like the report. */
    List<String> texts() {
      return problems.stream().map(Problem::toString).collect(Collectors.toList());
    }
  }

  /** Writes {@code lines}, each followed by a line feed, to a new file in {@code dir}. */
  static Path write(Path dir, String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return writeRaw(dir, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} as they are to a new file in {@code dir}. */
  static Path writeRaw(Path dir, byte[] bytes) {
    try {
      Path file = Files.createTempFile(dir, "history", ".jsonl");
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Validation validate(Path file) {
    return validate(file, Ids.STANDARD);
  }

  static Validation validate(Path file, Ids ids) {
    List<Problem> problems = new ArrayList<>();
    try (HistoryFile history = HistoryFile.open(file)) {
      Plan plan = new Validator(CLOCK, ids).validate(history, problems::add);
      return new Validation(plan, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Validation validate(Path dir, String... lines) {
    return validate(write(dir, lines));
  }

  // ------------------------------------------------------------------ records

  static String account(String userId) {
    return "{\"type\":\"account\",\"UserID\":\"" + userId + "\"}";
  }

  static String group(String groupId, String owner, long createTime) {
    return "{\"type\":\"group\",\"GroupId\":\"" + groupId + "\",\"Type\":\"Public\",\"Name\":\"Group\""
        + ",\"Owner_Account\":\"" + owner + "\",\"CreateTime\":" + createTime + "}";
  }

  static String member(String groupId, String account, long joinTime) {
    return "{\"type\":\"member\",\"GroupId\":\"" + groupId + "\",\"Member_Account\":\"" + account + "\",\"JoinTime\":"
        + joinTime + "}";
  }

  static String groupMsg(String groupId, String sourceId, String from, long sendTime) {
    return "{\"type\":\"group_msg\",\"GroupId\":\"" + groupId + "\",\"SourceId\":\"" + sourceId + "\",\"From_Account\":\""
        + from + "\",\"SendTime\":" + sendTime + ",\"MsgBody\":" + text("hi") + "}";
  }

  static String c2cMsg(String sourceId, String from, String to, long time) {
    return "{\"type\":\"c2c_msg\",\"SourceId\":\"" + sourceId + "\",\"From_Account\":\"" + from + "\",\"To_Account\":\""
        + to + "\",\"MsgTimeStamp\":" + time + ",\"MsgBody\":" + text("hi") + "}";
  }

  static String unread(String groupId, String account, int count) {
    return "{\"type\":\"unread\",\"GroupId\":\"" + groupId + "\",\"Member_Account\":\"" + account + "\",\"UnreadMsgNum\":"
        + count + "}";
  }

  /** A MsgBody of one text element. */
  static String text(String text) {
    return "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + text + "\"}}]";
  }
}
