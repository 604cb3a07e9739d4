package dev.o2c.matching.statement.bai2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.mt940.GeneratedInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader streams: entries arrive while most of a large generated file is still unread. */
class Bai2StreamingTest {

  @Test
  void test_largeFile_entriesArriveBeforeTheFileIsRead() {
    int n = 40_000;
    long total = 100L * n;
    int records = 2 + 2 * n;
    GeneratedInputStream in = new GeneratedInputStream(
        "01,BANK,CUST,200101,0900,1,,,2/\n02,CUST,BANK,1,200101,,USD,2/\n03,42,,/\n",
        i -> "16,195,100,Z,B" + i + ",C" + i + ",INCOMING WIRE FOR INVOICE " + i + "/\n88,OBI:=INVOICE " + i + "/\n", n,
        "49," + total + "," + records + "/\n98," + total + ",1," + (records + 2) + "/\n99," + total + ",1,"
            + (records + 4) + "/\n");
    long[] atFirstEntry = {-1};
    int[] entries = {0};
    List<Finding> findings = new ArrayList<>();
    new Bai2Reader().stream(in, "big.bai2", new StatementHandler() {
      @Override
      public void onEntry(Entry entry) {
        if (entries[0]++ == 0) {
          atFirstEntry[0] = in.produced();
        }
      }

      @Override
      public void onStatementEnd(Statement statement) {
        findings.addAll(statement.findings());
      }

      @Override
      public void onFileFinding(Finding finding) {
        findings.add(finding);
      }
    });
    assertThat(entries[0]).isEqualTo(n);
    assertThat(in.produced()).isGreaterThan(2_500_000L);
    assertThat(atFirstEntry[0]).isLessThan(200_000L);
    assertThat(findings).isEmpty();
  }
}
