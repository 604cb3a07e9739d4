package dev.o2c.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenItemsCsvTest {

  private static final String HEADER = "item_id,customer_id,type,document_date,due_date,currency,amount,open_amount,"
      + "reference,terms\n";

  private static List<OpenItem> read(String text) {
    return OpenItemsCsv.read(new StringReader(text), "open.csv");
  }

  @Test
  void test_read_allColumns() {
    List<OpenItem> items = read(HEADER
        + "INV-1,C-1,INVOICE,2026-03-01,2026-03-31,EUR,1190.00,500.00,PO-7,2/10 NET 30\n"
        + "CM-2,C-1,credit_memo,2026-03-05,2026-03-05,eur,-357.00,,,\n");

    OpenItem invoice = items.get(0);
    assertThat(invoice.documentNumber()).hasToString("INV-1");
    assertThat(invoice.customerId()).hasToString("C-1");
    assertThat(invoice.kind()).isEqualTo(ItemKind.INVOICE);
    assertThat(invoice.documentDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(invoice.originalAmount()).isEqualTo(Money.of("EUR", "1190.00"));
    assertThat(invoice.openAmount()).isEqualTo(Money.of("EUR", "500.00"));
    assertThat(invoice.customerReference()).contains("PO-7");
    assertThat(invoice.terms()).contains(PaymentTerms.parse("2/10 NET 30"));
    OpenItem memo = items.get(1);
    assertThat(memo.kind()).isEqualTo(ItemKind.CREDIT_MEMO);
    assertThat(memo.openAmount()).isEqualTo(Money.of("EUR", "-357.00"));
    assertThat(memo.customerReference()).isEmpty();
    assertThat(memo.terms()).isEmpty();
  }

  @Test
  void test_read_optionalColumnsMayBeAbsent() {
    OpenItem item = read("DUE_DATE,Item_Id,customer_id,document_date,currency,amount,ignored\n"
        + "2026-04-01,INV-9,C-9,2026-03-01,JPY,125000,x\n").get(0);

    assertThat(item.kind()).isEqualTo(ItemKind.INVOICE);
    assertThat(item.openAmount()).isEqualTo(Money.of("JPY", "125000"));
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of("INV-1,C-1,INVOICE,2026-03-01,2026-03-31,EUR,12.345,,,",
            "amount 12.345 has more decimals than EUR"),
        Arguments.of("INV-1,C-1,INVOICE,2026-03-01,2026-03-31,JPY,10.5,,,", "amount 10.5 has more decimals than JPY"),
        Arguments.of("INV-1,C-1,INVOICE,2026-03-01,2026-03-31,EUR,99999999999999999999.00,,,",
            "amount 99999999999999999999.00 is beyond the largest amount kept in EUR (92233720368547758.07)"),
        Arguments.of("INV-1,C-1,INVOICE,2026-03-01,2026-03-31,XXY,10,,,", "currency \"XXY\" is not an ISO 4217"),
        Arguments.of("INV-1,C-1,INVOICE,2026-03-01,2026-03-31,XXX,10,,,",
            "currency \"XXX\" is not a currency amounts are kept in (ISO 4217 gives it no minor unit)"),
        Arguments.of("INV-1,C-1,INVOICE,2026-03-01,2026-03-31,XAU,10,,,", "currency \"XAU\" is not a currency amounts"),
        Arguments.of("INV-1,C-1,BILL,2026-03-01,2026-03-31,EUR,10.00,,,", "type \"BILL\" is not INVOICE"),
        Arguments.of("CM-1,C-1,CREDIT_MEMO,2026-03-01,2026-03-31,EUR,10.00,,,", "must be negative"),
        Arguments.of("INV-1,C-1,INVOICE,2026-03-31,2026-03-01,EUR,10.00,,,", "is before documentDate"),
        Arguments.of("INV-1,C-1,INVOICE,2026-03-01,2026-03-31,EUR,10.00,11.00,,", "is outside [0, EUR 10.00]"),
        Arguments.of("INV-1,,INVOICE,2026-03-01,2026-03-31,EUR,10.00,,,", "customer_id is missing"),
        Arguments.of("INV-1,C-1,INVOICE,2026-02-30,2026-03-31,EUR,10.00,,,", "document_date \"2026-02-30\""));
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void test_read_badRowIsReportedWithItsLine(String row, String problem) {
    assertThatThrownBy(() -> read(HEADER + "INV-0,C-1,INVOICE,2026-03-01,2026-03-31,EUR,1.00,,,\n" + row + "\n"))
        .isInstanceOf(CsvException.class)
        .hasMessageStartingWith("open.csv:3: ")
        .hasMessageContaining(problem);
  }

  @Test
  void test_read_duplicateItemIdIsRefused() {
    String row = "INV-1,C-1,INVOICE,2026-03-01,2026-03-31,EUR,10.00,,,\n";

    assertThatThrownBy(() -> read(HEADER + row + row))
        .isInstanceOf(CsvException.class)
        .hasMessage("open.csv:3: item_id INV-1 appears twice");
  }

  @Test
  void test_read_missingRequiredColumnsAreNamed() {
    assertThatThrownBy(() -> read("item_id,customer_id,amount\n"))
        .isInstanceOf(CsvException.class)
        .hasMessage("open.csv:1: missing required column(s): document_date, due_date, currency");
  }
}
