package io.timrest.migrate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks that a line of a history file is one JSON object (RFC 8259, UTF-8) and, when it is not,
 * says where and why in the words of someone who wrote the file: a column, counted in characters
 * from 1, and what was expected there. Moshi says only "Use JsonReader.setLenient(true) to accept
 * malformed JSON" with a path, which is neither.
 *
 * <p>The check is strict where Moshi's strict mode is, so that a line that passes it is read by
 * Moshi without a syntax error: no comments, single quotes, unquoted names, trailing commas,
 * leading zeros, unescaped control characters; and it refuses what Moshi would silently replace:
 * bytes that are not UTF-8 and escapes of half a surrogate pair, which have no UTF-8 form.
 */
final class JsonSyntax {
  /** Moshi refuses deeper nesting; this check does too, with its own message. */
  static final int MAX_DEPTH = 255;

  /**
   * Where a line stops being JSON.
   *
   * @param column the column, in characters from 1
   * @param message what was expected there, or what is wrong
   */
  record Error(int column, String message) {
  }

  /**
   * Where the members of the line's object are, found while checking it: for member {@code i},
   * its name's bytes (inside the quotes) are {@code [nameStart(i), nameEnd(i))} and its value's
   * {@code [valueStart(i), valueEnd(i))}.
   */
  static final class Members {
    private int[] spans = new int[64];
    private int count;

    /** How many members the object has. */
    int count() {
      return count;
    }

    int nameStart(int i) {
      return spans[4 * i];
    }

    int nameEnd(int i) {
      return spans[4 * i + 1];
    }

    int valueStart(int i) {
      return spans[4 * i + 2];
    }

    int valueEnd(int i) {
      return spans[4 * i + 3];
    }

    private void add(int nameStart, int nameEnd, int valueStart, int valueEnd) {
      if (4 * count + 4 > spans.length) {
        spans = Arrays.copyOf(spans, spans.length * 2);
      }
      spans[4 * count] = nameStart;
      spans[4 * count + 1] = nameEnd;
      spans[4 * count + 2] = valueStart;
      spans[4 * count + 3] = valueEnd;
      count++;
    }
  }

  private final byte[] bytes;
  private final int start;
  private final int end;
  private final Members members;
  private int pos;

  private JsonSyntax(byte[] bytes, int start, int end, Members members) {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.members = members;
    this.pos = start;
  }

  /** Checks {@code bytes[start, end)}; null when it is one JSON object, optionally between whitespace. */
  static Error check(byte[] bytes, int start, int end) {
    return check(bytes, start, end, null);
  }

  /** Checks {@code bytes[start, end)} like {@link #check(byte[], int, int)}, noting where the object's members are. */
  static Error check(byte[] bytes, int start, int end, Members members) {
    JsonSyntax check = new JsonSyntax(bytes, start, end, members);
    try {
      check.line();
      return null;
    } catch (Failure failure) {
      return new Error(check.column(failure.at), failure.getMessage());
    }
  }

