package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The models' JSON as the client sees it: Moshi with {@link TimJsonAdapters#FACTORY} only. */
final class Wire {
  static final Moshi MOSHI = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();

  private Wire() {}

  static <T> JsonAdapter<T> adapter(Class<T> type) {
    return MOSHI.adapter(type);
  }

  static <T> String write(Class<T> type, T value) {
    return adapter(type).toJson(value);
  }

  /** Reads {@code json} strictly (Moshi's default): the models must not depend on leniency. */
  static <T> T read(Class<T> type, String json) {
    try {
      return adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
