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
 * Reads and writes {@link ImageInfo} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class ImageInfoJsonAdapter extends JsonAdapter<ImageInfo> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    TYPE,
    SIZE,
    WIDTH,
    HEIGHT,
    URL
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "Type",
      "Size",
      "Width",
      "Height",
      "URL"
  );

  ImageInfoJsonAdapter(Moshi moshi) {
  }

  @Override
  public ImageInfo fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    ImageInfo.Builder builder = ImageInfo.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case TYPE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Type", reader);
          }
          builder.type(reader.nextInt());
          break;
        case SIZE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Size", reader);
          }
          builder.size(reader.nextLong());
          break;
        case WIDTH:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Width", reader);
          }
          builder.width(reader.nextInt());
          break;
        case HEIGHT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Height", reader);
          }
          builder.height(reader.nextInt());
          break;
        case URL:
          if (isNull) {
            throw ModelSupport.unexpectedNull("URL", reader);
          }
          builder.url(ModelSupport.nextString(reader));
          break;
      }
    }
    reader.endObject();
    if (builder.type == null) {
      throw ModelSupport.missing("Type", path);
    }
    if (builder.size == null) {
      throw ModelSupport.missing("Size", path);
    }
    if (builder.width == null) {
      throw ModelSupport.missing("Width", path);
    }
    if (builder.height == null) {
      throw ModelSupport.missing("Height", path);
    }
    if (builder.url == null) {
      throw ModelSupport.missing("URL", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, ImageInfo value) throws IOException {
    if (value == null) {
      throw new NullPointerException("ImageInfo was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("Type");
    writer.value(value.type);
    writer.name("Size");
    writer.value(value.size);
    writer.name("Width");
    writer.value(value.width);
    writer.name("Height");
    writer.value(value.height);
    writer.name("URL");
    writer.value(value.url);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ImageInfo)";
  }
}

