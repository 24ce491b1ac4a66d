// Generated from spec/openapi.yaml by templates/tim_adapter.mustache. Do not edit: change the
// spec or the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Reads and writes {@link ImportMsg} without reflection. Properties are written in spec order
 * and only when present; unknown properties are skipped and {@code null} reads as absent.
 */
final class ImportMsgJsonAdapter extends JsonAdapter<ImportMsg> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "From_Account",
      "SendTime",
      "Random",
      "MsgBody",
      "CloudCustomData"
  );
  private final JsonAdapter<MsgElement> msgBodyAdapter;

  ImportMsgJsonAdapter(Moshi moshi) {
    this.msgBodyAdapter = moshi.adapter(MsgElement.class);
  }

  @Override
  public ImportMsg fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    ImportMsg.Builder builder = ImportMsg.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        reader.skipName();
        reader.skipValue();
        continue;
      }
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
        continue;
      }
      // Cases are written as "n - 1": the template counts properties from 1, Moshi's options from 0.
      switch (index) {
        case 1 - 1:
          builder.fromAccount(reader.nextString());
          break;
        case 2 - 1:
          builder.sendTime(reader.nextLong());
          break;
        case 3 - 1:
          builder.random(reader.nextLong());
          break;
        case 4 - 1:
          builder.msgBody(ModelSupport.readList(reader, msgBodyAdapter));
          break;
        case 5 - 1:
          builder.cloudCustomData(reader.nextString());
          break;
        default:
          throw new AssertionError(index);
      }
    }
    reader.endObject();
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, ImportMsg value) throws IOException {
    if (value == null) {
      throw new NullPointerException("ImportMsg was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("From_Account");
    writer.value(value.fromAccount);
    writer.name("SendTime");
    writer.value(value.sendTime);
    if (value.random != null) {
      writer.name("Random");
      writer.value(value.random);
    }
    writer.name("MsgBody");
    ModelSupport.writeList(writer, msgBodyAdapter, value.msgBody);
    if (value.cloudCustomData != null) {
      writer.name("CloudCustomData");
      writer.value(value.cloudCustomData);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ImportMsg)";
  }
}

