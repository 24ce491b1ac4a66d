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
 * Reads and writes {@link SendMsgRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class SendMsgRequestJsonAdapter extends JsonAdapter<SendMsgRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    SYNC_OTHER_MACHINE,
    FROM_ACCOUNT,
    TO_ACCOUNT,
    MSG_LIFE_TIME,
    MSG_SEQ,
    MSG_RANDOM,
    MSG_TIME_STAMP,
    MSG_BODY,
    CLOUD_CUSTOM_DATA,
    OFFLINE_PUSH_INFO
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "SyncOtherMachine",
      "From_Account",
      "To_Account",
      "MsgLifeTime",
      "MsgSeq",
      "MsgRandom",
      "MsgTimeStamp",
      "MsgBody",
      "CloudCustomData",
      "OfflinePushInfo"
  );
  private final JsonAdapter<MsgElement> msgBodyAdapter;
  private final JsonAdapter<OfflinePushInfo> offlinePushInfoAdapter;

  SendMsgRequestJsonAdapter(Moshi moshi) {
    this.msgBodyAdapter = moshi.adapter(MsgElement.class);
    this.offlinePushInfoAdapter = moshi.adapter(OfflinePushInfo.class);
  }

  @Override
  public SendMsgRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    SendMsgRequest.Builder builder = SendMsgRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case SYNC_OTHER_MACHINE:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.syncOtherMachine(reader.nextInt());
          }
          break;
        case FROM_ACCOUNT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.fromAccount(ModelSupport.nextString(reader));
          }
          break;
        case TO_ACCOUNT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("To_Account", reader);
          }
          builder.toAccount(ModelSupport.nextString(reader));
          break;
        case MSG_LIFE_TIME:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.msgLifeTime(reader.nextInt());
          }
          break;
        case MSG_SEQ:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.msgSeq(reader.nextLong());
          }
          break;
        case MSG_RANDOM:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.msgRandom(reader.nextLong());
          }
          break;
        case MSG_TIME_STAMP:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.msgTimeStamp(reader.nextLong());
          }
          break;
        case MSG_BODY:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgBody", reader);
          }
          builder.msgBody(ModelSupport.readList(reader, msgBodyAdapter));
          break;
        case CLOUD_CUSTOM_DATA:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.cloudCustomData(ModelSupport.nextString(reader));
          }
          break;
        case OFFLINE_PUSH_INFO:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.offlinePushInfo(offlinePushInfoAdapter.fromJson(reader));
          }
          break;
      }
    }
    reader.endObject();
    if (builder.toAccount == null) {
      throw ModelSupport.missing("To_Account", path);
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
  public void toJson(JsonWriter writer, SendMsgRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("SendMsgRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    if (value.syncOtherMachine != null) {
      writer.name("SyncOtherMachine");
      writer.value(value.syncOtherMachine);
    }
    if (value.fromAccount != null) {
      writer.name("From_Account");
      writer.value(value.fromAccount);
    }
    writer.name("To_Account");
    writer.value(value.toAccount);
    if (value.msgLifeTime != null) {
      writer.name("MsgLifeTime");
      writer.value(value.msgLifeTime);
    }
    if (value.msgSeq != null) {
      writer.name("MsgSeq");
      writer.value(value.msgSeq);
    }
    if (value.msgRandom != null) {
      writer.name("MsgRandom");
      writer.value(value.msgRandom);
    }
    if (value.msgTimeStamp != null) {
      writer.name("MsgTimeStamp");
      writer.value(value.msgTimeStamp);
    }
    writer.name("MsgBody");
    ModelSupport.writeList(writer, msgBodyAdapter, value.msgBody);
    if (value.cloudCustomData != null) {
      writer.name("CloudCustomData");
      writer.value(value.cloudCustomData);
    }
    if (value.offlinePushInfo != null) {
      writer.name("OfflinePushInfo");
      offlinePushInfoAdapter.toJson(writer, value.offlinePushInfo);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(SendMsgRequest)";
  }
}

