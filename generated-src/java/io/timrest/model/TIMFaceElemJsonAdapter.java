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
 * Reads and writes {@link TIMFaceElem} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class TIMFaceElemJsonAdapter extends JsonAdapter<TIMFaceElem> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    MSG_TYPE,
    MSG_CONTENT
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "MsgType",
      "MsgContent"
  );
  private final JsonAdapter<TIMFaceElemContent> msgContentAdapter;

  TIMFaceElemJsonAdapter(Moshi moshi) {
    this.msgContentAdapter = moshi.adapter(TIMFaceElemContent.class);
  }

  @Override
  public TIMFaceElem fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    TIMFaceElem.Builder builder = TIMFaceElem.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case MSG_TYPE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgType", reader);
          }
          builder.msgType(ModelSupport.nextString(reader));
          break;
        case MSG_CONTENT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgContent", reader);
          }
          builder.msgContent(msgContentAdapter.fromJson(reader));
          break;
      }
    }
    reader.endObject();
    if (builder.msgType == null) {
      throw ModelSupport.missing("MsgType", path);
    }
    if (builder.msgContent == null) {
      throw ModelSupport.missing("MsgContent", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, TIMFaceElem value) throws IOException {
    if (value == null) {
      throw new NullPointerException("TIMFaceElem was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("MsgType");
    writer.value(value.msgType);
    writer.name("MsgContent");
    msgContentAdapter.toJson(writer, value.msgContent);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TIMFaceElem)";
  }
}

