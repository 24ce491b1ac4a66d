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
 * Reads and writes {@link TIMImageElemContent} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class TIMImageElemContentJsonAdapter extends JsonAdapter<TIMImageElemContent> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    UUID,
    IMAGE_FORMAT,
    IMAGE_INFO_ARRAY
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "UUID",
      "ImageFormat",
      "ImageInfoArray"
  );
  private final JsonAdapter<ImageInfo> imageInfoArrayAdapter;

  TIMImageElemContentJsonAdapter(Moshi moshi) {
    this.imageInfoArrayAdapter = moshi.adapter(ImageInfo.class);
  }

  @Override
  public TIMImageElemContent fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    TIMImageElemContent.Builder builder = TIMImageElemContent.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case UUID:
          if (isNull) {
            throw ModelSupport.unexpectedNull("UUID", reader);
          }
          builder.uuid(ModelSupport.nextString(reader));
          break;
        case IMAGE_FORMAT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ImageFormat", reader);
          }
          builder.imageFormat(reader.nextInt());
          break;
        case IMAGE_INFO_ARRAY:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ImageInfoArray", reader);
          }
          builder.imageInfoArray(ModelSupport.readList(reader, imageInfoArrayAdapter));
          break;
      }
    }
    reader.endObject();
    if (builder.uuid == null) {
      throw ModelSupport.missing("UUID", path);
    }
    if (builder.imageFormat == null) {
      throw ModelSupport.missing("ImageFormat", path);
    }
    if (builder.imageInfoArray == null) {
      throw ModelSupport.missing("ImageInfoArray", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, TIMImageElemContent value) throws IOException {
    if (value == null) {
      throw new NullPointerException("TIMImageElemContent was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("UUID");
    writer.value(value.uuid);
    writer.name("ImageFormat");
    writer.value(value.imageFormat);
    writer.name("ImageInfoArray");
    ModelSupport.writeList(writer, imageInfoArrayAdapter, value.imageInfoArray);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TIMImageElemContent)";
  }
}

