package io.timrest.emulator;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * A small JSON value tree, read with Moshi's streaming {@link JsonReader}.
 *
 * <p>Deliberately independent of the client's generated models, so that a bug in those models is
 * not mirrored here. Numbers are kept as their literal text ({@link Num}) because {@code
 * readJsonValue} turns every number into a {@code Double} and loses 64-bit precision. Every value
 * whose key is {@code MsgBody} is captured verbatim ({@link Raw}) so that unknown element types and
 * exotic content round-trip byte for byte (docs/server-rules.md §6).
 */
final class Json {

  /** A JSON number as its literal text. */
  record Num(String literal) {
    /** The value as a long, or null when it is not an integer literal that fits 64 bits. */
    Long asLong() {
      try {
        return Long.parseLong(literal);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** JSON {@code null} (distinct from an absent key). */
  enum Null {
    INSTANCE
  }

  /** A value kept as its verbatim JSON text, together with its parsed tree for validation. */
  record Raw(ByteString text, Object parsed) {}

  /** Thrown when a document is not strict JSON. */
  static final class ParseException extends Exception {
    ParseException(String message) {
      super(message, null, false, false);
    }
  }

  static final String RAW_KEY = "MsgBody";

  /**
   * The deepest nesting of objects and arrays parsed, the top-level object counting as 1; a
   * deeper document is a parse error. Not documented; real messages nest a few levels.
   */
  static final int MAX_DEPTH = 64;
  static final long UINT32_MAX = 0xFFFF_FFFFL;

  private Json() {}

  /** Parses a strict JSON document whose top level must be an object. */
  static Map<String, Object> parseObject(ByteString bytes) throws ParseException {
    Object value = parse(bytes);
    if (!(value instanceof Map<?, ?>)) {
      throw new ParseException("the request body is not a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }

  /**
   * Parses a strict JSON document of UTF-8 text. Invalid UTF-8 (which Moshi would turn into
   * U+FFFD) and nesting deeper than {@link #MAX_DEPTH} are parse errors. Each {@code MsgBody}
   * value is captured once, verbatim, and parsed once more without capturing what it contains,
   * so no part of the document is copied or parsed more than twice, whatever it nests.
   */
  static Object parse(ByteString bytes) throws ParseException {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes.asByteBuffer());
    } catch (CharacterCodingException e) {
      throw new ParseException("the document is not valid UTF-8");
    }
    return parse(bytes, 0, true);
  }

  /** {@code depth}: the containers the value is nested in; {@code capture}: keep MsgBody verbatim. */
  private static Object parse(ByteString bytes, int depth, boolean capture) throws ParseException {
    JsonReader reader = JsonReader.of(new Buffer().write(bytes));
    reader.setLenient(false);
    try {
      Object value = read(reader, depth, capture);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new ParseException("trailing data after the JSON value at " + reader.getPath());
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw new ParseException("invalid JSON: " + e.getMessage());
    }
  }

  private static Object read(JsonReader reader, int depth, boolean capture) throws IOException, ParseException {
    JsonReader.Token token = reader.peek();
    if ((token == JsonReader.Token.BEGIN_OBJECT || token == JsonReader.Token.BEGIN_ARRAY) && depth >= MAX_DEPTH) {
      // The recursion below is bounded by this check.
      throw new ParseException("nested deeper than " + MAX_DEPTH + " levels at " + reader.getPath());
    }
    switch (token) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (capture && RAW_KEY.equals(name)) {
            ByteString text;
            try (BufferedSource source = reader.nextSource()) {
              text = source.readByteString();
            }
            // nextSource() checks only the nesting; parse the captured text strictly as well,
            // once: a MsgBody inside it is part of the verbatim text, not captured again.
            map.put(name, new Raw(text, parse(text, depth + 1, false)));
          } else {
            map.put(name, read(reader, depth + 1, capture));
          }
        }
        reader.endObject();
        return Collections.unmodifiableMap(map);
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader, depth + 1, capture));
        }
        reader.endArray();
        return Collections.unmodifiableList(list);
      case STRING:
        return reader.nextString();
      case NUMBER:
        // nextString() on a NUMBER token returns its literal text, with no Double in between.
        return new Num(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        reader.nextNull();
        return Null.INSTANCE;
      default:
        throw new ParseException("unexpected token " + token + " at " + reader.getPath());
    }
  }

  /** The value of a parsed {@link Raw} or the value itself. */
  static Object unwrap(Object value) {
    return value instanceof Raw raw ? raw.parsed() : value;
  }

  /** True when the literal is an integer in 0..4294967295 (docs/server-rules.md §1, §3: uint32). */
  static boolean isUint32(Object value) {
    if (!(value instanceof Num num) || !num.literal().matches("0|[1-9][0-9]{0,9}")) {
      return false;
    }
    return new BigInteger(num.literal()).compareTo(BigInteger.valueOf(UINT32_MAX)) <= 0;
  }

  /** True when the text is an unsigned decimal integer in 0..4294967295. */
  static boolean isUint32Text(String text) {
    return text != null && isUint32(new Num(text));
  }

  /** Writes a parsed value compactly; {@link Raw} values are written verbatim. */
  static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Raw raw) {
      writer.value(new Buffer().write(raw.text()));
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writer.name((String) entry.getKey());
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof List<?> list) {
      writer.beginArray();
      for (Object element : list) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof String string) {
      writer.value(string);
    } else if (value instanceof Num num) {
      writer.value(new Buffer().writeUtf8(num.literal()));
    } else if (value instanceof Boolean bool) {
      writer.value(bool);
    } else if (value == Null.INSTANCE) {
      writer.nullValue();
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value);
    }
  }

  /**
   * The size in UTF-8 bytes of the compact serialization of a parsed value: what a client's JSON
   * library sends, independent of the whitespace in this particular request.
   */
  static long compactSize(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      write(writer, unwrap(value));
    } catch (IOException e) {
      throw new IllegalStateException("writing to a Buffer cannot fail", e);
    }
    return buffer.size();
  }
}
