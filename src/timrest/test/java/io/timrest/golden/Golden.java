package io.timrest.golden;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okio.Buffer;
import org.opentest4j.AssertionFailedError;

/**
 * Golden wire-format examples for tests: the files in {@code src/timrest/test/resources/golden/}, derived
 * from the documentation pages' examples by {@link SeedExamples} (see the README there), and those
 * in its {@code spec/} folder, transcribed from the examples of {@code spec/openapi.yaml} and checked
 * against them by {@link SpecExamples}.
 *
 * <p>{@link #assertJsonEquals} compares JSON trees: object key order is irrelevant (use
 * {@link #assertJsonEqualsInKeyOrder} where it matters), array order
 * matters, strings compare exactly (control characters included), and numbers compare by their
 * literal, never through {@code double}:
 *
 * <ul>
 *   <li>two numbers are equal when their decimal values are equal ({@link BigDecimal#compareTo}),
 *       so {@code 1.5} equals {@code 1.50} and {@code 9007199254740993} differs from
 *       {@code 9007199254740992};
 *   <li>and both are integer literals (digits only) or neither is. {@code 23} and {@code 23.0}
 *       differ: the API's Integer fields ({@code MsgSeq}, {@code SendTime}, {@code Random} up to
 *       4294967295) must go on the wire as integers, and a model that writes {@code 23.0} has a
 *       real bug that value equality would hide.
 * </ul>
 */
public final class Golden {

  private Golden() {}

