package dev.o2c.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Work done per benchmark thread, reported by JMH as a rate next to the primary score: {@code
 * bytes} per second (divide by 1,000,000 for MB/s) and {@code lines} per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {

  /** Bytes of input read in this iteration. */
  public long bytes;

  /** Lines of input read in this iteration. */
  public long lines;

  /** Creates the counters (JMH instantiates them). */
  public Counters() {}

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
    lines = 0;
  }
}
