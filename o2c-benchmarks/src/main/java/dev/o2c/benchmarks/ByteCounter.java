package dev.o2c.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bytes read per benchmark thread, reported by JMH as a rate next to the primary score: {@code
 * bytes} per second (divide by 1,000,000 for MB/s).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {

  /** Bytes of input read in this iteration. */
  public long bytes;

  /** Creates the counter (JMH instantiates it). */
  public ByteCounter() {}

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }
}
