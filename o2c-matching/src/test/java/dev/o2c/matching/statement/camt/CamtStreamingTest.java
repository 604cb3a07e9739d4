package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CamtStreamingTest {

  /** Counts what the reader hands over, remembering how much input had been read by then. */
  private static class Recorder implements StatementHandler {
    final GeneratedCamt053 input;
    final List<String> events = new ArrayList<>();
    long entries;
    long transactions;
    long bytesAtFirstEntry = -1;
    Money total;
    Statement end;

    Recorder(GeneratedCamt053 input) {
      this.input = input;
    }

    @Override
    public void onStatementStart(Statement header) {
      events.add("start:" + header.entries().size() + ":" + header.balances().size());
    }

    @Override
    public void onEntry(Entry entry) {
      if (bytesAtFirstEntry < 0) {
        bytesAtFirstEntry = input.bytesProduced();
      }
      entries++;
      transactions += entry.transactions().size();
      total = total == null ? entry.amount() : total.plus(entry.amount());
    }

    @Override
    public void onStatementEnd(Statement statement) {
      events.add("end:" + statement.entries().size());
      end = statement;
    }
  }

  @Test
  void test_stream_handsOverEntriesBeforeTheFileIsRead() {
    long n = 20_000;
    GeneratedCamt053 input = new GeneratedCamt053(n);
    Recorder r = new Recorder(input);
    new CamtReader().stream(input, "generated.xml", r);
    assertThat(r.entries).isEqualTo(n);
    assertThat(r.transactions).isEqualTo(2 * n);
    assertThat(r.total).isEqualTo(Money.of("EUR", n + ".00"));
    assertThat(r.events).containsExactly("start:0:2", "end:0");
    assertThat(r.end.findings()).isEmpty();
    // The first entry arrives while almost all of the (about 15 MB) input is still unread.
    assertThat(r.bytesAtFirstEntry).isLessThan(input.bytesProduced() / 100);
  }

  /**
   * Opt-in ({@code -Do2c.camt.bigMegabytes=500}): streams a generated camt.053 of the given size
   * and checks that the heap in use after garbage collection stays flat.
   */
  @Test
  void test_stream_bigGeneratedFile_heapStaysFlat() {
    long megabytes = Long.getLong("o2c.camt.bigMegabytes", 0);
    assumeTrue(
        megabytes > 0,
        "needs -Do2c.camt.bigMegabytes=N (opt-in: streams a generated N MB camt.053)");
    long n = GeneratedCamt053.entriesFor(megabytes << 20);
    GeneratedCamt053 input = new GeneratedCamt053(n);
    Runtime rt = Runtime.getRuntime();
    long[] maxUsed = {0};
    Recorder r =
        new Recorder(input) {
          @Override
          public void onEntry(Entry entry) {
            super.onEntry(entry);
            if (entries % 50_000 == 0) {
              System.gc();
              maxUsed[0] = Math.max(maxUsed[0], rt.totalMemory() - rt.freeMemory());
            }
          }
        };
    new CamtReader().stream(input, "big.xml", r);
    System.out.printf(
        "streamed %d MB, %d entries, max heap in use after GC %d MB%n",
        input.bytesProduced() >> 20, r.entries, maxUsed[0] >> 20);
    assertThat(r.entries).isEqualTo(n);
    assertThat(r.end.findings()).isEmpty();
    assertThat(maxUsed[0]).isLessThan(64L << 20);
  }
}
