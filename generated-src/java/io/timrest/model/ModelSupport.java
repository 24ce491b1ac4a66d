// Generated from spec/openapi.yaml by templates/tim_model_support.mustache. Do not edit: change the
// template and run mvn generate-sources.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.timrest.TimJson;
import io.timrest.TimValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okio.Buffer;

/**
 * What every generated model and adapter shares: the checks of the spec's constraints (each
 * failure a {@link TimValidationException} whose rule is the spec's keyword), list copies, and
 * the adapters' strict and lenient reading.
 */
final class ModelSupport {
  private ModelSupport() {
  }

  static <T> List<T> copyWithoutNulls(List<? extends T> list, String property) {
    if (list == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element == null) {
        throw new NullPointerException(property + "[" + i + "] is null");
      }
      copy.add(element);
    }
    return copy;
  }

  static <T> List<T> unmodifiableCopy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** {@code required}: checked by every {@code build()}. */
  static void requirePresent(Object value, String model, String property) {
    if (value == null) {
      throw new TimValidationException(property, "required", model + " needs " + property + ", which is not set");
    }
  }

  /** A single-value {@code enum} (an element's {@code MsgType}): checked by {@code build()}. */
  static void requireConstant(String value, String constant, String model, String property) {
    if (!constant.equals(value)) {
      throw new TimValidationException(
          property, "enum", model + "." + property + " must be \"" + constant + "\", was \"" + value + "\"");
    }
  }

  /** JSON has no NaN or infinity: checked by {@code build()}, so that such a value cannot be sent. */
  static void requireFinite(Double value, String property) {
    if (value != null && !Double.isFinite(value)) {
      throw new TimValidationException(property, "finite", "must be a finite number, was " + value);
    }
  }

  // The checks take the path of the value's model ("at", like "MsgList[2].") and the property's
  // name apart, and join them only to report a failure: a valid request costs no string.

  /** {@code maxLength}, counted in UTF-8 bytes as the server counts. */
  static void checkMaxLength(String value, int maxBytes, String at, String name) {
    if (value != null && utf8Length(value) > maxBytes) {
      throw new TimValidationException(
          at + name, "maxLength", "at most " + maxBytes + " bytes in UTF-8, was " + utf8Length(value));
    }
  }

  /** {@code minLength}, counted in UTF-8 bytes as the server counts. */
  static void checkMinLength(String value, int minBytes, String at, String name) {
    if (value != null && utf8Length(value) < minBytes) {
      throw new TimValidationException(
          at + name, "minLength", "at least " + minBytes + (minBytes == 1 ? " byte" : " bytes") + ", was "
              + utf8Length(value));
    }
  }

  static void checkMinimum(Number value, long minimum, String at, String name) {
    if (value != null && value.longValue() < minimum) {
      throw new TimValidationException(at + name, "minimum", "at least " + minimum + ", was " + value);
    }
  }

  static void checkMaximum(Number value, long maximum, String at, String name) {
    if (value != null && value.longValue() > maximum) {
      throw new TimValidationException(at + name, "maximum", "at most " + maximum + ", was " + value);
    }
  }

  static void checkMinItems(List<?> list, int minItems, String at, String name) {
    if (list != null && list.size() < minItems) {
      throw new TimValidationException(
          at + name, "minItems", "at least " + minItems + (minItems == 1 ? " element" : " elements") + ", has "
              + list.size());
    }
  }

  static void checkMaxItems(List<?> list, int maxItems, String at, String name) {
    if (list != null && list.size() > maxItems) {
      throw new TimValidationException(at + name, "maxItems", "at most " + maxItems + " elements, has " + list.size());
    }
  }

  static void checkEnum(Object value, List<?> values, String at, String name) {
    if (value != null && !values.contains(value)) {
      throw new TimValidationException(
          at + name, "enum", "one of " + String.join(", ", names(values)) + ", was " + value);
    }
  }

  private static List<String> names(List<?> values) {
    List<String> names = new ArrayList<>(values.size());
    for (Object value : values) {
      names.add(String.valueOf(value));
    }
    return names;
  }

  /** The UTF-8 length of {@code text}, without encoding it. */
  static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3; // a lone surrogate is written as U+FFFD, three bytes
      }
    }
    return bytes;
  }

  /** {@code minLength} and {@code maxLength} of the strings of a list, each with its index. */
  static void checkEachLength(List<String> list, int minBytes, int maxBytes, String at, String name) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String text = list.get(i);
      if (utf8Length(text) < minBytes || utf8Length(text) > maxBytes) {
        checkMinLength(text, minBytes, at, name + "[" + i + "]");
        checkMaxLength(text, maxBytes, at, name + "[" + i + "]");
      }
    }
  }

  /** Checks every element of {@code list}, a property's value, with the element's path. */
  static void validateEach(List<?> list, String at, String name) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      validateNested(list.get(i), at + name + "[" + i + "].");
    }
  }

  /**
   * Checks the constraints of a model held by another, {@code at} being its path and a dot
   * ({@code MsgList[2].}); an element of unknown type has none.
   */
  static void validateNested(Object value, String at) {
    if (value instanceof AccountImportRequest) {
      ((AccountImportRequest) value).validateAt(at);
      return;
    }
    if (value instanceof AdminGetRoamMsgRequest) {
      ((AdminGetRoamMsgRequest) value).validateAt(at);
      return;
    }
    if (value instanceof AdminGetRoamMsgResponse) {
      ((AdminGetRoamMsgResponse) value).validateAt(at);
      return;
    }
    if (value instanceof AppDefinedDataItem) {
      ((AppDefinedDataItem) value).validateAt(at);
      return;
    }
    if (value instanceof C2cMsg) {
      ((C2cMsg) value).validateAt(at);
      return;
    }
    if (value instanceof CreateGroupRequest) {
      ((CreateGroupRequest) value).validateAt(at);
      return;
    }
    if (value instanceof CreateGroupResponse) {
      ((CreateGroupResponse) value).validateAt(at);
      return;
    }
    if (value instanceof Envelope) {
      ((Envelope) value).validateAt(at);
      return;
    }
    if (value instanceof GroupMember) {
      ((GroupMember) value).validateAt(at);
      return;
    }
    if (value instanceof GroupMsg) {
      ((GroupMsg) value).validateAt(at);
      return;
    }
    if (value instanceof GroupMsgGetSimpleRequest) {
      ((GroupMsgGetSimpleRequest) value).validateAt(at);
      return;
    }
    if (value instanceof GroupMsgGetSimpleResponse) {
      ((GroupMsgGetSimpleResponse) value).validateAt(at);
      return;
    }
    if (value instanceof ImageInfo) {
      ((ImageInfo) value).validateAt(at);
      return;
    }
    if (value instanceof ImportC2cMsgRequest) {
      ((ImportC2cMsgRequest) value).validateAt(at);
      return;
    }
    if (value instanceof ImportGroupMember) {
      ((ImportGroupMember) value).validateAt(at);
      return;
    }
    if (value instanceof ImportGroupMemberRequest) {
      ((ImportGroupMemberRequest) value).validateAt(at);
      return;
    }
    if (value instanceof ImportGroupMemberResponse) {
      ((ImportGroupMemberResponse) value).validateAt(at);
      return;
    }
    if (value instanceof ImportGroupMemberResult) {
      ((ImportGroupMemberResult) value).validateAt(at);
      return;
    }
    if (value instanceof ImportGroupMsgRequest) {
      ((ImportGroupMsgRequest) value).validateAt(at);
      return;
    }
    if (value instanceof ImportGroupMsgResponse) {
      ((ImportGroupMsgResponse) value).validateAt(at);
      return;
    }
    if (value instanceof ImportGroupRequest) {
      ((ImportGroupRequest) value).validateAt(at);
      return;
    }
    if (value instanceof ImportGroupResponse) {
      ((ImportGroupResponse) value).validateAt(at);
      return;
    }
    if (value instanceof ImportMsg) {
      ((ImportMsg) value).validateAt(at);
      return;
    }
    if (value instanceof ImportMsgResult) {
      ((ImportMsgResult) value).validateAt(at);
      return;
    }
    if (value instanceof ModifyC2cMsgRequest) {
      ((ModifyC2cMsgRequest) value).validateAt(at);
      return;
    }
    if (value instanceof ModifyGroupMsgRequest) {
      ((ModifyGroupMsgRequest) value).validateAt(at);
      return;
    }
    if (value instanceof MultiaccountImportRequest) {
      ((MultiaccountImportRequest) value).validateAt(at);
      return;
    }
    if (value instanceof MultiaccountImportResponse) {
      ((MultiaccountImportResponse) value).validateAt(at);
      return;
    }
    if (value instanceof OfflinePushInfo) {
      ((OfflinePushInfo) value).validateAt(at);
      return;
    }
    if (value instanceof SendGroupMsgRequest) {
      ((SendGroupMsgRequest) value).validateAt(at);
      return;
    }
    if (value instanceof SendGroupMsgResponse) {
      ((SendGroupMsgResponse) value).validateAt(at);
      return;
    }
    if (value instanceof SendMsgRequest) {
      ((SendMsgRequest) value).validateAt(at);
      return;
    }
    if (value instanceof SendMsgResponse) {
      ((SendMsgResponse) value).validateAt(at);
      return;
    }
    if (value instanceof SetUnreadMsgNumRequest) {
      ((SetUnreadMsgNumRequest) value).validateAt(at);
      return;
    }
    if (value instanceof TIMCustomElem) {
      ((TIMCustomElem) value).validateAt(at);
      return;
    }
    if (value instanceof TIMCustomElemContent) {
      ((TIMCustomElemContent) value).validateAt(at);
      return;
    }
    if (value instanceof TIMFaceElem) {
      ((TIMFaceElem) value).validateAt(at);
      return;
    }
    if (value instanceof TIMFaceElemContent) {
      ((TIMFaceElemContent) value).validateAt(at);
      return;
    }
    if (value instanceof TIMFileElem) {
      ((TIMFileElem) value).validateAt(at);
      return;
    }
    if (value instanceof TIMFileElemContent) {
      ((TIMFileElemContent) value).validateAt(at);
      return;
    }
    if (value instanceof TIMImageElem) {
      ((TIMImageElem) value).validateAt(at);
      return;
    }
    if (value instanceof TIMImageElemContent) {
      ((TIMImageElemContent) value).validateAt(at);
      return;
    }
    if (value instanceof TIMLocationElem) {
      ((TIMLocationElem) value).validateAt(at);
      return;
    }
    if (value instanceof TIMLocationElemContent) {
      ((TIMLocationElemContent) value).validateAt(at);
      return;
    }
    if (value instanceof TIMSoundElem) {
      ((TIMSoundElem) value).validateAt(at);
      return;
    }
    if (value instanceof TIMSoundElemContent) {
      ((TIMSoundElemContent) value).validateAt(at);
      return;
    }
    if (value instanceof TIMTextElem) {
      ((TIMTextElem) value).validateAt(at);
      return;
    }
    if (value instanceof TIMTextElemContent) {
      ((TIMTextElemContent) value).validateAt(at);
      return;
    }
    if (value instanceof TIMVideoFileElem) {
      ((TIMVideoFileElem) value).validateAt(at);
      return;
    }
    if (value instanceof TIMVideoFileElemContent) {
      ((TIMVideoFileElemContent) value).validateAt(at);
      return;
    }
  }

  /**
   * A string. Moshi reads a number as its digits where a string is expected; a reader that fails
   * on unknown names (what a person wrote) refuses it instead, in Moshi's words, so that
   * {@code "UserID": 123} is not taken for {@code "123"}. Answers from the server are read as Moshi reads them.
   */
  static String nextString(JsonReader reader) throws IOException {
    if (reader.failOnUnknown() && reader.peek() != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a string but was " + reader.peek() + " at path " + reader.getPath());
    }
    return reader.nextString();
  }

  /** Moshi's own words for a required property that the JSON leaves out. */
  static JsonDataException missing(String property, String path) {
    return new JsonDataException("Required value '" + property + "' missing at " + path);
  }

  /** Moshi's own words for a JSON {@code null} on a required property; the reader is at the null. */
  static JsonDataException unexpectedNull(String property, JsonReader reader) {
    return new JsonDataException("Non-null value '" + property + "' was null at " + reader.getPath());
  }

  /**
   * A name this object does not know. Answers from the server skip it (new fields appear over
   * time); a reader that fails on unknown names ({@link JsonReader#failOnUnknown()}, as
   * {@code io.timrest.TimJson} reads what a user wrote) refuses it, naming the nearest known name.
   */
  static void skipUnknown(JsonReader reader, JsonReader.Options names) throws IOException {
    if (!reader.failOnUnknown()) {
      reader.skipName();
      reader.skipValue();
      return;
    }
    String name = reader.nextName();
    String field = fieldOf(reader.getPath());
    throw new TimValidationException(field, "unknownField", "this object has no field " + name
        + TimJson.nearestName(name, names.strings()).map(nearest -> "; did you mean " + nearest + "?").orElse(""));
  }

  /** A Moshi JSON path as a field of {@link TimValidationException}: {@code $.MsgList[0].Random} is {@code MsgList[0].Random}. */
  static String fieldOf(String path) {
    return path.startsWith("$.") ? path.substring(2) : path.startsWith("$") ? path.substring(1) : path;
  }

  /** A JSON {@code null} inside an array is malformed for this API: it fails with the element's path. */
  static <T> List<T> readList(JsonReader reader, JsonAdapter<T> elementAdapter) throws IOException {
    List<T> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      if (reader.peek() == JsonReader.Token.NULL) {
        throw new JsonDataException("Unexpected null element at " + reader.getPath());
      }
      list.add(elementAdapter.fromJson(reader));
    }
    reader.endArray();
    return list;
  }

  static <T> void writeList(JsonWriter writer, JsonAdapter<T> elementAdapter, List<T> list)
      throws IOException {
    writer.beginArray();
    for (T element : list) {
      elementAdapter.toJson(writer, element);
    }
    writer.endArray();
  }

  /**
   * Checks that {@code json} is exactly one JSON object whose (first) {@code discriminator}
   * property is the string {@code type}: the text written must be the element the caller named,
   * and must read back as one.
   */
  static void requireElementJson(String json, String discriminator, String type) {
    if (json == null) {
      throw new NullPointerException("json");
    }
    String found = null;
    boolean seen = false;
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new IllegalArgumentException("json must be a JSON object but starts with " + reader.peek());
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (seen || !name.equals(discriminator)) {
          reader.skipValue();
          continue;
        }
        seen = true;
        if (reader.peek() != JsonReader.Token.STRING) {
          throw new IllegalArgumentException(discriminator + " must be a string but was " + reader.peek());
        }
        found = reader.nextString();
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("json must be exactly one JSON object; more follows at " + reader.getPath());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("json is not valid JSON: " + e.getMessage(), e);
    }
    if (!type.equals(found)) {
      throw new IllegalArgumentException("json must have " + discriminator + " \"" + type + "\" but has "
          + (found == null ? "none" : "\"" + found + "\""));
    }
  }

  /** Builds {@code Model{A=1, B=x}}, leaving out absent properties. */
  static final class ToString {
    private final StringBuilder text;
    private boolean first = true;

    ToString(String model) {
      text = new StringBuilder(model).append('{');
    }

    ToString add(String property, Object value) {
      if (value != null) {
        text.append(first ? "" : ", ").append(property).append('=').append(value);
        first = false;
      }
      return this;
    }

    @Override
    public String toString() {
      return text.append('}').toString();
    }
  }
}
