package io.timrest.it.history;

import com.squareup.moshi.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;

/**
 * What a history file says the server holds once it is migrated: every group's message texts
 * and members, every one-to-one conversation's texts, in file order, and the unread counts. Read
 * from the file with a plain JSON reader, not with the migration's own parser, so that a bug of
 * the parser does not hide in both sides of a comparison.
 */
public final class ExpectedHistory {
  /** A member as the file imports it. */
  public record Member(String account, long joinTime) {}

  final Map<String, List<String>> groupTexts = new LinkedHashMap<>();
  final Map<String, List<Member>> members = new LinkedHashMap<>();
  final Map<String, Map<String, Long>> unread = new LinkedHashMap<>();
  /** Conversations by {@link #pair(String, String)}. */
  final Map<String, List<String>> c2cTexts = new LinkedHashMap<>();

  private ExpectedHistory() {
  }

  /**
   * Reads every record of {@code file}.
   *
   * @param file a history file
   * @return what the server holds after a complete migration
   */
  public static ExpectedHistory of(Path file) {
    return of(file, Set.of());
  }

  /**
   * Reads the records of {@code file} except those on {@code leftOutLines} (1-based), the records a
   * migration that skips invalid ones does not import.
   *
   * @param file a history file
   * @param leftOutLines lines whose records are not imported
   * @return what the server holds after the migration
   */
  public static ExpectedHistory of(Path file, Set<Long> leftOutLines) {
    ExpectedHistory expected = new ExpectedHistory();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || leftOutLines.contains(lineNumber)) {
          continue;
        }
        expected.add(parse(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  private void add(Map<String, Object> record) {
    String type = (String) record.get("type");
    switch (type) {
      case "group":
        groupTexts.put(string(record, "GroupId"), new ArrayList<>());
        members.put(string(record, "GroupId"), new ArrayList<>());
        break;
      case "member":
        members.computeIfAbsent(string(record, "GroupId"), g -> new ArrayList<>())
            .add(new Member(string(record, "Member_Account"), number(record, "JoinTime")));
        break;
      case "group_msg":
        groupTexts.computeIfAbsent(string(record, "GroupId"), g -> new ArrayList<>()).add(text(record));
        break;
      case "c2c_msg":
        c2cTexts.computeIfAbsent(pair(string(record, "From_Account"), string(record, "To_Account")), p -> new ArrayList<>())
            .add(text(record));
        break;
      case "unread":
        unread.computeIfAbsent(string(record, "GroupId"), g -> new LinkedHashMap<>())
            .put(string(record, "Member_Account"), number(record, "UnreadMsgNum"));
        break;
      default:
        break; // accounts: a migration that imports the rest has imported them
    }
  }

  /**
   * How many messages the file holds.
   *
   * @return group and one-to-one messages together
   */
  public long messages() {
    long count = 0;
    for (List<String> texts : groupTexts.values()) {
      count += texts.size();
    }
    for (List<String> texts : c2cTexts.values()) {
      count += texts.size();
    }
    return count;
  }

  /** The key of a conversation: its two accounts in a fixed order, whichever sends. */
  static String pair(String one, String other) {
    return one.compareTo(other) <= 0 ? one + "|" + other : other + "|" + one;
  }

  @SuppressWarnings("unchecked")
  private static String text(Map<String, Object> record) {
    List<Object> body = (List<Object>) record.get("MsgBody");
    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) body.get(0)).get("MsgContent");
    return (String) content.get("Text");
  }

  private static String string(Map<String, Object> record, String name) {
    return (String) record.get(name);
  }

  private static long number(Map<String, Object> record, String name) {
    Object value = record.get(name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String line) {
    try {
      return (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(line)).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON record: " + line, e);
    }
  }
}
