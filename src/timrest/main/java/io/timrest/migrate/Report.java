package io.timrest.migrate;

import com.squareup.moshi.JsonWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;

/**
 * A migration's report: JSON Lines, one object per record that was not imported, e.g.
 * <pre>{@code
 * {"line":12,"type":"group_msg","SourceId":"C123/1620000200.000100","code":"invalid","field":"SendTime","reason":"must not be before ..."}
 * {"line":40,"type":"c2c_msg","SourceId":"D9/1620000300.1","code":90012,"reason":"To_Account is not registered"}
 * }</pre>
 * {@code code} is {@code "invalid"} for a {@link Problem} found in the file and the server's
 * {@code ErrorCode} (or per-message {@code Result}) for a request the server refused; {@code type},
 * {@code SourceId} and {@code field} are left out when unknown. Safe for use by several threads;
 * entries are buffered until {@link #flush()} or {@link #close()} (the engine flushes before it
 * checkpoints the records an entry is about).
 */
final class Report implements ProblemSink, Flushable, Closeable {
  private static final String INVALID = "invalid";

  private final BufferedSink sink;
  private long entries;

  /** A report written to {@code out}, which {@link #close()} closes. */
  public Report(OutputStream out) {
    this.sink = Okio.buffer(Okio.sink(Objects.requireNonNull(out, "out")));
  }

  /**
   * A report written to {@code file}: a new or emptied file, or with {@code append} after what it
   * holds (a resumed run adds to the report of the runs before).
   */
  public static Report open(Path file, boolean append) throws IOException {
    Objects.requireNonNull(file, "file");
    OutputStream out = append
        ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)
        : Files.newOutputStream(file);
    return new Report(out);
  }

  /** Writes a problem found in the history file, with {@code "code":"invalid"}. */
  @Override
  public synchronized void problem(Problem problem) {
    Objects.requireNonNull(problem, "problem");
    write(problem.line(), problem.type(), problem.sourceId(), null, problem.field(), problem.rule());
  }

  /**
   * Writes a record the server refused.
   *
   * @param line the record's line
   * @param type the record's type
   * @param sourceId the message's {@code SourceId}, for a message
   * @param code the server's {@code ErrorCode}, or the per-item {@code Result} of an import
   * @param field the field the refusal is about, or empty when it is about the whole record
   * @param reason the server's {@code ErrorInfo}, or what the code means
   */
  public synchronized void failure(long line, RecordType type, Optional<String> sourceId, long code, String field, String reason) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    write(line, type, sourceId, code, field, reason);
  }

  /** How many entries were written so far. */
  public synchronized long entries() {
    return entries;
  }

  /** Writes the buffered entries to the output and flushes it. */
  @Override
  public synchronized void flush() throws IOException {
    sink.flush();
  }

  /** Flushes and closes the output. */
  @Override
  public synchronized void close() throws IOException {
    sink.close();
  }

  private void write(long line, RecordType type, Optional<String> sourceId, Long code, String field, String reason) {
    Buffer entry = new Buffer();
    try (JsonWriter json = JsonWriter.of(entry)) {
      json.beginObject();
      json.name("line").value(line);
      if (type != null) {
        json.name("type").value(type.fileName());
      }
      if (sourceId.isPresent()) {
        json.name("SourceId").value(sourceId.get());
      }
      if (code == null) {
        json.name("code").value(INVALID);
      } else {
        json.name("code").value(code.longValue());
      }
      if (!field.isEmpty()) {
        json.name("field").value(field);
      }
      json.name("reason").value(reason);
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    }
    try {
      sink.writeAll(entry);
      sink.writeByte('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
    entries++;
  }
}
