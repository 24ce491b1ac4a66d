package io.timrest;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.timrest.model.TimJsonAdapters;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;

/**
 * Reads a model from JSON that a person wrote (a request body, a list of messages), strictly:
 * where the client reads the server's answers leniently (an unknown field is skipped, because the
 * API adds fields over time), a person's JSON with an unknown field is refused, naming the field
 * and the nearest known name ({@code "Randum"}: did you mean {@code Random}?), since a misspelled
 * field would otherwise be dropped without a word. Every failure is a
 * {@link TimValidationException}: a syntax error says the line and column, in words
 * ({@code rule()} {@code syntax}); a value of the wrong JSON type, a missing required field or a
 * JSON {@code null} for one names the field ({@code type}, {@code required}); an unknown field is
 * {@code unknownField}. The spec's other constraints are not checked here: the client checks them
 * ({@code validate()}) before it sends the request.
 */
public final class TimJson {
  private static final Moshi MOSHI = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();
  /** Moshi's {@code JsonEncodingException}: a message, then where its reader stopped. */
  private static final Pattern AT_PATH = Pattern.compile("(?s)(.*?) at (?:path )?(\\$\\S*)$");
  private static final Pattern EXPECTED = Pattern.compile("(?s)Expected (.+?) but was (\\w+)");
  private static final Pattern MISSING = Pattern.compile("Required value '(\\w+)' missing");
  private static final Pattern NULL = Pattern.compile("Non-null value '(\\w+)' was null");

  private TimJson() {
  }

  /**
   * Reads one {@code type} from {@code json}, strictly.
   *
   * @param <T> the model type
   * @param type a model class of {@code io.timrest.model}, for example {@code ImportGroupMsgRequest.class}
   * @param json the JSON text: exactly one JSON value, optionally between whitespace
   * @return the model
   * @throws NullPointerException if an argument is null
   * @throws TimValidationException if {@code json} is not valid JSON, or not a {@code type}: an
   *     unknown field, a missing required field, a value of the wrong JSON type
   */
  public static <T> T readStrict(Class<T> type, String json) {
    return type.cast(read(Objects.requireNonNull(type, "type"), json));
  }

