// Generated from spec/openapi.yaml by templates/tim_model_support.mustache. Do not edit: change the
// template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okio.Buffer;

/** What every generated model and adapter shares. */
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

  static void requirePresent(Object value, String model, String property) {
    if (value == null) {
      throw new IllegalStateException(model + ": required property " + property + " is missing");
    }
  }

  static void requireConstant(String value, String constant, String model, String property) {
    if (!constant.equals(value)) {
      throw new IllegalStateException(
          model + ": property " + property + " must be \"" + constant + "\" but was \"" + value + "\"");
    }
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
