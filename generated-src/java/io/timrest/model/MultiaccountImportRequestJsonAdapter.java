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
 * Reads and writes {@link MultiaccountImportRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class MultiaccountImportRequestJsonAdapter extends JsonAdapter<MultiaccountImportRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    ACCOUNT_LIST,
    ACCOUNTS
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "AccountList",
      "Accounts"
  );
  private final JsonAdapter<AccountImportRequest> accountListAdapter;
  private final JsonAdapter<String> accountsAdapter;

  MultiaccountImportRequestJsonAdapter(Moshi moshi) {
    this.accountListAdapter = moshi.adapter(AccountImportRequest.class);
    this.accountsAdapter = moshi.adapter(String.class);
  }

  @Override
  public MultiaccountImportRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    MultiaccountImportRequest.Builder builder = MultiaccountImportRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case ACCOUNT_LIST:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.accountList(ModelSupport.readList(reader, accountListAdapter));
          }
          break;
        case ACCOUNTS:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.accounts(ModelSupport.readList(reader, accountsAdapter));
          }
          break;
      }
    }
    reader.endObject();
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, MultiaccountImportRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("MultiaccountImportRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    if (value.accountList != null) {
      writer.name("AccountList");
      ModelSupport.writeList(writer, accountListAdapter, value.accountList);
    }
    if (value.accounts != null) {
      writer.name("Accounts");
      ModelSupport.writeList(writer, accountsAdapter, value.accounts);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(MultiaccountImportRequest)";
  }
}

