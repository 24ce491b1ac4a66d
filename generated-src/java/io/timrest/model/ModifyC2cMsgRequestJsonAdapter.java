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
 * Reads and writes {@link ModifyC2cMsgRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class ModifyC2cMsgRequestJsonAdapter extends JsonAdapter<ModifyC2cMsgRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    FROM_ACCOUNT,
    TO_ACCOUNT,
    MSG_KEY,
    MSG_BODY,
    CLOUD_CUSTOM_DATA
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "From_Account",
      "To_Account",
      "MsgKey",
      "MsgBody",
      "CloudCustomData"
  );
  private final JsonAdapter<MsgElement> msgBodyAdapter;

  ModifyC2cMsgRequestJsonAdapter(Moshi moshi) {
    this.msgBodyAdapter = moshi.adapter(MsgElement.class);
  }

  @Override
  public ModifyC2cMsgRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    ModifyC2cMsgRequest.Builder builder = ModifyC2cMsgRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case FROM_ACCOUNT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("From_Account", reader);
          }
          builder.fromAccount(ModelSupport.nextString(reader));
          break;
        case TO_ACCOUNT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("To_Account", reader);
          }
          builder.toAccount(ModelSupport.nextString(reader));
          break;
        case MSG_KEY:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgKey", reader);
          }
          builder.msgKey(ModelSupport.nextString(reader));
          break;
        case MSG_BODY:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.msgBody(ModelSupport.readList(reader, msgBodyAdapter));
          }
          break;
        case CLOUD_CUSTOM_DATA:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.cloudCustomData(ModelSupport.nextString(reader));
          }
          break;
      }
    }
    reader.endObject();
    if (builder.fromAccount == null) {
      throw ModelSupport.missing("From_Account", path);
    }
    if (builder.toAccount == null) {
      throw ModelSupport.missing("To_Account", path);
    }
    if (builder.msgKey == null) {
      throw ModelSupport.missing("MsgKey", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, ModifyC2cMsgRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("ModifyC2cMsgRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("From_Account");
    writer.value(value.fromAccount);
    writer.name("To_Account");
    writer.value(value.toAccount);
    writer.name("MsgKey");
    writer.value(value.msgKey);
    if (value.msgBody != null) {
      writer.name("MsgBody");
      ModelSupport.writeList(writer, msgBodyAdapter, value.msgBody);
    }
    if (value.cloudCustomData != null) {
      writer.name("CloudCustomData");
      writer.value(value.cloudCustomData);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ModifyC2cMsgRequest)";
  }
}

