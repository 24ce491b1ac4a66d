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
 * Reads and writes {@link ModifyGroupMsgRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class ModifyGroupMsgRequestJsonAdapter extends JsonAdapter<ModifyGroupMsgRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    GROUP_ID,
    MSG_SEQ,
    MSG_BODY,
    CLOUD_CUSTOM_DATA,
    TOPIC_ID
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "GroupId",
      "MsgSeq",
      "MsgBody",
      "CloudCustomData",
      "TopicId"
  );
  private final JsonAdapter<MsgElement> msgBodyAdapter;

  ModifyGroupMsgRequestJsonAdapter(Moshi moshi) {
    this.msgBodyAdapter = moshi.adapter(MsgElement.class);
  }

  @Override
  public ModifyGroupMsgRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    ModifyGroupMsgRequest.Builder builder = ModifyGroupMsgRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case GROUP_ID:
          if (isNull) {
            throw ModelSupport.unexpectedNull("GroupId", reader);
          }
          builder.groupId(ModelSupport.nextString(reader));
          break;
        case MSG_SEQ:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgSeq", reader);
          }
          builder.msgSeq(reader.nextLong());
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
        case TOPIC_ID:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.topicId(ModelSupport.nextString(reader));
          }
          break;
      }
    }
    reader.endObject();
    if (builder.groupId == null) {
      throw ModelSupport.missing("GroupId", path);
    }
    if (builder.msgSeq == null) {
      throw ModelSupport.missing("MsgSeq", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, ModifyGroupMsgRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("ModifyGroupMsgRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("GroupId");
    writer.value(value.groupId);
    writer.name("MsgSeq");
    writer.value(value.msgSeq);
    if (value.msgBody != null) {
      writer.name("MsgBody");
      ModelSupport.writeList(writer, msgBodyAdapter, value.msgBody);
    }
    if (value.cloudCustomData != null) {
      writer.name("CloudCustomData");
      writer.value(value.cloudCustomData);
    }
    if (value.topicId != null) {
      writer.name("TopicId");
      writer.value(value.topicId);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ModifyGroupMsgRequest)";
  }
}

