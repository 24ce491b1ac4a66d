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
 * Reads and writes {@link TIMFileElemContent} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class TIMFileElemContentJsonAdapter extends JsonAdapter<TIMFileElemContent> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    URL,
    UUID,
    FILE_SIZE,
    FILE_NAME,
    DOWNLOAD_FLAG
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "Url",
      "UUID",
      "FileSize",
      "FileName",
      "Download_Flag"
  );

  TIMFileElemContentJsonAdapter(Moshi moshi) {
  }

  @Override
  public TIMFileElemContent fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    TIMFileElemContent.Builder builder = TIMFileElemContent.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case URL:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Url", reader);
          }
          builder.url(ModelSupport.nextString(reader));
          break;
        case UUID:
          if (isNull) {
            throw ModelSupport.unexpectedNull("UUID", reader);
          }
          builder.uuid(ModelSupport.nextString(reader));
          break;
        case FILE_SIZE:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.fileSize(reader.nextLong());
          }
          break;
        case FILE_NAME:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.fileName(ModelSupport.nextString(reader));
          }
          break;
        case DOWNLOAD_FLAG:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Download_Flag", reader);
          }
          builder.downloadFlag(reader.nextInt());
          break;
      }
    }
    reader.endObject();
    if (builder.url == null) {
      throw ModelSupport.missing("Url", path);
    }
    if (builder.uuid == null) {
      throw ModelSupport.missing("UUID", path);
    }
    if (builder.downloadFlag == null) {
      throw ModelSupport.missing("Download_Flag", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, TIMFileElemContent value) throws IOException {
    if (value == null) {
      throw new NullPointerException("TIMFileElemContent was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("Url");
    writer.value(value.url);
    writer.name("UUID");
    writer.value(value.uuid);
    if (value.fileSize != null) {
      writer.name("FileSize");
      writer.value(value.fileSize);
    }
    if (value.fileName != null) {
      writer.name("FileName");
      writer.value(value.fileName);
    }
    writer.name("Download_Flag");
    writer.value(value.downloadFlag);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TIMFileElemContent)";
  }
}

