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
 * Reads and writes {@link AdminGetRoamMsgResponse} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class AdminGetRoamMsgResponseJsonAdapter extends JsonAdapter<AdminGetRoamMsgResponse> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    ACTION_STATUS,
    ERROR_INFO,
    ERROR_CODE,
    ERROR_DISPLAY,
    COMPLETE,
    MSG_CNT,
    LAST_MSG_TIME,
    LAST_MSG_KEY,
    MSG_LIST
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "ActionStatus",
      "ErrorInfo",
      "ErrorCode",
      "ErrorDisplay",
      "Complete",
      "MsgCnt",
      "LastMsgTime",
      "LastMsgKey",
      "MsgList"
  );
  private final JsonAdapter<C2cMsg> msgListAdapter;

  AdminGetRoamMsgResponseJsonAdapter(Moshi moshi) {
    this.msgListAdapter = moshi.adapter(C2cMsg.class);
  }

  @Override
  public AdminGetRoamMsgResponse fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    AdminGetRoamMsgResponse.Builder builder = AdminGetRoamMsgResponse.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case ACTION_STATUS:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ActionStatus", reader);
          }
          builder.actionStatus(ModelSupport.nextString(reader));
          break;
        case ERROR_INFO:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.errorInfo(ModelSupport.nextString(reader));
          }
          break;
        case ERROR_CODE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ErrorCode", reader);
          }
          builder.errorCode(reader.nextInt());
          break;
        case ERROR_DISPLAY:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.errorDisplay(ModelSupport.nextString(reader));
          }
          break;
        case COMPLETE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Complete", reader);
          }
          builder.complete(reader.nextInt());
          break;
        case MSG_CNT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgCnt", reader);
          }
          builder.msgCnt(reader.nextInt());
          break;
        case LAST_MSG_TIME:
          if (isNull) {
            throw ModelSupport.unexpectedNull("LastMsgTime", reader);
          }
          builder.lastMsgTime(reader.nextLong());
          break;
        case LAST_MSG_KEY:
          if (isNull) {
            throw ModelSupport.unexpectedNull("LastMsgKey", reader);
          }
          builder.lastMsgKey(ModelSupport.nextString(reader));
          break;
        case MSG_LIST:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgList", reader);
          }
          builder.msgList(ModelSupport.readList(reader, msgListAdapter));
          break;
      }
    }
    reader.endObject();
    if (builder.actionStatus == null) {
      throw ModelSupport.missing("ActionStatus", path);
    }
    if (builder.errorCode == null) {
      throw ModelSupport.missing("ErrorCode", path);
    }
    if (builder.complete == null) {
      throw ModelSupport.missing("Complete", path);
    }
    if (builder.msgCnt == null) {
      throw ModelSupport.missing("MsgCnt", path);
    }
    if (builder.lastMsgTime == null) {
      throw ModelSupport.missing("LastMsgTime", path);
    }
    if (builder.lastMsgKey == null) {
      throw ModelSupport.missing("LastMsgKey", path);
    }
    if (builder.msgList == null) {
      throw ModelSupport.missing("MsgList", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, AdminGetRoamMsgResponse value) throws IOException {
    if (value == null) {
      throw new NullPointerException("AdminGetRoamMsgResponse was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("ActionStatus");
    writer.value(value.actionStatus);
    if (value.errorInfo != null) {
      writer.name("ErrorInfo");
      writer.value(value.errorInfo);
    }
    writer.name("ErrorCode");
    writer.value(value.errorCode);
    if (value.errorDisplay != null) {
      writer.name("ErrorDisplay");
      writer.value(value.errorDisplay);
    }
    writer.name("Complete");
    writer.value(value.complete);
    writer.name("MsgCnt");
    writer.value(value.msgCnt);
    writer.name("LastMsgTime");
    writer.value(value.lastMsgTime);
    writer.name("LastMsgKey");
    writer.value(value.lastMsgKey);
    writer.name("MsgList");
    ModelSupport.writeList(writer, msgListAdapter, value.msgList);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(AdminGetRoamMsgResponse)";
  }
}

