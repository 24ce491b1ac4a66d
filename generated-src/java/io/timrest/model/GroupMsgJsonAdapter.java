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
 * Reads and writes {@link GroupMsg} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class GroupMsgJsonAdapter extends JsonAdapter<GroupMsg> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    FROM_ACCOUNT,
    IS_PLACE_MSG,
    MSG_PRIORITY,
    MSG_RANDOM,
    MSG_SEQ,
    MSG_TIME_STAMP,
    IS_SYSTEM_MSG,
    MSG_BODY,
    CLOUD_CUSTOM_DATA
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "From_Account",
      "IsPlaceMsg",
      "MsgPriority",
      "MsgRandom",
      "MsgSeq",
      "MsgTimeStamp",
      "IsSystemMsg",
      "MsgBody",
      "CloudCustomData"
  );
  private final JsonAdapter<MsgElement> msgBodyAdapter;

  GroupMsgJsonAdapter(Moshi moshi) {
    this.msgBodyAdapter = moshi.adapter(MsgElement.class);
  }

  @Override
  public GroupMsg fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    GroupMsg.Builder builder = GroupMsg.builder();
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
            reader.nextNull();
          } else {
            builder.fromAccount(ModelSupport.nextString(reader));
          }
          break;
        case IS_PLACE_MSG:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.isPlaceMsg(reader.nextInt());
          }
          break;
        case MSG_PRIORITY:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.msgPriority(reader.nextInt());
          }
          break;
        case MSG_RANDOM:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.msgRandom(reader.nextLong());
          }
          break;
        case MSG_SEQ:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgSeq", reader);
          }
          builder.msgSeq(reader.nextLong());
          break;
        case MSG_TIME_STAMP:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.msgTimeStamp(reader.nextLong());
          }
          break;
        case IS_SYSTEM_MSG:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.isSystemMsg(reader.nextInt());
          }
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
  public void toJson(JsonWriter writer, GroupMsg value) throws IOException {
    if (value == null) {
      throw new NullPointerException("GroupMsg was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    if (value.fromAccount != null) {
      writer.name("From_Account");
      writer.value(value.fromAccount);
    }
    if (value.isPlaceMsg != null) {
      writer.name("IsPlaceMsg");
      writer.value(value.isPlaceMsg);
    }
    if (value.msgPriority != null) {
      writer.name("MsgPriority");
      writer.value(value.msgPriority);
    }
    if (value.msgRandom != null) {
      writer.name("MsgRandom");
      writer.value(value.msgRandom);
    }
    writer.name("MsgSeq");
    writer.value(value.msgSeq);
    if (value.msgTimeStamp != null) {
      writer.name("MsgTimeStamp");
      writer.value(value.msgTimeStamp);
    }
    if (value.isSystemMsg != null) {
      writer.name("IsSystemMsg");
      writer.value(value.isSystemMsg);
    }
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
    return "JsonAdapter(GroupMsg)";
  }
}

