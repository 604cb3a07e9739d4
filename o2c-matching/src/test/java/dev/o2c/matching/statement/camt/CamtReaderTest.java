package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CamtReaderTest {

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  @Test
  void test_v02_statementHeaderAccountAndBalances() {
    StatementFile file = CamtSamples.readFile(CamtSamples.text("camt053-v02-batch.xml"));
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_053);
    assertThat(file.allFindings()).isEmpty();
    Statement s = file.statements().get(0);
    assertThat(s.format()).isEqualTo(StatementFormat.CAMT_053);
    assertThat(s.messageId()).contains("O2C-MSG-0001");
    assertThat(s.statementId()).isEqualTo("O2C-STMT-0001");
    assertThat(s.sequenceNumber()).contains("42");
    assertThat(s.legalSequenceNumber()).contains("7");
    assertThat(s.creationTime()).contains(LocalDateTime.of(2024, 3, 1, 18, 31));
    assertThat(s.creationOffset()).contains(ZoneOffset.ofHours(1));
    assertThat(s.account().iban()).contains("DE89370400440532013000");
    assertThat(s.account().bic()).contains("COBADEFFXXX");
    assertThat(s.account().ownerName()).contains("O2C Widgets GmbH");
    assertThat(s.account().currency().map(c -> c.getCurrencyCode())).contains("EUR");
    assertThat(s.balance(BalanceType.OPENING_BOOKED).get().amount()).isEqualTo(eur("1000.00"));
    assertThat(s.balance(BalanceType.CLOSING_BOOKED).get().amount()).isEqualTo(eur("1240.50"));
    assertThat(s.balance(BalanceType.CLOSING_AVAILABLE).get().date())
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(s.balances()).extracting(b -> b.code().orElse("")).containsExactly("OPBD", "CLBD", "CLAV");
    assertThat(s.entries()).hasSize(3);
    assertThat(s.transactions()).hasSize(4);
  }

  @Test
  void test_v02_batchEntryYieldsOneTransactionPerDetail() {
    Entry batch = CamtSamples.read(CamtSamples.text("camt053-v02-batch.xml")).get(0).entries().get(0);
    assertThat(batch.amount()).isEqualTo(eur("300.00"));
    assertThat(batch.direction()).isEqualTo(Direction.CREDIT);
    assertThat(batch.status()).isEqualTo(EntryStatus.BOOKED);
    assertThat(batch.entryReference()).contains("E1");
    assertThat(batch.accountServicerReference()).contains("BANKREF-100");
    assertThat(batch.batches()).hasSize(1);
    assertThat(batch.batches().get(0).numberOfTransactions()).contains(2L);
    assertThat(batch.batches().get(0).total()).contains(eur("300.00"));
    assertThat(batch.batches().get(0).paymentInformationId()).contains("PMTINF-9");

    Transaction t1 = batch.transactions().get(0);
    assertThat(t1.amount()).isEqualTo(eur("200.00"));
    assertThat(t1.instructedAmount()).contains(Money.of("CHF", "195.00"));
    assertThat(t1.exchangeRate()).contains(new BigDecimal("1.025641"));
    assertThat(t1.references().accountServicerReference()).contains("BANKREF-101");
    assertThat(t1.references().endToEndId()).contains("E2E-INV-1001");
    assertThat(t1.references().mandateId()).contains("MANDATE-1");
    assertThat(t1.bankTransactionCode().domain()).contains("PMNT");
    assertThat(t1.bankTransactionCode().subFamily()).contains("ESCT");
    assertThat(t1.bankTransactionCode().proprietaryCode()).contains("NTRF+166");
    assertThat(t1.bankTransactionCode().proprietaryIssuer()).contains("DK");
    assertThat(t1.debtor().get().name()).contains("Acme Retail AG");
    assertThat(t1.debtor().get().iban()).contains("CH9300762011623852957");
    assertThat(t1.debtor().get().bic()).contains("UBSWCHZH80A");
    assertThat(t1.ultimateDebtor().get().name()).contains("Acme Holding");
    assertThat(t1.creditor()).isEmpty();
    assertThat(t1.remittance().unstructured()).containsExactly("  INV 1001 / 2024  ");
    StructuredReference strd = t1.remittance().structured().get(0);
    assertThat(strd.creditorReference()).contains("RF18539007547034");
    assertThat(strd.creditorReferenceType()).contains("SCOR");
    assertThat(strd.creditorReferenceValid()).contains(true);
    assertThat(strd.referredDocuments()).hasSize(1);
    assertThat(strd.referredDocuments().get(0).number()).contains("1001");
    assertThat(strd.referredDocuments().get(0).type()).contains("CINV");
    assertThat(strd.referredDocuments().get(0).relatedDate()).contains(LocalDate.of(2024, 2, 1));
    assertThat(strd.referredDocuments().get(0).amount()).contains(eur("200.00"));
    assertThat(strd.duePayableAmount()).contains(eur("204.00"));
    assertThat(strd.remittedAmount()).contains(eur("200.00"));
    assertThat(strd.discounts()).extracting(RemittanceAdjustment::amount).containsExactly(eur("4.00"));
    assertThat(t1.duplicateKey())
        .isEqualTo("DE89370400440532013000|2024-03-01|C|EUR 200.00|BANKREF-101|1");

    Transaction t2 = batch.transactions().get(1);
    assertThat(t2.amount()).isEqualTo(eur("100.00"));
    assertThat(t2.references().accountServicerReference()).contains("BANKREF-100");
    assertThat(t2.references().endToEndId()).contains("NOTPROVIDED");
    assertThat(t2.debtor().get().name()).contains("Beta & Sons");
    assertThat(t2.debtor().get().otherAccountId()).contains("123456789");
    assertThat(t2.remittance().structured().get(0).creditorReferenceValid()).contains(false);
    assertThat(t2.additionalInfo()).contains("second of two");
    assertThat(t2.duplicateKey())
        .isEqualTo("DE89370400440532013000|2024-03-01|C|EUR 100.00|BANKREF-100|2");
  }

  @Test
  void test_v02_entryWithoutDetailsYieldsOneTransactionFromTheEntry() {
    Statement s = CamtSamples.read(CamtSamples.text("camt053-v02-batch.xml")).get(0);
    Entry fee = s.entries().get(1);
    assertThat(fee.bookingDate()).contains(LocalDate.of(2024, 3, 1));
    assertThat(fee.valueDate()).contains(LocalDate.of(2024, 3, 2));
    assertThat(fee.additionalInfo()).contains("Account fees March");
    Transaction t = fee.transactions().get(0);
    assertThat(fee.transactions()).hasSize(1);
    assertThat(t.amount()).isEqualTo(eur("59.50"));
    assertThat(t.signedAmount()).isEqualTo(eur("-59.50"));
    assertThat(t.additionalInfo()).contains("Account fees March");
    assertThat(t.bankTransactionCode().family()).contains("MDOP");
    assertThat(t.references().accountServicerReference()).contains("BANKREF-200");

    Entry pending = s.entries().get(2);
    assertThat(pending.status()).isEqualTo(EntryStatus.PENDING);
    assertThat(pending.bookingDate()).isEmpty();
    assertThat(pending.transactions().get(0).status()).isEqualTo(EntryStatus.PENDING);
    assertThat(pending.transactions().get(0).duplicateKey())
        .isEqualTo("DE89370400440532013000|2024-03-04|C|EUR 50.00|-|3.1");
  }

  @Test
  void test_v08_reversalWithReturnInfoChargesAndPartyChoice() {
    StatementFile file = CamtSamples.readFile(CamtSamples.text("camt053-v08-reversal.xml"));
    assertThat(file.allFindings()).isEmpty();
    Statement s = file.statements().get(0);
    assertThat(s.account().otherId()).contains("0532013000");
    assertThat(s.account().iban()).isEmpty();
    assertThat(s.account().bic()).contains("NBOKKWKWXXX");
    assertThat(s.account().currency().map(c -> c.getCurrencyCode())).contains("KWD");
    assertThat(s.creationTime()).contains(LocalDateTime.of(2024, 4, 2, 6, 0));
    assertThat(s.creationOffset()).isEmpty();
    assertThat(s.balance(BalanceType.OPENING_BOOKED).get().amount())
        .isEqualTo(Money.of("KWD", "-10.000"));

    Entry e = s.entries().get(0);
    assertThat(e.reversal()).isTrue();
    assertThat(e.status()).isEqualTo(EntryStatus.BOOKED);
    Transaction t = e.transactions().get(0);
    assertThat(t.reversal()).isTrue();
    assertThat(t.amount()).isEqualTo(Money.of("KWD", "12.345"));
    assertThat(t.references().instructionId()).contains("INSTR-77");
    assertThat(t.references().transactionId()).contains("TX-77");
    assertThat(t.references().chequeNumber()).contains("000123");
    assertThat(t.references().accountServicerReference()).contains("KW-RET-1");
    assertThat(t.creditor().get().name()).contains("Gamma Trading WLL");
    assertThat(t.creditor().get().iban()).contains("KW81CBKU0000000000001234560101");
    assertThat(t.creditor().get().bic()).contains("CBKUKWKWXXX");
    assertThat(t.ultimateCreditor().get().name()).contains("Gamma Group");
    assertThat(t.returnInfo().get().reasonCode()).contains("AC04");
    assertThat(t.returnInfo().get().additionalInfo()).containsExactly("Account closed", "second line");
    assertThat(t.charges()).containsExactly(Money.of("KWD", "0.500"), Money.of("KWD", "0.250"));
    StructuredReference strd = t.remittance().structured().get(0);
    assertThat(strd.referredDocuments()).hasSize(2);
    assertThat(strd.referredDocuments().get(0).type()).contains("PO");
    assertThat(strd.referredDocuments().get(0).relatedDate()).contains(LocalDate.of(2024, 3, 15));
    assertThat(strd.referredDocuments().get(1).type()).contains("CREN");
    assertThat(strd.referredDocuments()).allSatisfy(d -> assertThat(d.amount()).isEmpty());
    assertThat(strd.discounts().get(0).reason()).contains("EARLY");
    assertThat(strd.discounts().get(0).amount()).isEqualTo(Money.of("KWD", "0.500"));
    RemittanceAdjustment adj = strd.adjustments().get(0);
    assertThat(adj.amount()).isEqualTo(Money.of("KWD", "1.250"));
    assertThat(adj.direction()).contains(Direction.DEBIT);
    assertThat(adj.reason()).contains("DMGD");
    assertThat(adj.additionalInfo()).contains("damaged goods");
    assertThat(strd.creditorReferenceValid()).isEmpty();
  }

  @Test
  void test_v13_prefixedNamespaceNotificationWithBatchFindings() {
    StatementFile file = CamtSamples.readFile(CamtSamples.text("camt054-v13-notification.xml"));
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_054);
    Statement s = file.statements().get(0);
    assertThat(s.balances()).isEmpty();
    Entry e = s.entries().get(0);
    assertThat(e.status()).isEqualTo(EntryStatus.INFO);
    assertThat(e.amount()).isEqualTo(Money.of("JPY", "27000"));
    assertThat(e.transactions())
        .extracting(Transaction::amount)
        .containsExactly(Money.of("JPY", "20000"), Money.of("JPY", "7000"));
    assertThat(e.transactions().get(1).remittance().unstructured()).containsExactly("Order 2", "Line 2");
    assertThat(s.findings())
        .extracting(Finding::code)
        .containsExactly(Finding.BATCH_COUNT_MISMATCH, Finding.BATCH_TOTAL_MISMATCH);
    assertThat(s.findings().get(0).location())
        .isEqualTo("/Document/BkToCstmrDbtCdtNtfctn[1]/Ntfctn[1]/Ntry[1]/NtryDtls[1]/Btch[1]");
  }

  @Test
  void test_camt052_unbalancedReportAndInconsistentBatch_areFindingsNotErrors() {
    StatementFile file = CamtSamples.readFile(CamtSamples.text("camt052-v02-report.xml"));
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_052);
    Statement s = file.statements().get(0);
    assertThat(s.balance(BalanceType.OPENING_BOOKED).get().code()).contains("PRCD");
    assertThat(s.balance(BalanceType.INTERIM_BOOKED).get().date()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(s.account().currency().map(c -> c.getCurrencyCode())).contains("EUR");
    assertThat(s.findings())
        .extracting(Finding::code)
        .containsExactly(
            Finding.BATCH_COUNT_MISMATCH, Finding.BATCH_TOTAL_MISMATCH, Finding.BALANCE_MISMATCH);
    assertThat(s.findings().get(2).message())
        .contains("EUR 600.00")
        .contains("EUR 650.00")
        .contains("difference EUR 50.00");
    assertThat(s.findings().get(2).location()).isEqualTo("/Document/BkToCstmrAcctRpt[1]/Rpt[1]");
  }

  @Test
  void test_detailsThatDoNotAddUpToTheEntry_areAFinding() {
    String xml =
        CamtSamples.text("camt053-v02-batch.xml")
            .replace("<TxAmt><Amt Ccy=\"EUR\">100.00</Amt></TxAmt>", "<TxAmt><Amt Ccy=\"EUR\">99.99</Amt></TxAmt>");
    Statement s = CamtSamples.read(xml).get(0);
    assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.BATCH_TOTAL_MISMATCH);
    assertThat(s.findings().get(0).message()).contains("EUR 299.99").contains("EUR 300.00");
  }

  @Test
  void test_onlyDetailsWithAnotherAmount_theBookedAmountCountsAndIsAFinding() {
    String xml = CamtSamples.text("camt053-v08-reversal.xml")
        .replace("<Amt Ccy=\"KWD\">12.345</Amt>\n            <CdtDbtInd>", "<Amt Ccy=\"KWD\">0</Amt>\n            <CdtDbtInd>");
    Statement s = CamtSamples.read(xml).get(0);
    assertThat(s.transactions().get(0).amount()).isEqualTo(Money.of("KWD", "12.345"));
    assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.BATCH_TOTAL_MISMATCH);
    assertThat(s.findings().get(0).message()).contains("KWD 0.000").contains("KWD 12.345");
    assertThat(s.findings().get(0).location()).endsWith("/TxDtls[1]/Amt[1]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // another currency in TxDtls/Amt: converted on the way
      "<Amt Ccy=\"USD\">40.10</Amt>|USD|40.10",
      // a TxAmt above what was booked: the amount before the charges the details list
      "<AmtDtls><TxAmt><Amt Ccy=\"KWD\">13.095</Amt></TxAmt></AmtDtls>|KWD|13.095"})
  void test_onlyDetailsGivingTheAmountBeforeConversionOrCharges_areTheInstructedAmount_theBookedAmountCounts(
      String detailAmount, String currency, String instructed) {
    String xml = CamtSamples.text("camt053-v08-reversal.xml")
        .replace("<Amt Ccy=\"KWD\">12.345</Amt>\n            <CdtDbtInd>", detailAmount + "\n            <CdtDbtInd>");
    StatementFile file = CamtSamples.readFile(xml);
    Transaction t = file.statements().get(0).transactions().get(0);
    assertThat(t.amount()).isEqualTo(Money.of("KWD", "12.345"));
    assertThat(t.instructedAmount()).contains(Money.of(currency, instructed));
    assertThat(file.allFindings()).isEmpty();
  }

  @Test
  void test_exactAmountWithTrailingZeros_isAccepted() {
    String xml =
        CamtSamples.text("camt053-v02-batch.xml")
            .replace("<Amt Ccy=\"EUR\">59.50</Amt>", "<Amt Ccy=\"EUR\">59.500</Amt>");
    assertThat(CamtSamples.read(xml).get(0).entries().get(1).amount()).isEqualTo(eur("59.50"));
  }

  @Test
  void test_standardRegistry_detectsAndReadsCamt() {
    byte[] bytes = CamtSamples.text("camt052-v02-report.xml").getBytes(StandardCharsets.UTF_8);
    StatementFile file = StatementReaders.readFile(new ByteArrayInputStream(bytes), "r.xml");
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_052);
    assertThat(file.statements()).hasSize(1);
    assertThat(StatementReaders.standard().readerFor(StatementFormat.CAMT_053).get())
        .isInstanceOf(CamtReader.class);
  }

  @Test
  void test_statementWithoutEntries_isStillReported() {
    String xml =
        CamtSamples.text("camt052-v02-report.xml")
            .replaceAll("(?s)<Ntry>.*</Ntry>", "");
    List<Statement> statements = CamtSamples.read(xml);
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0).entries()).isEmpty();
    assertThat(statements.get(0).findings()).extracting(Finding::code).containsExactly(Finding.BALANCE_MISMATCH);
  }

  @Test
  void test_transactionSummaryThatDoesNotReconcile_isAFinding() {
    String xml =
        CamtSamples.text("camt053-v02-batch.xml")
            .replace("<NbOfNtries>3</NbOfNtries><Sum>409.50</Sum>", "<NbOfNtries>4</NbOfNtries><Sum>409.50</Sum>")
            .replace("<Sum>59.50</Sum>", "<Sum>59.00</Sum>")
            .replace("<Amt>290.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "<Amt>290.50</Amt><CdtDbtInd>DBIT</CdtDbtInd>");
    Statement s = CamtSamples.read(xml).get(0);
    assertThat(s.findings())
        .extracting(Finding::code)
        .containsExactlyInAnyOrder(
            Finding.COUNT_MISMATCH, Finding.CONTROL_TOTAL_MISMATCH, Finding.CONTROL_TOTAL_MISMATCH);
    assertThat(s.findings())
        .extracting(Finding::location)
        .contains(
            "/Document/BkToCstmrStmt[1]/Stmt[1]/TxsSummry[1]/TtlNtries[1]/NbOfNtries[1]",
            "/Document/BkToCstmrStmt[1]/Stmt[1]/TxsSummry[1]/TtlDbtNtries[1]/Sum[1]",
            "/Document/BkToCstmrStmt[1]/Stmt[1]/TxsSummry[1]/TtlNtries[1]/TtlNetNtry[1]");
  }

  @Test
  void test_messageWithoutStatements_keepsItsFormat() {
    String xml =
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\"><BkToCstmrStmt>"
            + "<GrpHdr><MsgId>EMPTY</MsgId><CreDtTm>2024-01-01T00:00:00</CreDtTm></GrpHdr>"
            + "</BkToCstmrStmt></Document>";
    StatementFile file = CamtSamples.readFile(xml);
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_053);
    assertThat(file.statements()).isEmpty();
    assertThat(file.allFindings()).isEmpty();
  }
}
