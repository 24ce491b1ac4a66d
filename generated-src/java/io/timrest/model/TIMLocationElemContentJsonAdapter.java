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
 * Reads and writes {@link TIMLocationElemContent} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class TIMLocationElemContentJsonAdapter extends JsonAdapter<TIMLocationElemContent> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    DESC,
    LATITUDE,
    LONGITUDE
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "Desc",
      "Latitude",
      "Longitude"
  );

  TIMLocationElemContentJsonAdapter(Moshi moshi) {
  }

  @Override
  public TIMLocationElemContent fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    TIMLocationElemContent.Builder builder = TIMLocationElemContent.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case DESC:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Desc", reader);
          }
          builder.desc(ModelSupport.nextString(reader));
          break;
        case LATITUDE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Latitude", reader);
          }
          builder.latitude(reader.nextDouble());
          break;
        case LONGITUDE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Longitude", reader);
          }
          builder.longitude(reader.nextDouble());
          break;
      }
    }
    reader.endObject();
    if (builder.desc == null) {
      throw ModelSupport.missing("Desc", path);
    }
    if (builder.latitude == null) {
      throw ModelSupport.missing("Latitude", path);
    }
    if (builder.longitude == null) {
      throw ModelSupport.missing("Longitude", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, TIMLocationElemContent value) throws IOException {
    if (value == null) {
      throw new NullPointerException("TIMLocationElemContent was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("Desc");
    writer.value(value.desc);
    writer.name("Latitude");
    writer.value(value.latitude);
    writer.name("Longitude");
    writer.value(value.longitude);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TIMLocationElemContent)";
  }
}

