package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementHandler;
import org.junit.jupiter.api.Test;

/** The reader streams: entries arrive while most of a large generated file is still unread. */
class Mt940StreamingTest {

  @Test
  void test_largeFile_entriesArriveBeforeTheFileIsRead() {
    int n = 40_000;
    String header = ":20:BIG\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C200101EUR0,\n";
    GeneratedInputStream in = new GeneratedInputStream(header,
        i -> ":61:2001010101C1,00NTRFREF" + i + "//B" + i + "\n:86:166?00GUTSCHRIFT?20SVWZ+Invoice " + i
            + "?32Payer number " + (i % 977) + "\n", n,
        ":62F:C200101EUR" + n + ",00\n-\n");
    long[] atFirstEntry = {-1};
    int[] entries = {0};
    Statement[] end = {null};
    new Mt940Reader().stream(in, "big.sta", new StatementHandler() {
      @Override
      public void onEntry(Entry entry) {
        if (entries[0]++ == 0) {
          atFirstEntry[0] = in.produced();
        }
      }

      @Override
      public void onStatementEnd(Statement statement) {
        end[0] = statement;
      }
    });
    assertThat(entries[0]).isEqualTo(n);
    assertThat(in.produced()).isGreaterThan(3_000_000L);
    assertThat(atFirstEntry[0]).isLessThan(200_000L);
    assertThat(end[0].findings()).isEmpty();
    assertThat(end[0].entries()).isEmpty();
  }
}
