package dev.o2c.examples.demo;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.RemittanceReference;
import dev.o2c.examples.csv.CsvMoney;
import dev.o2c.examples.csv.CsvReader;
import dev.o2c.examples.csv.CsvRow;
import dev.o2c.examples.csv.CsvTable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Reads the demo's bank lines: {@code bank_ref, value_date, currency, amount, payer_name,
 * payer_account, remittance, references} (references separated by {@code ;}). The payer is not
 * given: the demo identifies it from the payer's account, as a bank would not tell us either.
 */
final class PaymentsCsv {

  private PaymentsCsv() {}

  static List<Payment> read(Reader reader, String source) {
    CsvTable table = CsvReader.read(reader, source)
        .requireColumns("bank_ref", "value_date", "currency", "amount");
    List<Payment> payments = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvRow row : table.rows()) {
      String reference = row.required("bank_ref");
      if (!seen.add(reference)) {
        throw row.error("bank_ref " + reference + " appears twice");
      }
      CurrencyUnit currency = CsvMoney.currency(row, "currency");
      Remittance.Builder remittance = Remittance.builder();
      row.optional("remittance").ifPresent(remittance::addLines);
      row.optional("references").ifPresent(list -> {
        for (String ref : list.split(";")) {
          if (!ref.isBlank()) {
            remittance.addReferences(RemittanceReference.of(ref.strip()));
          }
        }
      });
      try {
        payments.add(Payment.builder()
            .bankReference(reference)
            .amount(CsvMoney.money(row, "amount", currency))
            .valueDate(row.date("value_date"))
            .payerName(row.optional("payer_name"))
            .payerAccount(row.optional("payer_account"))
            .remittance(remittance.build())
            .build());
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return List.copyOf(payments);
  }
}
