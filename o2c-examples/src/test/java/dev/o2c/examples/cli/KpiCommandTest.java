package dev.o2c.examples.cli;

import static dev.o2c.examples.cli.CliRun.run;
import static dev.o2c.examples.cli.CliRun.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code o2c kpi} on a worked example computed by hand from the contract's formulas, and its bad inputs. */
class KpiCommandTest {

  /** The contract's header, spelled out so that a change to the code cannot change the test. */
  private static final String CONTRACT_HEADER = "period_end,dso,dso_countback,bpdso,add,cei,percent_current,turnover";

  /*
   *   month    days  sales    R        C
   *   2026-01  31    90,000   100,000  60,000
   *   2026-02  28    120,000  130,000  80,000
   *   2026-03  31    100,000  150,000  90,000
   *   2026-04  30    110,000  140,000  100,000
   */
  private static final String PERIODS = "period_end,credit_sales,ending_receivables,ending_current\n"
      + "2026-01-31,90000.00,100000.00,60000.00\n"
      + "2026-02-28,120000.00,130000.00,80000.00\n"
      + "2026-03-31,100000.00,150000.00,90000.00\n"
      + "2026-04-30,110000.00,140000.00,100000.00\n";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void test_threeMonthWindow_calendarMonths() throws IOException {
    Path periods = write("p.csv", PERIODS);
    Path out = dir.resolve("k.csv");

    CliRun run = run("kpi", "--periods", periods.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Wrote 2 periods of 4");
    // March, window Jan-Mar: S = 310,000, D = 31 + 28 + 31 = 90, R = 150,000, C = 90,000, no month before the window
    //   dso 150,000 × 90 / 310,000 = 43.548 -> 43.55; bpdso 90,000 × 90 / 310,000 = 26.129 -> 26.13;
    //   add 60,000 × 90 / 310,000 = 17.419 -> 17.42; cei empty; percent current 90 / 150 = 60.00;
    //   turnover 310,000 × 365 / 90 / 150,000 = 8.381 -> 8.38;
    //   countback 150,000 − 100,000 = 50,000 (31 days), 50,000 / 120,000 × 28 = 11.667: 42.67
    // April, window Feb-Apr: S = 330,000, D = 28 + 31 + 30 = 89, R = 140,000, C = 100,000, B = 100,000
    //   dso 12,460,000 / 330,000 = 37.758 -> 37.76; bpdso 8,900,000 / 330,000 = 26.970 -> 26.97;
    //   add 3,560,000 / 330,000 = 10.788 -> 10.79; cei (100,000 + 110,000 − 140,000) / (100,000 + 110,000
    //   − 100,000) × 100 = 63.636 -> 63.64; percent current 100 / 140 = 71.43;
    //   turnover 330,000 × 365 / 89 / 140,000 = 9.667 -> 9.67; countback 30 + 30,000 / 100,000 × 31 = 39.30
    assertThat(lines(out)).containsExactly(CONTRACT_HEADER,
        "2026-03-31,43.55,42.67,26.13,17.42,,60.00,8.38",
        "2026-04-30,37.76,39.30,26.97,10.79,63.64,71.43,9.67");
  }

  @Test
  void test_oneMonthWindow_thirtyDayMonths_countbackRunsOutInJanuary() throws IOException {
    Path periods = write("p.csv", PERIODS);
    Path out = dir.resolve("k.csv");

    CliRun run = run("kpi", "--periods", periods.toString(), "--window", "1", "--month-days", "30", "--out",
        out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // January: dso 100,000 × 30 / 90,000 = 33.33; countback: 100,000 − 90,000 = 10,000 and no earlier month: empty;
    //   bpdso 60,000 × 30 / 90,000 = 20.00; add 13.33; cei needs December: empty; 60.00 %;
    //   turnover 90,000 × 365 / 30 / 100,000 = 10.95
    // February: dso 130,000 × 30 / 120,000 = 32.50; countback 130,000 − 120,000 = 10,000, 10,000 / 90,000 × 30
    //   = 3.33, so 33.33; bpdso 80,000 × 30 / 120,000 = 20.00; add 12.50;
    //   cei (100,000 + 120,000 − 130,000) / (100,000 + 120,000 − 80,000) × 100 = 90,000 / 140,000 = 64.29;
    //   percent current 80 / 130 = 61.54; turnover 120,000 × 365 / 30 / 130,000 = 11.23
    assertThat(lines(out)).hasSize(5).startsWith(CONTRACT_HEADER,
        "2026-01-31,33.33,,20.00,13.33,,60.00,10.95",
        "2026-02-28,32.50,33.33,20.00,12.50,64.29,61.54,11.23");
  }

  @Test
  void test_zeroSales_andNoCurrentColumn_giveEmptyCells() throws IOException {
    Path periods = write("p.csv", "period_end,credit_sales,ending_receivables\n"
        + "2026-01-31,0,500\n2026-02-28,0,0\n");
    Path out = dir.resolve("k.csv");

    CliRun run = run("kpi", "--periods", periods.toString(), "--window", "1", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // January: S = 0 so no dso; countback never finds a month whose sales exceed 500; turnover 0 / 500 = 0.00
    // February: R = 0 so no turnover; countback: 0 ≥ 0 every month, history runs out
    assertThat(lines(out)).containsExactly(CONTRACT_HEADER, "2026-01-31,,,,,,,0.00", "2026-02-28,,,,,,,");
  }

  @Test
  void test_periodEndNotLastDayOfMonth_exitsOne_namingTheLine_andWritesNothing() throws IOException {
    Path periods = write("p.csv", "period_end,credit_sales,ending_receivables\n2026-01-31,1,1\n2026-02-27,1,1\n");
    Path out = dir.resolve("k.csv");

    CliRun run = run("kpi", "--periods", periods.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("p.csv:3: period_end 2026-02-27 is not the last day of its month (2026-02-28)");
    assertThat(out).doesNotExist();
  }

  @Test
  void test_monthsOutOfOrder_badAmount_negativeSales_exitOne() throws IOException {
    Path out = dir.resolve("k.csv");
    Path gap = write("gap.csv", "period_end,credit_sales,ending_receivables\n2026-01-31,1,1\n2026-03-31,1,1\n");
    assertThat(run("kpi", "--periods", gap.toString(), "--out", out.toString()).err())
        .contains("gap.csv:3: period_end 2026-03-31 does not follow 2026-01-31");
    Path comma = write("comma.csv", "period_end,credit_sales,ending_receivables\n2026-01-31,\"1,5\",1\n");
    CliRun bad = run("kpi", "--periods", comma.toString(), "--out", out.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("comma.csv:2: credit_sales \"1,5\" is not a plain decimal");
    Path negative = write("neg.csv", "period_end,credit_sales,ending_receivables\n2026-01-31,-1,1\n");
    assertThat(run("kpi", "--periods", negative.toString(), "--out", out.toString()).err())
        .contains("neg.csv:2: credit_sales -1 is negative");
    Path missing = write("missing.csv", "period_end,credit_sales\n2026-01-31,1\n");
    assertThat(run("kpi", "--periods", missing.toString(), "--out", out.toString()).err())
        .contains("missing.csv:1: missing required column(s): ending_receivables");
    assertThat(run("kpi", "--periods", dir.resolve("none.csv").toString(), "--out", out.toString()).err())
        .contains("none.csv: no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void test_notUtf8_exitsOne() throws IOException {
    Path periods = dir.resolve("latin1.csv");
    Files.write(periods, "period_end,credit_sales,ending_receivables,note\n2026-01-31,1,1,M\u00fcller\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = run("kpi", "--periods", periods.toString(), "--out", dir.resolve("k.csv").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("latin1.csv: not UTF-8 text");
  }

  @Test
  void test_wrongCommandLine_exitsTwo() throws IOException {
    Path periods = write("p.csv", PERIODS);
    String out = dir.resolve("k.csv").toString();
    assertThat(run("kpi", "--periods", periods.toString(), "--window", "0", "--out", out).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    CliRun monthDays = run("kpi", "--periods", periods.toString(), "--month-days", "31", "--out", out);
    assertThat(monthDays.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(monthDays.err()).contains("'31' is neither calendar nor 30").contains("Usage: o2c kpi");
    assertThat(run("kpi", "--periods", periods.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("kpi", "--periods", periods.toString(), "--out", periods.toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(periods)).isEqualTo(PERIODS);
  }
}
