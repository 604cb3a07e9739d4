package dev.o2c.examples.cli;

import static dev.o2c.examples.cli.CliRun.lines;
import static dev.o2c.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code o2c dun} on worked examples computed by hand from the standard policy and a policy file, and its bad inputs. */
class DunCommandTest {

  private static final String HEADER =
      "customer_id,item_id,level,days_overdue,open_amount,fee,interest,total_due,currency,dunned_amount,text_key,pay_by";

  /*
   * As of 2026-04-30, standard policy (reminder from 7 days, second from 21 with 5.00, final from 35 with
   * 10.00; step by step; 14 days between notices):
   *   INV-1  C-1  due 2026-03-01  60 days  1000.00            never dunned: level 1 (step by step)
   *   INV-2  C-1  due 2026-04-25   5 days   200.00            not due: level 1 from 2026-05-02
   *   INV-3  C-2  due 2026-04-10  20 days   300.00 open 120   level 1
   *   CM-1   C-2                           -50.00             credit: covers nothing (INV-3's 120 is more)
   *   INV-4  C-3  due 2026-04-23   7 days  JPY 9999             level 1
   */
  private static final String ITEMS = "item_id,customer_id,type,document_date,due_date,currency,amount,open_amount\n"
      + "INV-1,C-1,INVOICE,2026-01-30,2026-03-01,EUR,1000.00,\n"
      + "INV-2,C-1,INVOICE,2026-03-26,2026-04-25,EUR,200.00,\n"
      + "INV-3,C-2,INVOICE,2026-03-11,2026-04-10,EUR,300.00,120.00\n"
      + "CM-1,C-2,CREDIT_MEMO,2026-04-01,2026-04-01,EUR,-50.00,\n"
      + "INV-4,C-3,INVOICE,2026-03-24,2026-04-23,JPY,9999,\n";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void test_standardPolicy_proposals_notices_letters_andTheSameDayAgainProposesNothing() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("d.csv");
    Path notices = dir.resolve("n.csv");
    Path letters = dir.resolve("letters");

    CliRun run = run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--out", out.toString(),
        "--notices", notices.toString(), "--letters", letters.toString(), "--skipped", dir.resolve("s.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(lines(out)).containsExactly(HEADER,
        "C-1,INV-1,1,60,1000.00,0.00,0.00,1000.00,EUR,1000.00,reminder,2026-05-10",
        "C-2,INV-3,1,20,120.00,0.00,0.00,120.00,EUR,120.00,reminder,2026-05-10",
        "C-3,INV-4,1,7,9999,0,0,9999,JPY,9999,reminder,2026-05-10");
    assertThat(lines(notices)).containsExactly("customer_id,item_id,level,date,amount,currency",
        "C-1,INV-1,1,2026-04-30,1000.00,EUR", "C-2,INV-3,1,2026-04-30,120.00,EUR", "C-3,INV-4,1,2026-04-30,9999,JPY");
    assertThat(lines(dir.resolve("s.csv"))).containsExactly("customer_id,item_id,reason,detail",
        "C-1,INV-2,NOT_DUE,5 days overdue; first dunned from 2026-05-02",
        "C-2,CM-1,CREDIT_MEMO,credit memo: its EUR 50.00 counts as credit against the customer's items");
    try (Stream<Path> files = Files.list(letters)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("C-1.txt", "C-2.txt", "C-3.txt");
    }
    assertThat(Files.readString(letters.resolve("C-2.txt"))).contains("Payment reminder (level 1)",
        "Please pay EUR 120.00 by 2026-05-10.", "Your account also holds a credit of EUR 50.00");
    assertThat(run.out()).startsWith("Dunning run as of 2026-04-30: 5 open items, 3 notices for 3 customers (3 items)")
        .contains("Not dunned: 2 items (credit memo 1, not due 1)");

