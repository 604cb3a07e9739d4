package dev.o2c.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import dev.o2c.examples.csv.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class OrderToCashDemoTest {

  private static final OrderToCashDemo DEMO = OrderToCashDemo.run(DemoData.embedded());

  private static ItemState item(String documentNumber) {
    return DEMO.ledger().item(documentNumber).orElseThrow();
  }

  private static PaymentState payment(String bankReference) {
    return DEMO.ledger().payment(bankReference).orElseThrow();
  }

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  @Test
  void test_embedded_hasTheAdvertisedShape() {
    DemoData data = DemoData.embedded();

    assertThat(data.customers()).hasSize(4);
    assertThat(data.customers()).anySatisfy(c -> assertThat(c.parentId()).contains("C-100"));
    assertThat(data.customers()).anySatisfy(c -> assertThat(c.currency().getCurrencyCode()).isEqualTo("JPY"));
    assertThat(data.items()).hasSize(12);
    assertThat(data.payments()).hasSize(7);
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
    assertThat(payment("BNK-0302").payment().customerId()).contains("C-100");
    assertThat(item("INV-1001").open().isZero()).isTrue();
    assertThat(item("INV-1002").open().isZero()).isTrue();
    assertThat(item("INV-1002").writtenOff()).isEqualTo(eur("0.02"));
    assertThat(payment("BNK-0302").applied()).isEqualTo(payment("BNK-0302").amount());
  }

  @Test
  void test_run_shortPaymentBecomesOpenDeduction() {
    assertThat(item("INV-2002").open().isZero()).isTrue();
    assertThat(item("INV-2002").deducted()).isEqualTo(eur("213.00"));
    assertThat(DEMO.ledger().deduction("DED-1")).hasValueSatisfying(d -> {
      assertThat(d.amount()).isEqualTo(eur("213.00"));
      assertThat(d.reason()).isEqualTo(DeductionReason.DAMAGE);
      assertThat(d.status()).isEqualTo(DeductionStatus.OPEN);
      assertThat(d.paymentReference()).contains("BNK-0303");
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

    assertThat(state.payment().customerId()).contains("C-300");
    assertThat(state.suspense().isZero()).isTrue();
    assertThat(state.applied()).isEqualTo(Money.of("JPY", "330000"));
    assertThat(DEMO.ledger().suspense(DemoData.EMBEDDED_AS_OF)).isEmpty();
  }

  @Test
  void test_run_suspenseHoldsTheUnidentifiedPaymentBeforeIdentification() {
    assertThat(DEMO.ledger().suspense(java.time.LocalDate.of(2026, 3, 26)))
        .containsEntry(Monetary.getCurrency("JPY"), Money.of("JPY", "330000"));
  }

  @Test
  void test_run_returnedPaymentReopensItsInvoice() {
    assertThat(payment("BNK-0306").isReturned()).isTrue();
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
    ReceivablesLedger ledger = DEMO.ledger();

    assertThat(ledger.balance("C-200", DemoData.EMBEDDED_AS_OF)).containsOnlyKeys(Monetary.getCurrency("EUR"))
        .containsValue(eur("3285.00"));
    assertThat(ledger.balance("C-101", DemoData.EMBEDDED_AS_OF)).containsValue(eur("45.00"));
    assertThat(ledger.unappliedCash("C-100", DemoData.EMBEDDED_AS_OF)).containsValue(eur("500.00"));
  }

  @Test
  void test_print_endsWithTheBalanceLine() {
    StringWriter text = new StringWriter();
    DEMO.print(new PrintWriter(text));

    String[] lines = text.toString().split("\n");
    assertThat(lines[lines.length - 1]).startsWith("Books balance: debits equal credits in EUR");
  }

  private static Map<String, String> embeddedFiles() {
    Map<String, String> files = new HashMap<>();
    for (String name : new String[] {"customers.csv", "items.csv", "payments.csv", "cash-application.csv"}) {
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
    return DemoData.read(n -> new StringReader(files.get(n)), DemoData.EMBEDDED_AS_OF);
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

    assertThat(demo.ledger().payment("BNK-0305").orElseThrow().suspense()).isEqualTo(Money.of("JPY", "330000"));
    assertThat(demo.ledger().payment("BNK-0301").orElseThrow().unapplied()).isEqualTo(eur("4760.00"));
    assertThat(demo.problems()).isEmpty();
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
        .hasMessageContaining("parent_id of C-101 (C-999)");
  }
}
