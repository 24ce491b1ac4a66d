package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A line is one JSON object; when it is not, the check says where and why. */
class JsonSyntaxTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      "  {\"a\" : [1, -0, 2.5e-3, 1E+2, true, false, null, {\"b\":{}} ], \"c\":\"\\u00e9\\n\\\"\\\\\\/\"}  ",
      "{\"emoji\":\"\\ud83d\\ude00 😀\",\"cjk\":\"中文\"}",
      "{\"tab\":\"a\\tb\",\"esc\":\"\\u0000\\u0001\"}",
  })
  void validLinesPass(String line) {
    assertNull(check(line));
  }

  @Test
  void eachKindOfMistakeIsNamedAtItsColumn() {
    assertEquals(new JsonSyntax.Error(6, "expected ':' after the field name \"a\", found '1'"), check("{\"a\" 1}"));
    assertEquals(new JsonSyntax.Error(6, "unexpected '}' where the value of \"a\" should be (the value is missing)"), check("{\"a\":}"));
    assertEquals(new JsonSyntax.Error(11, "a ',' must not come right before ']' (JSON has no trailing commas)"), check("{\"a\":[1,2,]}"));
    assertEquals(new JsonSyntax.Error(11, "expected ',' or ']' after element 1 of the array \"a\", found '3'"), check("{\"a\":[1,2 3]}"));
    assertEquals(new JsonSyntax.Error(6, "unexpected 'T' where the value of \"a\" should be (a string takes double quotes; "
        + "true, false and null are lowercase)"), check("{\"a\":True}"));
    assertEquals(new JsonSyntax.Error(6, "unexpected ''' where the value of \"a\" should be (JSON strings take double quotes)"),
        check("{\"a\":'x'}"));
    assertEquals(new JsonSyntax.Error(8, "a tab must be escaped in a string (\\t)"), check("{\"a\":\"x\ty\"}"));
    assertEquals(new JsonSyntax.Error(7, "\\x is not an escape sequence of JSON (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
        check("{\"a\":\"\\x\"}"));
    assertEquals(new JsonSyntax.Error(7, "\\ud83d is the first half of a surrogate pair: \\udc00 to \\udfff must follow"),
        check("{\"a\":\"\\ud83d\"}"));
    assertEquals(new JsonSyntax.Error(7, "\\ude00 is the second half of a surrogate pair without its first half"),
        check("{\"a\":\"\\ude00\"}"));
    assertEquals(new JsonSyntax.Error(7, "\\u must be followed by four hexadecimal digits"), check("{\"a\":\"\\u12g4\"}"));
    assertEquals(new JsonSyntax.Error(8, "a number must have a digit after '.'"), check("{\"a\":1.}"));
    assertEquals(new JsonSyntax.Error(6, "a number must have a digit after '-'"), check("{\"a\":-x}"));
    assertEquals(new JsonSyntax.Error(8, "a number's exponent must have a digit"), check("{\"a\":1e}"));
    assertEquals(new JsonSyntax.Error(7, "the line ends inside the record's object: ',' or '}' is missing after the value of \"a\""),
        check("{\"a\":1"));
    assertEquals(new JsonSyntax.Error(8, "the line ends inside the array \"a\": ',' or ']' is missing after element 0"),
        check("{\"a\":[1"));
    assertEquals(new JsonSyntax.Error(1, "a record must be a JSON object {...}, found '\"'"), check("\"text\""));
  }

  @Test
  void nestingIsLimited() {
    String deep = "{\"a\":" + "[".repeat(JsonSyntax.MAX_DEPTH) + "]".repeat(JsonSyntax.MAX_DEPTH) + "}";
    assertEquals("objects and arrays are nested more than 255 levels deep", check(deep).message());
  }

  @Test
  void overlongAndSurrogateUtf8IsRefused() {
    assertEquals("bytes that are not UTF-8 (0xC0): a history file is UTF-8", checkBytes(0xC0, 0x80).message());
    assertEquals("bytes that are not UTF-8 (0xED 0xA0): a history file is UTF-8", checkBytes(0xED, 0xA0, 0x80).message());
    assertEquals("bytes that are not UTF-8 (0xF4 0x90): a history file is UTF-8", checkBytes(0xF4, 0x90, 0x80, 0x80).message());
    assertNull(checkBytes(0xF0, 0x9F, 0x98, 0x80));
  }

  private static JsonSyntax.Error check(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return JsonSyntax.check(bytes, 0, bytes.length);
  }

  /** {@code {"a":"<bytes>"}} */
  private static JsonSyntax.Error checkBytes(int... inside) {
    byte[] head = "{\"a\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] line = new byte[head.length + inside.length + 2];
    System.arraycopy(head, 0, line, 0, head.length);
    for (int i = 0; i < inside.length; i++) {
      line[head.length + i] = (byte) inside[i];
    }
    line[line.length - 2] = '"';
    line[line.length - 1] = '}';
    return JsonSyntax.check(line, 0, line.length);
  }
}
