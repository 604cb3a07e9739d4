package dev.o2c.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.examples.csv.CsvException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderToCashDemoTest {

  private static final OrderToCashDemo DEMO = OrderToCashDemo.run(DemoData.embedded());

  private static ItemState item(String documentNumber) {
    return DEMO.ledger().item(DocumentNumber.of(documentNumber)).orElseThrow();
  }

  private static PaymentState payment(String bankReference) {
    return payment(DEMO, bankReference);
  }

  private static PaymentState payment(OrderToCashDemo demo, String bankReference) {
    return demo.ledger().payments().stream()
        .filter(p -> p.payment().bankReference().equals(BankReference.of(bankReference))).findFirst().orElseThrow();
  }

  private static final CustomerId C100 = CustomerId.of("C-100");

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  @Test
  void test_embedded_hasTheAdvertisedShape() {
    DemoData data = DemoData.embedded();

    assertThat(data.customers()).hasSize(4);
    assertThat(data.customers()).anySatisfy(c -> assertThat(c.parentId()).contains(C100));
    assertThat(data.customers()).anySatisfy(c -> assertThat(c.currency().getCurrencyCode()).isEqualTo("JPY"));
    assertThat(data.items()).hasSize(12);
    assertThat(data.statement().statements()).hasSize(2);
    assertThat(data.statement().statements().get(0).transactions()).hasSize(7);
    assertThat(data.asOf()).isEqualTo(DemoData.EMBEDDED_AS_OF);
  }

  @Test
  void test_run_booksBalance() {
    assertThat(DEMO.problems()).isEmpty();
  }

  @Test
  void test_run_exactPaymentClearsItsInvoice() {
    assertThat(item("INV-2001").open().isZero()).isTrue();
    assertThat(item("INV-2001").applied()).isEqualTo(eur("4760.00"));
  }

  @Test
  void test_run_parentPaysTwoInvoicesOfItsSubsidiaryWithWriteOff() {
    assertThat(payment("BNK-0302").payment().customerId()).contains(C100);
    assertThat(item("INV-1001").open().isZero()).isTrue();
    assertThat(item("INV-1002").open().isZero()).isTrue();
    assertThat(item("INV-1002").smallDifferences()).isEqualTo(eur("0.02"));
    assertThat(payment("BNK-0302").applied()).isEqualTo(payment("BNK-0302").amount());
  }

  @Test
  void test_run_shortPaymentBecomesOpenDeduction() {
    assertThat(item("INV-2002").open().isZero()).isTrue();
    assertThat(item("INV-2002").deducted()).isEqualTo(eur("213.00"));
    assertThat(DEMO.ledger().deduction(DeductionId.of("DED-1"))).hasValueSatisfying(d -> {
      assertThat(d.amount()).isEqualTo(eur("213.00"));
      assertThat(d.reason()).isEqualTo(DeductionReason.DAMAGE);
      assertThat(d.status()).isEqualTo(DeductionStatus.OPEN);
      assertThat(d.payment()).contains(payment("BNK-0303").id());
    });
  }

  @Test
  void test_run_cashDiscountIsGranted() {
    assertThat(item("INV-1003").discount()).isEqualTo(eur("47.60"));
    assertThat(item("INV-1003").applied()).isEqualTo(eur("2332.40"));
    assertThat(item("INV-1003").open().isZero()).isTrue();
  }

  @Test
  void test_run_unidentifiedPaymentIsIdentifiedAndApplied() {
    PaymentState state = payment("BNK-0305");

    assertThat(state.payment().customerId()).contains(CustomerId.of("C-300"));
    assertThat(state.suspense().isZero()).isTrue();
    assertThat(state.applied()).isEqualTo(Money.of("JPY", "330000"));
    assertThat(DEMO.ledger().asOf(DemoData.EMBEDDED_AS_OF).suspense().isZero()).isTrue();
  }

  @Test
  void test_run_suspenseHoldsTheUnidentifiedPaymentBeforeIdentification() {
    assertThat(DEMO.ledger().asOf(java.time.LocalDate.of(2026, 3, 26)).suspense())
        .isEqualTo(MoneyTotals.of(Money.of("JPY", "330000")));
  }

  @Test
  void test_run_returnedPaymentReopensItsInvoice() {
    // The return is the statement's own reversal entry BNK-0308, matched to BNK-0306 by end-to-end id.
    assertThat(payment("BNK-0306").isReturned()).isTrue();
    assertThat(DEMO.unmatched()).isEmpty();
    assertThat(payment("BNK-0306").applied().isZero()).isTrue();
    assertThat(item("INV-2003").open()).isEqualTo(eur("1500.00"));
  }

  @Test
  void test_run_creditMemoOffsetReducesInvoice() {
    assertThat(item("CM-2004").open().isZero()).isTrue();
    assertThat(item("INV-2005").open()).isEqualTo(eur("1785.00"));
  }

  @Test
  void test_run_balancesPerCustomer() {
    LedgerView books = DEMO.ledger().asOf(DemoData.EMBEDDED_AS_OF);

    assertThat(books.balance(CustomerId.of("C-200"))).isEqualTo(MoneyTotals.of(eur("3285.00")));
    assertThat(books.customerBalance(CustomerId.of("C-200")).openDeductions()).isEqualTo(MoneyTotals.of(eur("213.00")));
    assertThat(books.balance(CustomerId.of("C-101"))).isEqualTo(MoneyTotals.of(eur("45.00")));
    assertThat(books.unappliedCash(C100)).isEqualTo(MoneyTotals.of(eur("500.00")));
    assertThat(books.customerBalance(C100).net()).isEqualTo(MoneyTotals.of(eur("390.00")));
  }

  @Test
  void test_print_endsWithTheBalanceLine() {
    StringWriter text = new StringWriter();
    DEMO.print(new PrintWriter(text));

    String[] lines = text.toString().split("\n");
    assertThat(lines[lines.length - 1]).startsWith("Books balance: debits equal credits in EUR");
  }

  @Test
  void test_print_runsDunningTwiceWritesALetterAndPlansTheWorklists() {
    StringWriter text = new StringWriter();
    DEMO.print(new PrintWriter(text));
    String out = text.toString();

    // 890.00 due 12 Mar, 19 days late on 31 Mar, EU rate 2.15 + 8 = 10.15 %: 890 x 0.1015 x 19 / 365 = 4.70
    assertThat(out).contains("C-100     INV-1101         19      1  890.00  0.00      4.70  894.70  EUR");
    assertThat(out).contains("not dunned: C-200 INV-2005: promise P-1");
    assertThat(out).contains("graded on 2026-04-30: BROKEN");
    // a month later the first run's notice is history: level 2 with the 5.00 fee; 49 days: 890 x 0.1015 x 49 / 365 = 12.13
    assertThat(out).contains("C-100     INV-1101         49      2    890.00  5.00     12.13    907.13  EUR");
    assertThat(out).contains("Second payment reminder (level 2)").contains("Please pay EUR 907.13 by 2026-05-10.");
    assertThat(out).contains("promise of 2026-04-15 broken").contains("dispute DED-1 over EUR 213.00");
    assertThat(out).contains("fallback queue").contains("C-300: JPY 125,000 overdue up to 6 days");
  }

  private static Map<String, String> embeddedFiles() {
    Map<String, String> files = new HashMap<>();
    for (String name : new String[] {"customers.csv", "items.csv", "statement.xml", "cash-application.csv"}) {
      try (InputStream in = DemoData.class.getResourceAsStream("/dev/o2c/examples/demo/" + name)) {
        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static DemoData withFile(String name, String content) {
    Map<String, String> files = embeddedFiles();
    files.put(name, content);
    return DemoData.read(n -> new ByteArrayInputStream(files.get(n).getBytes(StandardCharsets.UTF_8)),
        DemoData.EMBEDDED_AS_OF);
  }

  @Test
  void test_run_ledgerRefusalNamesTheScriptLine() {
    String script = "date,action,payment_ref,item_id,amount\n"
        + "2026-03-06,APPLY,BNK-0301,INV-2001,4760.00\n"
        + "2026-03-07,APPLY,BNK-0301,INV-2002,1.00\n";
    DemoData data = withFile("cash-application.csv", script);

    assertThatThrownBy(() -> OrderToCashDemo.run(data))
        .isInstanceOf(CsvException.class)
        .hasMessageStartingWith("cash-application.csv:3: the ledger refused: INSUFFICIENT_FUNDS");
  }

  @Test
  void test_run_paymentFromUnknownAccountStaysInSuspense() {
    DemoData data = withFile("cash-application.csv", "date,action\n");

    OrderToCashDemo demo = OrderToCashDemo.run(data);

    assertThat(payment(demo, "BNK-0305").suspense()).isEqualTo(Money.of("JPY", "330000"));
    assertThat(payment(demo, "BNK-0301").unapplied()).isEqualTo(eur("4760.00"));
    assertThat(demo.problems()).isEmpty();
  }

  @Test
  void test_read_badStatementIsRefusedWithItsPosition() {
    assertThatThrownBy(() -> withFile("statement.xml", "<Document><BkToCstmrStmt>"))
        .isInstanceOf(dev.o2c.matching.statement.StatementParseException.class)
        .hasMessageContaining("statement.xml");
  }

  @Test
  void test_read_scriptStepWithoutItsFieldsIsRefusedWithLine() {
    String script = "date,action,payment_ref,customer_id\n2026-03-27,IDENTIFY,BNK-0305,\n";

    assertThatThrownBy(() -> withFile("cash-application.csv", script))
        .isInstanceOf(CsvException.class)
        .hasMessage("cash-application.csv:2: customer_id is missing");
  }

  @Test
  void test_read_unknownActionIsRefused() {
    assertThatThrownBy(() -> withFile("cash-application.csv", "date,action\n2026-03-27,PAY\n"))
        .isInstanceOf(CsvException.class)
        .hasMessageContaining("cash-application.csv:2: action \"PAY\"");
  }

  @Test
  void test_run_childWithUnknownParentIsRefused() {
    DemoData data = withFile("customers.csv", "customer_id,name,parent_id\nC-101,Alpine Retail Munich,C-999\n");

    assertThatThrownBy(() -> OrderToCashDemo.run(data))
        .isInstanceOf(CsvException.class)
        .hasMessageContaining("customer C-999 (parent of C-101) is neither registered nor in this registration");
  }
}
