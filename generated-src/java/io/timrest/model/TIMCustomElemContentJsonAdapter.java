// Generated from spec/openapi.yaml by templates/tim_adapter.mustache. Do not edit: change the
// spec or the template and run mvn generate-sources.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.timrest.TimValidationException;
import java.io.IOException;

/**
 * Reads and writes {@link TIMCustomElemContent} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class TIMCustomElemContentJsonAdapter extends JsonAdapter<TIMCustomElemContent> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    DATA,
    DESC,
    EXT,
    SOUND
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "Data",
      "Desc",
      "Ext",
      "Sound"
  );

  TIMCustomElemContentJsonAdapter(Moshi moshi) {
  }

  @Override
  public TIMCustomElemContent fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    TIMCustomElemContent.Builder builder = TIMCustomElemContent.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case DATA:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Data", reader);
          }
          builder.data(ModelSupport.nextString(reader));
          break;
        case DESC:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.desc(ModelSupport.nextString(reader));
          }
          break;
        case EXT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.ext(ModelSupport.nextString(reader));
          }
          break;
        case SOUND:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.sound(ModelSupport.nextString(reader));
          }
          break;
      }
    }
    reader.endObject();
    if (builder.data == null) {
      throw ModelSupport.missing("Data", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, TIMCustomElemContent value) throws IOException {
    if (value == null) {
      throw new NullPointerException("TIMCustomElemContent was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("Data");
    writer.value(value.data);
    if (value.desc != null) {
      writer.name("Desc");
      writer.value(value.desc);
    }
    if (value.ext != null) {
      writer.name("Ext");
      writer.value(value.ext);
    }
    if (value.sound != null) {
      writer.name("Sound");
      writer.value(value.sound);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TIMCustomElemContent)";
  }
}

