package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The emulator's state stays consistent under concurrent calls. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 40;

  @Test
  void concurrentSendsToOneGroupGetSeqsWithoutGapsOrDuplicates() throws Exception {
    try (Harness h = new Harness(b -> b.rateLimitPerSecond(0))) {
      String group = h.createGroup("Public");
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          Callable<List<Long>> sender = () -> {
            List<Long> seqs = new ArrayList<>();
            for (int i = 0; i < PER_THREAD; i++) {
              Map<String, Object> answer = h.sendGroupText(group, thread * 1000L + i, "t" + thread);
              seqs.add(Harness.num(answer.get("MsgSeq")));
            }
            return seqs;
          };
          futures.add(pool.submit(sender));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
          all.addAll(future.get());
        }
        int total = THREADS * PER_THREAD;
        assertEquals(total, all.size());
        assertEquals(LongStream.rangeClosed(1, total).boxed().toList(), new ArrayList<>(new TreeSet<>(all)));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void concurrentSendsWithOneRandomStoreOneMessage() throws Exception {
    try (Harness h = new Harness(b -> b.rateLimitPerSecond(0))) {
      String group = h.createGroup("Public");
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          futures.add(pool.submit(() -> Harness.num(h.sendGroupText(group, 5, "same").get("MsgSeq"))));
        }
        for (Future<Long> future : futures) {
          assertEquals(1L, future.get());
        }
        assertEquals(1, h.history(group, 20).size());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
