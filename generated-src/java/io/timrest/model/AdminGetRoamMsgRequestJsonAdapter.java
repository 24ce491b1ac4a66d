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
 * Reads and writes {@link AdminGetRoamMsgRequest} without reflection. Properties are written in spec order
 * and only when present; unknown properties are skipped and {@code null} reads as absent.
 */
final class AdminGetRoamMsgRequestJsonAdapter extends JsonAdapter<AdminGetRoamMsgRequest> {
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
          builder.operatorAccount(reader.nextString());
          break;
        case 2 - 1:
          builder.peerAccount(reader.nextString());
          break;
        case 3 - 1:
          builder.fromAccount(reader.nextString());
          break;
        case 4 - 1:
          builder.toAccount(reader.nextString());
          break;
        case 5 - 1:
          builder.maxCnt(reader.nextInt());
          break;
        case 6 - 1:
          builder.minTime(reader.nextLong());
          break;
        case 7 - 1:
          builder.maxTime(reader.nextLong());
          break;
        case 8 - 1:
          builder.lastMsgKey(reader.nextString());
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