  /** The golden file {@code name} from the classpath folder {@code golden/}, as UTF-8 text. */
  public static String read(String name) {
    Objects.requireNonNull(name, "name");
    String resource = "golden/" + name;
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * {@code json} read strictly with Moshi's {@link JsonReader#readJsonValue()}: maps, lists,
   * strings, booleans, nulls and (beware) every number as a {@link Double}. For comparisons use
   * {@link #assertJsonEquals}, which keeps numbers exact.
   */
  public static Object parse(String json) {
    JsonReader reader = strictReader(json);
    try {
      Object value = reader.readJsonValue();
      requireEnd(reader);
      return value;
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("not strict JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Asserts that two JSON texts are the same JSON tree (see the class comment for the rules). On a
   * mismatch the message names the JSON path of the first difference, for example
   * <code>$.MsgList[0].MsgBody[1].MsgContent.Data: expected "abc&#92;u0000&#92;u0001" but was "abc"</code>.
   */
  public static void assertJsonEquals(String expectedJson, String actualJson) {
    Object expected = readTree(expectedJson, "expected");
    Object actual = readTree(actualJson, "actual");
    String difference = firstDifference("$", expected, actual);
    if (difference != null) {
      throw new AssertionFailedError(difference, expectedJson, actualJson);
    }
  }

  /**
   * Asserts {@link #assertJsonEquals} and, beyond it, that every object lists its keys in the same
   * order: the generated adapters write properties in spec order, and a golden file transcribed
   * from the spec holds that order. A key-order mismatch names the object's JSON path and both
   * orders, for example <code>$.MemberList[1]: expected keys [Member_Account, JoinTime] but was
   * [JoinTime, Member_Account]</code>.
   */
  public static void assertJsonEqualsInKeyOrder(String expectedJson, String actualJson) {
    assertJsonEquals(expectedJson, actualJson);
    String difference =
        firstKeyOrderDifference("$", readTree(expectedJson, "expected"), readTree(actualJson, "actual"));
    if (difference != null) {
      throw new AssertionFailedError(difference, expectedJson, actualJson);
    }
  }

  /** A JSON number, kept as the literal text the reader saw. */
  record JsonNumber(String literal) {

    BigDecimal value() {
      return new BigDecimal(literal);
    }

    boolean isIntegerLiteral() {
      return literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
    }

    boolean sameAs(JsonNumber other) {
      return isIntegerLiteral() == other.isIntegerLiteral() && value().compareTo(other.value()) == 0;
    }
  }

  private static Object readTree(String json, String which) {
    Objects.requireNonNull(json, which);
    JsonReader reader = strictReader(json);
    try {
      Object tree = readValue(reader);
      requireEnd(reader);
      return tree;
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException(which + " is not strict JSON: " + e.getMessage(), e);
    }
  }

  /** Objects become insertion-ordered maps, arrays lists, numbers {@link JsonNumber}, null null. */
  private static Object readValue(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (object.containsKey(name)) {
            throw new JsonDataException("duplicate key at " + reader.getPath());
          }
          object.put(name, readValue(reader));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(readValue(reader));
        }
        reader.endArray();
        return array;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        // nextString() gives the literal as written, where nextDouble() would round it.
        return new JsonNumber(reader.nextString());
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new JsonDataException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /** The first difference in document order of {@code expected}, or null if the trees are equal. */
  private static String firstDifference(String path, Object expected, Object actual) {
    if (!kind(expected).equals(kind(actual))) {
      return path + ": expected " + render(expected) + " but was " + render(actual);
    }
    if (expected instanceof Map<?, ?> expectedObject) {
      Map<?, ?> actualObject = (Map<?, ?>) actual;
      for (Map.Entry<?, ?> entry : expectedObject.entrySet()) {
        String childPath = childPath(path, (String) entry.getKey());
        if (!actualObject.containsKey(entry.getKey())) {
          return childPath + ": expected " + render(entry.getValue()) + " but was absent";
        }
        String difference = firstDifference(childPath, entry.getValue(), actualObject.get(entry.getKey()));
        if (difference != null) {
          return difference;
        }
      }
      for (Map.Entry<?, ?> entry : actualObject.entrySet()) {
        if (!expectedObject.containsKey(entry.getKey())) {
          return childPath(path, (String) entry.getKey())
              + ": expected absent but was " + render(entry.getValue());
        }
      }
      return null;
    }
    if (expected instanceof List<?> expectedArray) {
      List<?> actualArray = (List<?>) actual;
      int common = Math.min(expectedArray.size(), actualArray.size());
      for (int i = 0; i < common; i++) {
        String difference = firstDifference(path + "[" + i + "]", expectedArray.get(i), actualArray.get(i));
        if (difference != null) {
          return difference;
        }
      }
      if (expectedArray.size() > common) {
        return path + "[" + common + "]: expected " + render(expectedArray.get(common))
            + " but was absent (expected " + expectedArray.size() + " elements, was " + actualArray.size() + ")";
      }
      if (actualArray.size() > common) {
        return path + "[" + common + "]: expected absent but was " + render(actualArray.get(common))
            + " (expected " + expectedArray.size() + " elements, was " + actualArray.size() + ")";
      }
      return null;
    }
    if (expected instanceof JsonNumber expectedNumber) {
      JsonNumber actualNumber = (JsonNumber) actual;
      if (expectedNumber.sameAs(actualNumber)) {
        return null;
      }
      String note =
          expectedNumber.value().compareTo(actualNumber.value()) == 0
              ? " (same value, but only one is an integer literal)"
              : "";
      return path + ": expected " + expectedNumber.literal() + " but was " + actualNumber.literal() + note;
    }
    return Objects.equals(expected, actual)
        ? null
        : path + ": expected " + render(expected) + " but was " + render(actual);
  }

  /** The first object, in document order, whose keys are ordered differently; the trees are equal otherwise. */
  private static String firstKeyOrderDifference(String path, Object expected, Object actual) {
    if (expected instanceof Map<?, ?> expectedObject) {
      Map<?, ?> actualObject = (Map<?, ?>) actual;
      List<?> expectedKeys = List.copyOf(expectedObject.keySet());
      List<?> actualKeys = List.copyOf(actualObject.keySet());
      if (!expectedKeys.equals(actualKeys)) {
        return path + ": expected keys " + expectedKeys + " but was " + actualKeys;
      }
      for (Map.Entry<?, ?> entry : expectedObject.entrySet()) {
        String difference = firstKeyOrderDifference(
            childPath(path, (String) entry.getKey()), entry.getValue(), actualObject.get(entry.getKey()));
        if (difference != null) {
          return difference;
        }
      }
    } else if (expected instanceof List<?> expectedArray) {
      List<?> actualArray = (List<?>) actual;
      for (int i = 0; i < expectedArray.size(); i++) {
        String difference = firstKeyOrderDifference(path + "[" + i + "]", expectedArray.get(i), actualArray.get(i));
        if (difference != null) {
          return difference;
        }
      }
    }
    return null;
  }

  private static String kind(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof Map) {
      return "object";
    } else if (value instanceof List) {
      return "array";
    } else if (value instanceof String) {
      return "string";
    } else if (value instanceof JsonNumber) {
      return "number";
    } else {
      return "boolean";
    }
  }

  /** Moshi-style path step: {@code .name}, or {@code ['name']} when the name is not a plain word. */
  private static String childPath(String path, String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + name : path + "[" + quote(name, '\'') + "]";
  }

  private static final int MAX_RENDERED = 120;

  /** Compact JSON for a failure message, control characters escaped, long values shortened. */
  private static String render(Object value) {
    StringBuilder out = new StringBuilder();
    renderTo(out, value);
    return out.length() <= MAX_RENDERED ? out.toString() : out.substring(0, MAX_RENDERED) + "...";
  }

  private static void renderTo(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> object) {
      out.append('{');
      Iterator<? extends Map.Entry<?, ?>> entries = object.entrySet().iterator();
      while (entries.hasNext() && out.length() <= MAX_RENDERED) {
        Map.Entry<?, ?> entry = entries.next();
        out.append(quote((String) entry.getKey(), '"')).append(':');
        renderTo(out, entry.getValue());
        if (entries.hasNext()) {
          out.append(',');
        }
      }
      out.append('}');
    } else if (value instanceof List<?> array) {
      out.append('[');
      for (int i = 0; i < array.size() && out.length() <= MAX_RENDERED; i++) {
        if (i > 0) {
          out.append(',');
        }
        renderTo(out, array.get(i));
      }
      out.append(']');
    } else if (value instanceof String string) {
      out.append(quote(string, '"'));
    } else if (value instanceof JsonNumber number) {
      out.append(number.literal());
    } else {
      out.append(value); // Boolean or null
    }
  }

  /** {@code text} quoted with JSON escapes, so control characters show as <code>&#92;u0000</code>. */
  static String quote(String text, char quote) {
    StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (ch == quote) {
            out.append('\\').append(ch);
          } else if (ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029') {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append(quote).toString();
  }

  private static JsonReader strictReader(String json) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    reader.setLenient(false);
    return reader;
  }

  private static void requireEnd(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonEncodingException("content after the JSON value at " + reader.getPath());
    }
  }
}
