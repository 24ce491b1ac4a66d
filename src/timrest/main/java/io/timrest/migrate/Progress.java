package io.timrest.migrate;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what became of the records, per type and outcome, and tells the listener. Thread-safe. */
final class Progress {
  private final Map<RecordType, Map<Outcome, AtomicLong>> counts = new EnumMap<>(RecordType.class);
  private final AtomicLong done = new AtomicLong();
  private final long total;
  private final MigrationListener listener;

  Progress(long total, MigrationListener listener) {
    this.total = total;
    this.listener = listener;
    for (RecordType type : RecordType.values()) {
      Map<Outcome, AtomicLong> byOutcome = new EnumMap<>(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        byOutcome.put(outcome, new AtomicLong());
      }
      counts.put(type, byOutcome);
    }
  }

  void recordDone(RecordType type, Outcome outcome) {
    counts.get(type).get(outcome).incrementAndGet();
    listener.recordDone(type, outcome, done.incrementAndGet(), total);
  }

  /** {@code records} records that an earlier run did, according to the checkpoint. */
  void doneEarlier(RecordType type, long records) {
    if (records > 0) {
      counts.get(type).get(Outcome.DONE_EARLIER).addAndGet(records);
      done.addAndGet(records);
    }
  }

  /** Records left out of the plan as invalid. */
  void invalid(RecordType type, long records) {
    counts.get(type).get(Outcome.INVALID).addAndGet(records);
  }

  long count(Outcome outcome) {
    long sum = 0;
    for (RecordType type : RecordType.values()) {
      sum += counts.get(type).get(outcome).get();
    }
    return sum;
  }

  Map<RecordType, Map<Outcome, Long>> snapshot() {
    Map<RecordType, Map<Outcome, Long>> snapshot = new EnumMap<>(RecordType.class);
    counts.forEach((type, byOutcome) -> {
      Map<Outcome, Long> copy = new EnumMap<>(Outcome.class);
      byOutcome.forEach((outcome, count) -> copy.put(outcome, count.get()));
      snapshot.put(type, copy);
    });
    return snapshot;
  }
}