    // The notices appended to the history: the same day proposes nothing, 14 days later the second reminder.
    CliRun again = run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--history", notices.toString(),
        "--out", out.toString());
    assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
    assertThat(lines(out)).containsExactly(HEADER);
    CliRun later = run("dun", "--open-items", items.toString(), "--as-of", "2026-05-14", "--history", notices.toString(),
        "--out", out.toString());
    assertThat(later.exitCode()).as(later.err()).isEqualTo(ExitCodes.OK);
    // INV-1 74 days: level 2; INV-2 19 days: level 1; INV-3 34 days: level 2; INV-4 21 days: level 2; the standard
    // policy charges no fees (a fee is an amount in the creditor's currencies: the policy file sets them)
    assertThat(lines(out)).containsExactly(HEADER,
        "C-1,INV-1,2,74,1000.00,0.00,0.00,1200.00,EUR,1000.00,second-reminder,2026-05-24",
        "C-1,INV-2,1,19,200.00,0.00,0.00,1200.00,EUR,200.00,reminder,2026-05-24",
        "C-2,INV-3,2,34,120.00,0.00,0.00,120.00,EUR,120.00,second-reminder,2026-05-24",
        "C-3,INV-4,2,21,9999,0,0,9999,JPY,9999,second-reminder,2026-05-24");
  }

  @Test
  void test_policyFile_feesWithCap_minimum_perItem_htmlLetters_withCustomerNames() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path policy = write("policy.txt", "# our ladder\n"
        + "level.1 = -7, none, pre-due, 3\n"
        + "level.2 = 10, 2% max EUR 15.00 / JPY 2000, reminder, 10   # 2 %, at most EUR 15.00 per item\n"
        + "LEVEL.3 = 45, EUR 25.00 / JPY 3000, final-demand, 7\n"
        + "step-by-step = false\n"
        + "grouping = item\n"
        + "min-customer-amount = EUR 150.00, JPY 100\n"
        + "creditor = Our Company GmbH\n"
        + "creditor-address = Hauptstr. 1; 10115 Berlin\n");
    Path customers = write("customers.csv", "customer_id,name\nC-1,Alpine & <Sons>\nC-2,Baltic Tools\n");
    Path out = dir.resolve("d.csv");
    Path letters = dir.resolve("html");

    CliRun run = run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--policy", policy.toString(),
        "--customers", customers.toString(), "--out", out.toString(), "--letters", letters.toString(),
        "--letter-format", "html", "--skipped", dir.resolve("s.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // INV-1 60 days: final demand 25.00; INV-2 5 days: neither pre-due nor reminder; C-2 120.00 < 150.00;
    // INV-4 7 days: not yet 10. C-1 is dunned per item.
    assertThat(lines(out)).containsExactly(HEADER,
        "C-1,INV-1,3,60,1000.00,25.00,0.00,1025.00,EUR,1000.00,final-demand,2026-05-07");
    assertThat(lines(dir.resolve("s.csv"))).contains("C-2,INV-3,BELOW_CUSTOMER_MINIMUM,the customer's EUR 120.00 to dun "
        + "is below the minimum of EUR 150.00 per customer");
    String html = Files.readString(letters.resolve("C-1.html"));
    assertThat(html).contains("Alpine &amp; &lt;Sons&gt;", "Our Company GmbH", "Hauptstr. 1", "Final demand")
        .doesNotContain("<Sons>");

    // Reminder at 10 days with the 2 % fee capped at 15.00: INV-1 alone, 12 days overdue in another run.
    Path one = write("one.csv", "item_id,customer_id,document_date,due_date,currency,amount\n"
        + "A,C-9,2026-03-19,2026-04-18,EUR,1000.00\nB,C-9,2026-03-19,2026-04-18,EUR,500.00\n");
    CliRun capped = run("dun", "--open-items", one.toString(), "--as-of", "2026-04-30", "--policy", policy.toString(),
        "--out", out.toString());
    assertThat(capped.exitCode()).as(capped.err()).isEqualTo(ExitCodes.OK);
    assertThat(lines(out)).containsExactly(HEADER,    // 2 % of 1000.00 = 20.00 -> 15.00; of 500.00 = 10.00
        "C-9,A,2,12,1000.00,15.00,0.00,1525.00,EUR,1000.00,reminder,2026-05-10",
        "C-9,B,2,12,500.00,10.00,0.00,1525.00,EUR,500.00,reminder,2026-05-10");
  }

  @Test
  void test_theDemoDataSet_asANewUserGetsIt_everyItemDunnedOrExplained_andTheRunRepeatsNothing() throws IOException {
    Path items = dir.resolve("items.csv");
    Path customers = dir.resolve("customers.csv");
    for (Path p : new Path[] {items, customers}) {
      try (var in = DunCommandTest.class.getResourceAsStream("/dev/o2c/examples/demo/" + p.getFileName())) {
        Files.copy(in, p);
      }
    }
    Path out = dir.resolve("d.csv");
    Path notices = dir.resolve("n.csv");
    Path skipped = dir.resolve("s.csv");
    CliRun run = run("dun", "--open-items", items.toString(), "--customers", customers.toString(), "--as-of",
        "2026-04-30", "--out", out.toString(), "--notices", notices.toString(), "--skipped", skipped.toString(),
        "--letters", dir.resolve("letters").toString(), "--letter-format", "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // 12 items: 10 dunned at the first level, the credit memo and an item 6 days overdue not
    assertThat(lines(out)).hasSize(11).allMatch(l -> l.equals(HEADER) || l.contains(",1,") && l.contains("reminder"));
    assertThat(lines(skipped)).hasSize(3);
    assertThat(lines(notices)).hasSize(11);
    assertThat(Files.readString(dir.resolve("letters").resolve("C-200.html"))).contains("Baltic Tools GmbH",
        "EUR 11,615.00", "credit of EUR 357.00");
    CliRun again = run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--history",
        notices.toString(), "--out", out.toString());
    assertThat(again.out()).contains("0 notices", "too soon 10");
    assertThat(lines(out)).containsExactly(HEADER);
  }

  @Test
  void test_badHistoryOrPolicy_exitOne_namingFileAndLine_andWriteNothing() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("d.csv");
    Path letters = dir.resolve("letters");
    Path history = write("h.csv", "customer_id,item_id,level,date,amount,currency\n"
        + "C-1,INV-1,1,2026-04-01,1000.00,EUR\n"
        + "C-1,INV-1,two,2026-04-15,1000.00,EUR\n");
    CliRun badHistory = run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--history",
        history.toString(), "--out", out.toString(), "--letters", letters.toString());
    assertThat(badHistory.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badHistory.err()).contains("h.csv:3: level \"two\" is not a whole number");

    Path zero = write("zero.csv", "customer_id,item_id,level,date,amount,currency\nC-1,INV-1,0,2026-04-01,1.00,EUR\n");
    assertThat(run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--history", zero.toString(),
        "--out", out.toString()).err()).contains("zero.csv:2: notice on INV-1: level 0 is below 1");

    Path unknown = write("p1.txt", "level.1 = 7, none, reminder, 10\nmin-day = 3\n");
    assertThat(run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--policy", unknown.toString(),
        "--out", out.toString()).err()).contains("p1.txt:2: unknown key min-day; known: level.N, min-days-between-notices");
    Path gap = write("p2.txt", "level.1 = 7, none, reminder, 10\n\nlevel.3 = 30, none, final, 10\n");
    assertThat(run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--policy", gap.toString(),
        "--out", out.toString()).err()).contains("p2.txt:3: level.3: levels must be numbered 1, 2, ... without gaps");
    Path order = write("p3.txt", "level.1 = 7, none, reminder, 10\nlevel.2 = 7, 5 euro, final, 10\n");
    assertThat(run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--policy", order.toString(),
        "--out", out.toString()).err()).contains("p3.txt:2: level.2: days overdue 7 must be more than level.1's 7");
    Path fee = write("p4.txt", "level.1 = 7, 5 euro, reminder, 10\n");
    CliRun badFee = run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--policy", fee.toString(),
        "--out", out.toString());
    assertThat(badFee.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badFee.err()).contains("p4.txt:1: level.1: fee \"5 euro\": \"5 euro\" is not an amount such as EUR 5.00");

    Path badItems = write("bad.csv", ITEMS + "X,C-9,INVOICE,2026-03-01,2026-03-31,EUR,10.001,\n");
    assertThat(run("dun", "--open-items", badItems.toString(), "--as-of", "2026-04-30", "--out", out.toString())
        .err()).contains("bad.csv:7: amount 10.001 has more decimals than EUR allows (2)");
    assertThat(run("dun", "--open-items", items.toString(), "--as-of", "2026-04-30", "--policy",
        dir.resolve("missing.txt").toString(), "--out", out.toString()).err()).contains("missing.txt: no such file");
    assertThat(out).doesNotExist();
    assertThat(letters).doesNotExist();
  }

  @Test
  void test_wrongCommandLines_exitTwo() throws IOException {
    Path items = write("items.csv", ITEMS);
    String f = items.toString();
    String out = dir.resolve("d.csv").toString();
    CliRun format = run("dun", "--open-items", f, "--as-of", "2026-04-30", "--out", out, "--letters",
        dir.resolve("l").toString(), "--letter-format", "pdf");
    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("--letter-format must be text or html, not 'pdf'", "Usage: o2c dun");
    assertThat(run("dun", "--open-items", f, "--out", out).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("dun", "--open-items", f, "--as-of", "30.04.2026", "--out", out).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("dun", "--open-items", f, "--as-of", "2026-04-30", "--out", f).err())
        .contains("--out " + f + " is the input file");
    assertThat(run("dun", "--open-items", f, "--as-of", "2026-04-30", "--out", out, "--notices", out).err())
        .contains("--notices " + out + " is already another output");
    assertThat(run("dun", "--open-items", f, "--as-of", "2026-04-30", "--out", out, "--letters", f).err())
        .contains("--letters " + f + " is a file; give a folder");
    assertThat(Files.readString(items)).isEqualTo(ITEMS);
    assertThat(dir.resolve("d.csv")).doesNotExist();
  }
}