  /**
   * The text of a JSON string whose bytes inside the quotes are {@code [from, to)}: checked
   * already, so every escape is well formed.
   */
  static String decodeString(byte[] bytes, int from, int to) {
    int backslash = -1;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\\') {
        backslash = i;
        break;
      }
    }
    if (backslash < 0) {
      return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder(to - from);
    text.append(new String(bytes, from, backslash - from, StandardCharsets.UTF_8));
    int i = backslash;
    while (i < to) {
      if (bytes[i] != '\\') {
        int next = i;
        while (next < to && bytes[next] != '\\') {
          next++;
        }
        text.append(new String(bytes, i, next - i, StandardCharsets.UTF_8));
        i = next;
        continue;
      }
      byte c = bytes[i + 1];
      switch (c) {
        case 'b':
          text.append('\b');
          break;
        case 'f':
          text.append('\f');
          break;
        case 'n':
          text.append('\n');
          break;
        case 'r':
          text.append('\r');
          break;
        case 't':
          text.append('\t');
          break;
        case 'u':
          text.append((char) Integer.parseInt(new String(bytes, i + 2, 4, StandardCharsets.US_ASCII), 16));
          i += 6;
          continue;
        default:
          text.append((char) c); // " \ /
      }
      i += 2;
    }
    return text.toString();
  }

  private void line() {
    skipWhitespace();
    if (pos == end) {
      throw fail(pos, "the line holds no JSON");
    }
    if (bytes[pos] != '{') {
      String found = bytes[pos] == '[' ? "an array" : describe(pos);
      throw fail(pos, "a record must be a JSON object {...}, found " + found);
    }
    object(1, -1, -1);
    skipWhitespace();
    if (pos < end) {
      throw fail(pos, "unexpected " + describe(pos) + " after the end of the record's object (one record per line)");
    }
  }

  /** A value; its context is the name of the member it is the value of, or the array's name and the index. */
  private void value(int depth, int nameStart, int nameEnd, int index) {
    if (pos == end) {
      throw fail(pos, "the line ends where " + context(nameStart, nameEnd, index) + " should be");
    }
    byte c = bytes[pos];
    switch (c) {
      case '{':
        object(depth + 1, nameStart, nameEnd);
        return;
      case '[':
        array(depth + 1, nameStart, nameEnd);
        return;
      case '"':
        string();
        return;
      case 't':
        literal("true", nameStart, nameEnd, index);
        return;
      case 'f':
        literal("false", nameStart, nameEnd, index);
        return;
      case 'n':
        literal("null", nameStart, nameEnd, index);
        return;
      case '-':
        number();
        return;
      default:
        if (c >= '0' && c <= '9') {
          number();
          return;
        }
        throw unexpectedValue(nameStart, nameEnd, index);
    }
  }

  private void object(int depth, int ownerStart, int ownerEnd) {
    if (depth > MAX_DEPTH) {
      throw fail(pos, "objects and arrays are nested more than " + MAX_DEPTH + " levels deep");
    }
    pos++; // '{'
    skipWhitespace();
    if (pos < end && bytes[pos] == '}') {
      pos++;
      return;
    }
    boolean afterComma = false;
    while (true) {
      skipWhitespace();
      if (pos == end) {
        throw fail(pos, "the line ends inside " + objectName(ownerStart, ownerEnd) + ": a field name in double quotes or '}' is missing");
      }
      if (bytes[pos] != '"') {
        if (afterComma && bytes[pos] == '}') {
          throw fail(pos, "a ',' must not come right before '}' (JSON has no trailing commas)");
        }
        String hint = bytes[pos] == '\'' ? " (JSON names take double quotes)" : "";
        throw fail(pos, "expected a field name in double quotes, found " + describe(pos) + hint);
      }
      int nameStart = pos + 1;
      string();
      int nameEnd = pos - 1;
      skipWhitespace();
      if (pos == end || bytes[pos] != ':') {
        throw fail(pos, "expected ':' after the field name \"" + text(nameStart, nameEnd) + "\", found " + describe(pos));
      }
      pos++;
      skipWhitespace();
      int valueStart = pos;
      value(depth, nameStart, nameEnd, -1);
      if (depth == 1 && members != null) {
        members.add(nameStart, nameEnd, valueStart, pos);
      }
      skipWhitespace();
      if (pos == end) {
        throw fail(pos, "the line ends inside " + objectName(ownerStart, ownerEnd)
            + ": ',' or '}' is missing after the value of \"" + text(nameStart, nameEnd) + "\"");
      }
      if (bytes[pos] == ',') {
        pos++;
        afterComma = true;
        continue;
      }
      if (bytes[pos] == '}') {
        pos++;
        return;
      }
      throw fail(pos, "expected ',' or '}' after the value of \"" + text(nameStart, nameEnd) + "\", found " + describe(pos));
    }
  }

  private void array(int depth, int nameStart, int nameEnd) {
    if (depth > MAX_DEPTH) {
      throw fail(pos, "objects and arrays are nested more than " + MAX_DEPTH + " levels deep");
    }
    pos++; // '['
    skipWhitespace();
    if (pos < end && bytes[pos] == ']') {
      pos++;
      return;
    }
    for (int index = 0; ; index++) {
      skipWhitespace();
      if (index > 0 && pos < end && bytes[pos] == ']') {
        throw fail(pos, "a ',' must not come right before ']' (JSON has no trailing commas)");
      }
      value(depth, nameStart, nameEnd, index);
      skipWhitespace();
      if (pos == end) {
        throw fail(pos, "the line ends inside " + arrayName(nameStart, nameEnd) + ": ',' or ']' is missing after element " + index);
      }
      if (bytes[pos] == ',') {
        pos++;
        continue;
      }
      if (bytes[pos] == ']') {
        pos++;
        return;
      }
      throw fail(pos, "expected ',' or ']' after element " + index + " of " + arrayName(nameStart, nameEnd) + ", found " + describe(pos));
    }
  }

  private void string() {
    int open = pos;
    pos++; // '"'
    while (true) {
      if (pos == end) {
        throw fail(pos, "the string that starts at column " + column(open) + " is not closed: '\"' is missing");
      }
      int c = bytes[pos] & 0xFF;
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\') {
        escape();
      } else if (c < 0x20) {
        String name = c == '\t' ? "a tab" : String.format("control character U+%04X", c);
        throw fail(pos, name + " must be escaped in a string (" + (c == '\t' ? "\\t" : String.format("\\u%04x", c)) + ")");
      } else if (c < 0x80) {
        pos++;
      } else {
        utf8Sequence();
      }
    }
  }

  private void escape() {
    int backslash = pos;
    if (pos + 1 == end) {
      throw fail(pos, "the line ends inside an escape sequence");
    }
    byte c = bytes[pos + 1];
    switch (c) {
      case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
        pos += 2;
        return;
      case 'u':
        int unit = hex4(backslash);
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          throw fail(backslash, String.format("\\u%04x is the second half of a surrogate pair without its first half", unit));
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          if (pos + 1 < end && bytes[pos] == '\\' && bytes[pos + 1] == 'u') {
            int low = hex4(pos);
            if (low >= 0xDC00 && low <= 0xDFFF) {
              return;
            }
          }
          throw fail(backslash, String.format("\\u%04x is the first half of a surrogate pair: \\udc00 to \\udfff must follow", unit));
        }
        return;
      default:
        throw fail(backslash, "\\" + describeChar(pos + 1) + " is not an escape sequence of JSON (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    }
  }

  /** Reads {@code \}{@code uXXXX} at {@code at}, leaving {@code pos} after it. */
  private int hex4(int at) {
    int value = 0;
    for (int i = at + 2; i < at + 6; i++) {
      int digit = i < end ? Character.digit(bytes[i], 16) : -1;
      if (digit < 0) {
        throw fail(at, "\\u must be followed by four hexadecimal digits");
      }
      value = value * 16 + digit;
    }
    pos = at + 6;
    return value;
  }

  /** One multi-byte UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
  private void utf8Sequence() {
    int lead = bytes[pos] & 0xFF;
    int length;
    int min2 = 0x80;
    int max2 = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) {
        min2 = 0xA0;
      } else if (lead == 0xED) {
        max2 = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) {
        min2 = 0x90;
      } else if (lead == 0xF4) {
        max2 = 0x8F;
      }
    } else {
      throw notUtf8(pos, 1);
    }
    for (int i = 1; i < length; i++) {
      if (pos + i >= end) {
        throw notUtf8(pos, i);
      }
      int next = bytes[pos + i] & 0xFF;
      int min = i == 1 ? min2 : 0x80;
      int max = i == 1 ? max2 : 0xBF;
      if (next < min || next > max) {
        throw notUtf8(pos, i + 1);
      }
    }
    pos += length;
  }

  private void number() {
    int first = pos;
    if (bytes[pos] == '-') {
      pos++;
      if (pos == end || !digit(bytes[pos])) {
        throw fail(first, "a number must have a digit after '-'");
      }
    }
    if (bytes[pos] == '0') {
      pos++;
      if (pos < end && digit(bytes[pos])) {
        throw fail(first, "a number must not start with 0 unless it is 0 (no leading zeros)");
      }
    } else {
      while (pos < end && digit(bytes[pos])) {
        pos++;
      }
    }
    if (pos < end && bytes[pos] == '.') {
      pos++;
      if (pos == end || !digit(bytes[pos])) {
        throw fail(pos, "a number must have a digit after '.'");
      }
      while (pos < end && digit(bytes[pos])) {
        pos++;
      }
    }
    if (pos < end && (bytes[pos] == 'e' || bytes[pos] == 'E')) {
      pos++;
      if (pos < end && (bytes[pos] == '+' || bytes[pos] == '-')) {
        pos++;
      }
      if (pos == end || !digit(bytes[pos])) {
        throw fail(pos, "a number's exponent must have a digit");
      }
      while (pos < end && digit(bytes[pos])) {
        pos++;
      }
    }
  }

  private void literal(String word, int nameStart, int nameEnd, int index) {
    int length = word.length();
    if (end - pos >= length) {
      boolean same = true;
      for (int i = 0; i < length && same; i++) {
        same = bytes[pos + i] == word.charAt(i);
      }
      if (same) {
        pos += length;
        return;
      }
    }
    throw unexpectedValue(nameStart, nameEnd, index);
  }

  private Failure unexpectedValue(int nameStart, int nameEnd, int index) {
    byte c = bytes[pos];
    String hint = "";
    if (c == '\'') {
      hint = " (JSON strings take double quotes)";
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      hint = " (a string takes double quotes; true, false and null are lowercase)";
    } else if (c == '}' || c == ']' || c == ',') {
      hint = " (the value is missing)";
    }
    return fail(pos, "unexpected " + describe(pos) + " where " + context(nameStart, nameEnd, index) + " should be" + hint);
  }

  private Failure notUtf8(int at, int count) {
    StringBuilder shown = new StringBuilder();
    for (int i = at; i < Math.min(end, at + count); i++) {
      shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    return fail(at, "bytes that are not UTF-8 (" + shown + "): a history file is UTF-8");
  }

  private void skipWhitespace() {
    while (pos < end) {
      byte c = bytes[pos];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      pos++;
    }
  }

  private static boolean digit(byte c) {
    return c >= '0' && c <= '9';
  }

  private String context(int nameStart, int nameEnd, int index) {
    if (index >= 0) {
      return "element " + index + " of " + arrayName(nameStart, nameEnd);
    }
    return nameStart < 0 ? "a value" : "the value of \"" + text(nameStart, nameEnd) + "\"";
  }

  private String objectName(int nameStart, int nameEnd) {
    return nameStart < 0 ? "the record's object" : "the object \"" + text(nameStart, nameEnd) + "\"";
  }

  private String arrayName(int nameStart, int nameEnd) {
    return nameStart < 0 ? "an array" : "the array \"" + text(nameStart, nameEnd) + "\"";
  }

  private String text(int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** What is at {@code at}, for a message: {@code 'x'}, or the end of the line. */
  private String describe(int at) {
    return at >= end ? "the end of the line" : "'" + describeChar(at) + "'";
  }

  private String describeChar(int at) {
    int c = bytes[at] & 0xFF;
    if (c < 0x20 || c == 0x7F) {
      return String.format("U+%04X", c);
    }
    if (c < 0x80) {
      return String.valueOf((char) c);
    }
    int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    return new String(bytes, at, Math.min(length, end - at), StandardCharsets.UTF_8);
  }

  /** The column of byte {@code at}: characters before it, plus one (bytes before it are UTF-8). */
  private int column(int at) {
    int column = 1;
    for (int i = start; i < at && i < end; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }

  private Failure fail(int at, String message) {
    return new Failure(at, message);
  }

  /** Unwinds the check; thrown once per bad line, so it carries no stack trace. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int at;

    Failure(int at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }
}
