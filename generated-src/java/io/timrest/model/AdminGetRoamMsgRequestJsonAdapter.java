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
 * Reads and writes {@link AdminGetRoamMsgRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class AdminGetRoamMsgRequestJsonAdapter extends JsonAdapter<AdminGetRoamMsgRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    OPERATOR_ACCOUNT,
    PEER_ACCOUNT,
    FROM_ACCOUNT,
    TO_ACCOUNT,
    MAX_CNT,
    MIN_TIME,
    MAX_TIME,
    LAST_MSG_KEY
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "Operator_Account",
      "Peer_Account",
      "From_Account",
      "To_Account",
      "MaxCnt",
      "MinTime",
      "MaxTime",
      "LastMsgKey"
  );

  AdminGetRoamMsgRequestJsonAdapter(Moshi moshi) {
  }

  @Override
  public AdminGetRoamMsgRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    AdminGetRoamMsgRequest.Builder builder = AdminGetRoamMsgRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case OPERATOR_ACCOUNT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.operatorAccount(ModelSupport.nextString(reader));
          }
          break;
        case PEER_ACCOUNT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.peerAccount(ModelSupport.nextString(reader));
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
            reader.nextNull();
          } else {
            builder.toAccount(ModelSupport.nextString(reader));
          }
          break;
        case MAX_CNT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MaxCnt", reader);
          }
          builder.maxCnt(reader.nextInt());
          break;
        case MIN_TIME:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MinTime", reader);
          }
          builder.minTime(reader.nextLong());
          break;
        case MAX_TIME:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MaxTime", reader);
          }
          builder.maxTime(reader.nextLong());
          break;
        case LAST_MSG_KEY:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.lastMsgKey(ModelSupport.nextString(reader));
          }
          break;
      }
    }
    reader.endObject();
    if (builder.maxCnt == null) {
      throw ModelSupport.missing("MaxCnt", path);
    }
    if (builder.minTime == null) {
      throw ModelSupport.missing("MinTime", path);
    }
    if (builder.maxTime == null) {
      throw ModelSupport.missing("MaxTime", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, AdminGetRoamMsgRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("AdminGetRoamMsgRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    if (value.operatorAccount != null) {
      writer.name("Operator_Account");
      writer.value(value.operatorAccount);
    }
    if (value.peerAccount != null) {
      writer.name("Peer_Account");
      writer.value(value.peerAccount);
    }
    if (value.fromAccount != null) {
      writer.name("From_Account");
      writer.value(value.fromAccount);
    }
    if (value.toAccount != null) {
      writer.name("To_Account");
      writer.value(value.toAccount);
    }
    writer.name("MaxCnt");
    writer.value(value.maxCnt);
    writer.name("MinTime");
    writer.value(value.minTime);
    writer.name("MaxTime");
    writer.value(value.maxTime);
    if (value.lastMsgKey != null) {
      writer.name("LastMsgKey");
      writer.value(value.lastMsgKey);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(AdminGetRoamMsgRequest)";
  }
}

