package dev.o2c.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Runs two sides alternately, round after round (which side goes first alternates too), and keeps
 * each round's ratio of their times by wall and by the thread's CPU time. Other processes slow both
 * sides of a round alike, so the ratios hold where absolute times drift on a busy machine. Used by
 * {@link InterleavedRatio} and {@link CliVsLibrary}.
 */
final class Alternation {

  /** Each round's {@code subject / baseline} throughput ratio by wall time, sorted. */
  final double[] wallRatio;
  /** Each round's throughput ratio by CPU time, sorted. */
  final double[] cpuRatio;
  /** Each round's CPU nanoseconds of the subject, sorted. */
  final long[] subjectCpu;
  /** Each round's CPU nanoseconds of the baseline, sorted. */
  final long[] baselineCpu;
  /** Each round's wall-clock nanoseconds of the subject, sorted. */
  final long[] subjectWall;
  /** The sides' results summed, printed so that no side's work can be optimised away. */
  final long checksum;

  private Alternation(long checksum, double[] wall, double[] cpu, long[] subject, long[] baseline, long[] subjectWall) {
    this.checksum = checksum;
    this.subjectWall = sorted(subjectWall);
    this.wallRatio = sorted(wall);
    this.cpuRatio = sorted(cpu);
    this.subjectCpu = sorted(subject);
    this.baselineCpu = sorted(baseline);
  }

  /**
   * Runs the warm-up rounds, then the measured ones, printing one line per measured round.
   *
   * @param subject what is measured, e.g. the reader; returns a result for the checksum
   * @param baseline what it is measured against
   * @param warmup rounds run first and not kept
   * @param rounds rounds kept
   * @param subjectName the subject's name in the per-round line
   * @param baselineName the baseline's name in the per-round line
   * @param ratioName what the ratio is called in the per-round line
   * @return the rounds' ratios and times
   * @throws Exception if a side fails
   */
  static Alternation run(Callable<Long> subject, Callable<Long> baseline, int warmup, int rounds, String subjectName,
      String baselineName, String ratioName) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[rounds];
    double[] cpu = new double[rounds];
    long[] subjectCpu = new long[rounds];
    long[] baselineCpu = new long[rounds];
    long[] subjectWall = new long[rounds];
    long sink = 0;
    for (int r = -warmup; r < rounds; r++) {
      boolean subjectFirst = (r & 1) == 0;
      long[] a = subjectFirst ? time(subject, threads) : null;
      long[] z = time(baseline, threads);
      if (!subjectFirst) {
        a = time(subject, threads);
      }
      sink += a[2] + z[2];
      if (r >= 0) {
        wall[r] = (double) z[0] / a[0];
        cpu[r] = (double) z[1] / a[1];
        subjectCpu[r] = a[1];
        subjectWall[r] = a[0];
        baselineCpu[r] = z[1];
        System.out.printf("round %2d: %s %7.1f ms wall %7.1f ms cpu; %s %7.1f ms wall %7.1f ms cpu;"
                + " %s throughput wall %.2f cpu %.2f%n", r + 1, subjectName, a[0] / 1e6, a[1] / 1e6, baselineName,
            z[0] / 1e6, z[1] / 1e6, ratioName, wall[r], cpu[r]);
      }
    }
    return new Alternation(sink, wall, cpu, subjectCpu, baselineCpu, subjectWall);
  }

  /** {@return "wall median X (min, max); cpu median Y (min, max)" of the ratios} */
  String ratios() {
    int n = wallRatio.length;
    return String.format("wall median %.2f (min %.2f, max %.2f); cpu median %.2f (min %.2f, max %.2f)",
        median(wallRatio), wallRatio[0], wallRatio[n - 1], median(cpuRatio), cpuRatio[0], cpuRatio[n - 1]);
  }

  /** {@return the subject's median CPU time per round, in seconds} */
  double subjectSeconds() {
    return median(subjectCpu) / 1e9;
  }

  /** {@return the subject's median wall-clock time per round, in seconds} */
  double subjectWallSeconds() {
    return median(subjectWall) / 1e9;
  }

  /** {@return the baseline's median CPU time per round, in seconds} */
  double baselineSeconds() {
    return median(baselineCpu) / 1e9;
  }

  private static long[] time(Callable<Long> side, ThreadMXBean threads) throws Exception {
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long result = side.call();
    long wall = System.nanoTime() - wall0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    return new long[] {wall, cpu, result};
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
