package io.timrest.migrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs many lanes at once with a fixed number of workers. A lane is a sequence of calls that must
 * happen in order (a group's creation, members, then message batches; a one-to-one conversation),
 * while different lanes are independent. A worker takes the next ready lane, makes one step, and
 * puts the lane back at the end of the queue, so that every lane advances whatever the order of
 * the input file, and a lane that has to wait (a back-off) does not hold a worker.
 */
final class Lanes {
  /** One lane: {@link #step()} makes its next call and says what comes next. */
  interface Lane {
    /** Makes one step. Thrown exceptions abort the whole run. */
    Step step() throws Exception;
  }

  /** What a lane does after a step. */
  record Step(boolean done, Duration delay) {
    static final Step MORE = new Step(false, Duration.ZERO);
    static final Step DONE = new Step(true, Duration.ZERO);

    static Step after(Duration wait) {
      return new Step(false, wait);
    }
  }

  private Lanes() {
  }

  /**
   * Runs {@code lanes} to completion with {@code workers} threads; returns when every lane is done
   * or one step threw, in which case that exception (or error) is rethrown after the
   * workers stop.
   */
  static void run(Collection<? extends Lane> lanes, int workers, String threadName) throws Exception {
    if (lanes.isEmpty()) {
      return;
    }
    BlockingQueue<Lane> ready = new LinkedBlockingQueue<>(lanes);
    AtomicInteger remaining = new AtomicInteger(lanes.size());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Lane stop = () -> Step.DONE; // a marker that wakes and ends one worker
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon(threadName + "-timer"));
    List<Thread> threads = new ArrayList<>();
    int count = Math.min(workers, lanes.size());
    Runnable finishAll = () -> {
      for (int i = 0; i < count; i++) {
        ready.add(stop);
      }
    };
    for (int i = 0; i < count; i++) {
      Thread thread = new Thread(() -> {
        while (true) {
          Lane lane;
          try {
            lane = ready.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          if (lane == stop) {
            return;
          }
          Step step;
          try {
            step = lane.step();
          } catch (Exception | Error e) { // an Error too: a dead worker would leave the others waiting
            if (failure.compareAndSet(null, e)) {
              finishAll.run();
            }
            return;
          }
          if (failure.get() != null) {
            return;
          }
          if (step.done()) {
            if (remaining.decrementAndGet() == 0) {
              finishAll.run();
            }
          } else if (step.delay().isZero()) {
            ready.add(lane);
          } else {
            timer.schedule(() -> ready.add(lane), step.delay().toNanos(), TimeUnit.NANOSECONDS);
          }
        }
      }, threadName + "-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    try {
      for (Thread thread : threads) {
        thread.join();
      }
    } finally {
      timer.shutdownNow();
    }
    Throwable e = failure.get();
    if (e instanceof Error) {
      throw (Error) e;
    }
    if (e != null) {
      throw (Exception) e;
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
