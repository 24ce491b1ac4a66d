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
 * Reads and writes {@link AdminGetRoamMsgResponse} without reflection. Properties are written in spec order
 * and only when present; unknown properties are skipped and {@code null} reads as absent.
 */
final class AdminGetRoamMsgResponseJsonAdapter extends JsonAdapter<AdminGetRoamMsgResponse> {
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
          builder.actionStatus(reader.nextString());
          break;
        case 2 - 1:
          builder.errorInfo(reader.nextString());
          break;
        case 3 - 1:
          builder.errorCode(reader.nextInt());
          break;
        case 4 - 1:
          builder.errorDisplay(reader.nextString());
          break;
        case 5 - 1:
          builder.complete(reader.nextInt());
          break;
        case 6 - 1:
          builder.msgCnt(reader.nextInt());
          break;
        case 7 - 1:
          builder.lastMsgTime(reader.nextLong());
          break;
        case 8 - 1:
          builder.lastMsgKey(reader.nextString());
          break;
        case 9 - 1:
          builder.msgList(ModelSupport.readList(reader, msgListAdapter));
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
    if (value.complete != null) {
      writer.name("Complete");
      writer.value(value.complete);
    }
    if (value.msgCnt != null) {
      writer.name("MsgCnt");
      writer.value(value.msgCnt);
    }
    if (value.lastMsgTime != null) {
      writer.name("LastMsgTime");
      writer.value(value.lastMsgTime);
    }
    if (value.lastMsgKey != null) {
      writer.name("LastMsgKey");
      writer.value(value.lastMsgKey);
    }
    if (value.msgList != null) {
      writer.name("MsgList");
      ModelSupport.writeList(writer, msgListAdapter, value.msgList);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(AdminGetRoamMsgResponse)";
  }
}