  /**
   * Reads a JSON array of {@code elementType} from {@code json}, strictly, like
   * {@link #readStrict(Class, String)}.
   *
   * @param <T> the element type
   * @param elementType a model class of {@code io.timrest.model}, for example {@code ImportMsg.class}
   * @param json the JSON text: exactly one JSON array, optionally between whitespace
   * @return the elements, an unmodifiable list
   * @throws NullPointerException if an argument is null
   * @throws TimValidationException if {@code json} is not valid JSON, or not an array of
   *     {@code elementType}, or an element is {@code null}
   */
  public static <T> List<T> readStrictList(Class<T> elementType, String json) {
    List<?> list = (List<?>) read(Types.newParameterizedType(List.class, Objects.requireNonNull(elementType, "elementType")), json);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new TimValidationException("[" + i + "]", "required", "an element of the array must not be null");
      }
    }
    return List.copyOf(list.stream().map(elementType::cast).toList());
  }
  /**
   * The known name a mistyped one most likely meant, as this class's refusals suggest it (and the
   * history file's reader of {@code timrest migrate}): ignoring case, a known name that starts with
   * the given one or that it starts with (a name cut short or run on) before any other, then the
   * smallest edit distance (Levenshtein), the first of equals.
   *
   * @param name the name given, for example {@code Msgbody}
   * @param known the names that exist
   * @return the nearest known name, for example {@code MsgBody}; empty when {@code known} is empty
   * @throws NullPointerException if an argument is null
   */
  public static Optional<String> nearestName(String name, List<String> known) {
    Objects.requireNonNull(name, "name");
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : Objects.requireNonNull(known, "known")) {
      String other = candidate.toLowerCase(Locale.ROOT);
      int distance = editDistance(lower, other);
      boolean prefix = !lower.isEmpty() && (other.startsWith(lower) || lower.startsWith(other));
      int score = prefix && distance > 0 ? distance - 1000 : distance == 0 ? -2000 : distance;
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character. */
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }


  private static Object read(Type type, String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Buffer buffer = new Buffer().write(bytes);
    JsonReader reader = JsonReader.of(buffer);
    reader.setFailOnUnknown(true);
    JsonAdapter<Object> adapter = MOSHI.adapter(type);
    try {
      Object value = adapter.fromJson(reader);
      if (value == null) {
        throw new TimValidationException("", "syntax", "the JSON is null, not " + describe(type));
      }
      requireEnd(reader, bytes, buffer);
      return value;
    } catch (EOFException e) {
      throw syntax(bytes, bytes.length, bytes.length == 0 || json.isBlank()
          ? "the text holds no JSON" : "the text ends before the JSON value does");
    } catch (JsonEncodingException e) {
      String what = withoutPath(e.getMessage());
      // Moshi has taken the byte that ends an object or array early; the others it has only looked at.
      int at = consumed(bytes, buffer) - (what.startsWith("Unterminated object") || what.startsWith("Unterminated array") ? 1 : 0);
      throw syntax(bytes, at, plainWords(what, bytes, at));
    } catch (JsonDataException e) {
      throw dataError(e);
    } catch (IOException e) {
      throw new AssertionError(e); // a Buffer does no I/O
    }
  }

  private static void requireEnd(JsonReader reader, byte[] bytes, Buffer buffer) throws IOException {
    boolean end;
    try {
      end = reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException e) {
      end = false;
    }
    if (!end) {
      int at = consumed(bytes, buffer);
      throw syntax(bytes, at, "unexpected " + found(bytes, at) + " after the end of the JSON value");
    }
  }

  private static String withoutPath(String moshiMessage) {
    Matcher m = AT_PATH.matcher(moshiMessage);
    return m.matches() ? m.group(1) : moshiMessage;
  }

  /** Where the reader stopped: the bytes it took from the buffer. */
  private static int consumed(byte[] bytes, Buffer buffer) {
    return bytes.length - (int) buffer.size();
  }

  private static String describe(Type type) {
    return type instanceof Class ? ((Class<?>) type).getSimpleName() + " object" : "an array";
  }

  /** A value the adapters refused: a wrong JSON type, a required field missing or null, a constant. */
  private static TimValidationException dataError(JsonDataException e) {
    if (e.getCause() instanceof TimValidationException) {
      TimValidationException cause = (TimValidationException) e.getCause();
      Matcher at = AT_PATH.matcher(e.getMessage());
      String path = at.matches() ? field(at.group(2)) : "";
      return new TimValidationException(join(path, cause.field()), cause.rule(), explanationOf(cause));
    }
    Matcher at = AT_PATH.matcher(e.getMessage());
    if (!at.matches()) {
      return new TimValidationException("", "type", e.getMessage());
    }
    String what = at.group(1);
    String path = field(at.group(2));
    Matcher m;
    if ((m = MISSING.matcher(what)).matches()) {
      return new TimValidationException(join(path, m.group(1)), "required", "the field is missing");
    }
    if ((m = NULL.matcher(what)).matches()) {
      return new TimValidationException(path, "required", "must not be null");
    }
    if ((m = EXPECTED.matcher(what)).matches()) {
      return new TimValidationException(path, "type", "must be " + tokenName(m.group(1)) + ", found " + tokenName(m.group(2)));
    }
    return new TimValidationException(path, "type", what);
  }

  /** Moshi's token names ({@code BEGIN_ARRAY}) as words ({@code an array}); other text as it is ({@code a string}). */
  private static String tokenName(String token) {
    switch (token) {
      case "BEGIN_ARRAY":
        return "an array";
      case "BEGIN_OBJECT":
        return "an object";
      case "STRING":
        return "a string";
      case "NUMBER":
        return "a number";
      case "BOOLEAN":
        return "true or false";
      case "NULL":
        return "null";
      default:
        return token;
    }
  }

  /** The explanation of {@code e}: its message after {@code field: rule (}, without the closing parenthesis. */
  private static String explanationOf(TimValidationException e) {
    String message = e.getMessage();
    int open = message.indexOf(" (");
    return open >= 0 && message.endsWith(")") ? message.substring(open + 2, message.length() - 1) : message;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** A Moshi JSON path as a field: {@code $.MsgList[0].Random} is {@code MsgList[0].Random}, {@code $} is empty. */
  private static String field(String path) {
    return path.startsWith("$.") ? path.substring(2) : path.startsWith("$") ? path.substring(1) : path;
  }

  /** Moshi's words for a syntax error, said as a person would. */
  private static String plainWords(String what, byte[] bytes, int at) {
    String found = found(bytes, at);
    switch (what) {
      case "Expected name":
        return "expected a field name in double quotes, found " + found;
      case "Expected ':'":
        return "expected ':' after the field name, found " + found;
      case "Expected value":
        return "expected a value, found " + found;
      case "Unterminated object":
        return "expected ',' or '}' after a field's value, found " + found;
      case "Unterminated array":
        return "expected ',' or ']' after an element, found " + found;
      case "Unterminated string":
        return "a string is not closed";
      case "Unterminated escape sequence":
      case "Invalid escape sequence":
        return "invalid escape sequence in a string";
      default: // "Use JsonReader.setLenient(true) to accept malformed JSON": what strict JSON does not allow
        int i = firstNonWhitespace(bytes, at);
        boolean letter = i < bytes.length && (Character.isLetter(bytes[i]) || bytes[i] == '\'');
        return "unexpected " + found + (letter ? " (names and strings are written in double quotes)" : "");
    }
  }

  private static String found(byte[] bytes, int at) {
    int i = firstNonWhitespace(bytes, at);
    if (i >= bytes.length) {
      return "the end of the text";
    }
    int c = bytes[i] & 0xFF;
    if (c < 0x20) {
      return String.format("U+%04X", c);
    }
    int length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    return "'" + new String(bytes, i, Math.min(length, bytes.length - i), StandardCharsets.UTF_8) + "'";
  }

  private static int firstNonWhitespace(byte[] bytes, int at) {
    int i = at;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i;
  }

  /**
   * A syntax error at byte {@code at}, or at the first character after it that is not whitespace
   * (where Moshi's reader stopped), as a line and a column counted in characters from 1.
   */
  private static TimValidationException syntax(byte[] bytes, int at, String words) {
    int position = Math.min(firstNonWhitespace(bytes, Math.max(at, 0)), bytes.length);
    int line = 1;
    int column = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new TimValidationException("", "syntax", "invalid JSON at line " + line + ", column " + column + ": " + words);
  }
}
