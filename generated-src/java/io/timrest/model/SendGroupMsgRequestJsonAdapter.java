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
 * Reads and writes {@link SendGroupMsgRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class SendGroupMsgRequestJsonAdapter extends JsonAdapter<SendGroupMsgRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    GROUP_ID,
    RANDOM,
    MSG_BODY,
    FROM_ACCOUNT,
    CLOUD_CUSTOM_DATA,
    ONLINE_ONLY_FLAG,
    SEND_MSG_CONTROL,
    OFFLINE_PUSH_INFO,
    TOPIC_ID
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "GroupId",
      "Random",
      "MsgBody",
      "From_Account",
      "CloudCustomData",
      "OnlineOnlyFlag",
      "SendMsgControl",
      "OfflinePushInfo",
      "TopicId"
  );
  private final JsonAdapter<MsgElement> msgBodyAdapter;
  private final JsonAdapter<String> sendMsgControlAdapter;
  private final JsonAdapter<OfflinePushInfo> offlinePushInfoAdapter;

  SendGroupMsgRequestJsonAdapter(Moshi moshi) {
    this.msgBodyAdapter = moshi.adapter(MsgElement.class);
    this.sendMsgControlAdapter = moshi.adapter(String.class);
    this.offlinePushInfoAdapter = moshi.adapter(OfflinePushInfo.class);
  }

  @Override
  public SendGroupMsgRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    SendGroupMsgRequest.Builder builder = SendGroupMsgRequest.builder();
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
        case RANDOM:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.random(reader.nextLong());
          }
          break;
        case MSG_BODY:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgBody", reader);
          }
          builder.msgBody(ModelSupport.readList(reader, msgBodyAdapter));
          break;
        case FROM_ACCOUNT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.fromAccount(ModelSupport.nextString(reader));
          }
          break;
        case CLOUD_CUSTOM_DATA:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.cloudCustomData(ModelSupport.nextString(reader));
          }
          break;
        case ONLINE_ONLY_FLAG:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.onlineOnlyFlag(reader.nextInt());
          }
          break;
        case SEND_MSG_CONTROL:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.sendMsgControl(ModelSupport.readList(reader, sendMsgControlAdapter));
          }
          break;
        case OFFLINE_PUSH_INFO:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.offlinePushInfo(offlinePushInfoAdapter.fromJson(reader));
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
    if (builder.msgBody == null) {
      throw ModelSupport.missing("MsgBody", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, SendGroupMsgRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("SendGroupMsgRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("GroupId");
    writer.value(value.groupId);
    if (value.random != null) {
      writer.name("Random");
      writer.value(value.random);
    }
    writer.name("MsgBody");
    ModelSupport.writeList(writer, msgBodyAdapter, value.msgBody);
    if (value.fromAccount != null) {
      writer.name("From_Account");
      writer.value(value.fromAccount);
    }
    if (value.cloudCustomData != null) {
      writer.name("CloudCustomData");
      writer.value(value.cloudCustomData);
    }
    if (value.onlineOnlyFlag != null) {
      writer.name("OnlineOnlyFlag");
      writer.value(value.onlineOnlyFlag);
    }
    if (value.sendMsgControl != null) {
      writer.name("SendMsgControl");
      ModelSupport.writeList(writer, sendMsgControlAdapter, value.sendMsgControl);
    }
    if (value.offlinePushInfo != null) {
      writer.name("OfflinePushInfo");
      offlinePushInfoAdapter.toJson(writer, value.offlinePushInfo);
    }
    if (value.topicId != null) {
      writer.name("TopicId");
      writer.value(value.topicId);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(SendGroupMsgRequest)";
  }
}

