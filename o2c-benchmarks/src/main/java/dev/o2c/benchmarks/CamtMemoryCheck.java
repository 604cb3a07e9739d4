package dev.o2c.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.testkit.statement.Camt053Writer;
import dev.o2c.testkit.statement.StatementFileSpec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Shows that reading a camt.053 does not need memory that grows with the file: generates a camt.053
 * of the given size (default 500 MB) to a temporary file, streams it through {@link
 * StatementReaders#stream} with a handler that only counts, and prints the heap figures: the
 * largest heap in use right after any garbage collection (the live data the reader keeps), the
 * peak of every heap pool (garbage included), and the maximum heap the JVM was allowed. Run it with
 * a small heap, e.g. {@code -Xmx64m}, to prove the point. The temporary file is deleted at the end.
 *
 * <pre>{@code
 * java -Xmx64m -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CamtMemoryCheck 500
 * }</pre>
 */
public final class CamtMemoryCheck {

  private CamtMemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args optional file size in MB (default 500) and optional directory for the temporary file
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    long sizeMb = args.length > 0 ? Long.parseLong(args[0]) : 500;
    Path dir = args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty("java.io.tmpdir"));
    Path file = Files.createTempFile(dir, "o2c-camt053-", ".xml");
    try {
      Camt053Writer writer = Camt053Writer.of(Camt053Writer.Version.V08);
      StatementFileSpec spec = BenchmarkFiles.spec(writer, sizeMb * 1_000_000L);
      long t0 = System.nanoTime();
      try (OutputStream out = Files.newOutputStream(file)) {
        writer.write(spec, out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      long t1 = System.nanoTime();
      System.out.printf("generated %s: %,d bytes, %,d entries in %.1f s%n", file, Files.size(file),
          spec.entryCount(), (t1 - t0) / 1e9);

      AtomicLong maxAfterGc = new AtomicLong();
      AtomicLong gcs = new AtomicLong();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
              used += u.getUsed();
            }
            // The non-heap pools (metaspace, code cache) are in the map too; they barely move.
            maxAfterGc.accumulateAndGet(used - nonHeapUsed(), Math::max);
            gcs.incrementAndGet();
          }
        }, null, null);
      }
      System.gc();
      maxAfterGc.set(0);
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        p.resetPeakUsage();
      }
      CountingHandler h = new CountingHandler();
      long t2 = System.nanoTime();
      StatementFormat format;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        format = StatementReaders.stream(in, file.getFileName().toString(), h);
      }
      long t3 = System.nanoTime();
      long peakPools = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          peakPools += p.getPeakUsage().getUsed();
        }
      }
      if (h.entries != spec.entryCount()) {
        throw new IllegalStateException("read " + h.entries + " entries, generated " + spec.entryCount());
      }
      double mb = Files.size(file) / 1e6;
      System.out.printf("read as %s: %,d entries, %,d transactions in %.1f s (%.1f MB/s)%n", format, h.entries,
          h.transactions, (t3 - t2) / 1e9, mb / ((t3 - t2) / 1e9));
      System.out.printf("heap: max allowed %,d MB; largest live heap after a GC while reading %.1f MB (%d GCs);"
              + " peak of heap pools (garbage included) %.1f MB%n",
          Runtime.getRuntime().maxMemory() >> 20, maxAfterGc.get() / 1048576.0, gcs.get(), peakPools / 1048576.0);
    } finally {
      Files.deleteIfExists(file);
      System.out.println("deleted " + file);
    }
  }

  private static long nonHeapUsed() {
    long used = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.NON_HEAP) {
        used += p.getUsage().getUsed();
      }
    }
    return used;
  }
}
