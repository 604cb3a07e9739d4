package dev.o2c.matching.statement.crossformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import dev.o2c.testkit.QuickTheoriesGenerators;
import dev.o2c.testkit.statement.Bai2Writer;
import dev.o2c.testkit.statement.Camt053Writer;
import dev.o2c.testkit.statement.EntrySpec;
import dev.o2c.testkit.statement.Mt940Writer;
import dev.o2c.testkit.statement.StatementFileSpec;
import dev.o2c.testkit.statement.StatementFileWriter;
import dev.o2c.testkit.statement.StatementSpec;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The same generated bookings, written by the testkit as MT940 and as camt.053 (001.02 and 001.08),
 * read back through the format-detecting entry point and the real readers to the same normalized
 * transactions, and to what was generated.
 *
 * <p>Normalized transaction: amount, direction, status, booking and value dates, account servicer
 * reference (MT940 {@code :61:} bank reference after {@code //}), end-to-end id (MT940 {@code
 * :86:} {@code EREF+}), counterparty name, IBAN and BIC (MT940 {@code ?32}/{@code ?33}, {@code
 * ?31}, {@code ?30}), unstructured remittance text (MT940 {@code SVWZ+}), and the duplicate key.
 *
 * <p>Left out of the MT940 comparison, because the German {@code :86:} form has no field for it:
 * the structured creditor reference ({@code RmtInf/Strd/CdtrRefInf}); it is checked on camt
 * against the generated value only. BAI2 carries less (no IBAN, BIC, value date or structured
 * reference, and one text field for name and remittance); its subset is checked separately.
 */
class CrossFormatPropertyTest {

  /** Each example writes and reads three files; a quarter of the configured count keeps this to seconds. */
  private static final int EXAMPLES = Math.max(1, Integer.getInteger("o2c.qt.examples", 2000) / 4);

  private static Gen<StatementFileSpec> files() {
    return QuickTheoriesGenerators.gen(StatementFileSpec.generator(3, 8));
  }

  /** What a reader should give for one generated entry, in every field both formats carry. */
  record Norm(Money amount, Direction direction, EntryStatus status, Optional<LocalDate> booking,
      Optional<LocalDate> value, Optional<String> bankRef, Optional<String> endToEndId,
      Optional<Party> counterparty, List<String> remittance) {

    static Norm of(Transaction t) {
      return new Norm(t.amount(), t.direction(), t.status(), t.bookingDate(), t.valueDate(),
          t.references().accountServicerReference(), t.references().endToEndId(),
          t.direction() == Direction.CREDIT ? t.debtor() : t.creditor(), t.remittance().unstructured());
    }

    static Norm expected(EntrySpec e, CurrencyUnit currency) {
      Party p = Party.builder().name(e.counterpartyName()).iban(e.counterpartyIban())
          .bic(e.counterpartyBic()).build();
      return new Norm(e.amount(currency), e.credit() ? Direction.CREDIT : Direction.DEBIT, EntryStatus.BOOKED,
          Optional.of(e.bookingDate()), Optional.of(e.valueDate()), Optional.of(e.bankReference()),
          e.endToEndId(), Optional.of(p), e.remittanceText().map(List::of).orElse(List.of()));
    }
  }

  private static List<Statement> read(StatementFileWriter writer, StatementFileSpec spec) {
    return StatementReaders.read(new ByteArrayInputStream(writer.toBytes(spec)), writer.toString());
  }

  private static List<Norm> norms(Statement s) {
    List<Norm> out = new ArrayList<>();
    for (Transaction t : s.transactions()) {
      out.add(Norm.of(t));
    }
    return out;
  }

  @Test
  void test_sameBookings_asMt940AndCamt053_readToTheSameNormalizedTransactions() {
    qt().withExamples(EXAMPLES).forAll(files()).checkAssert(spec -> {
      List<Statement> mt = read(Mt940Writer.standard(), spec);
      List<Statement> v02 = read(Camt053Writer.of(Camt053Writer.Version.V02), spec);
      List<Statement> v08 = read(Camt053Writer.of(Camt053Writer.Version.V08), spec);
      assertThat(mt).hasSameSizeAs(spec.statements()).hasSameSizeAs(v02).hasSameSizeAs(v08);
      for (int i = 0; i < mt.size(); i++) {
        StatementSpec expected = spec.statements().get(i);
        Statement m = mt.get(i);
        assertThat(m.format()).isEqualTo(StatementFormat.MT940);
        assertThat(v02.get(i).format()).isEqualTo(StatementFormat.CAMT_053);
        for (Statement s : List.of(m, v02.get(i), v08.get(i))) {
          assertThat(s.findings()).as("findings of %s", s.format()).isEmpty();
          assertThat(s.statementId()).isEqualTo(expected.statementId());
          assertThat(s.account().iban()).contains(expected.accountIban());
          assertThat(s.balance(BalanceType.OPENING_BOOKED).map(b -> b.amount().minorUnits()))
              .contains(expected.openingMinor());
          assertThat(s.balance(BalanceType.CLOSING_BOOKED).map(b -> b.amount().minorUnits()))
              .contains(expected.closingMinor());
        }
        List<Norm> want = new ArrayList<>();
        for (EntrySpec e : expected.entries()) {
          want.add(Norm.expected(e, expected.currency()));
        }
        assertThat(norms(m)).isEqualTo(want);
        assertThat(norms(v02.get(i))).isEqualTo(want);
        assertThat(norms(v08.get(i))).isEqualTo(want);
        List<Transaction> mtx = m.transactions();
        List<Transaction> ctx = v08.get(i).transactions();
        for (int k = 0; k < mtx.size(); k++) {
          assertThat(mtx.get(k).duplicateKey()).isEqualTo(ctx.get(k).duplicateKey());
          assertThat(v02.get(i).transactions().get(k).duplicateKey()).isEqualTo(ctx.get(k).duplicateKey());
        }
        List<EntrySpec> entries = expected.entryList();
        for (int k = 0; k < entries.size(); k++) {
          Optional<String> cref = entries.get(k).creditorReference();
          List<StructuredReference> strd = ctx.get(k).remittance().structured();
          assertThat(strd.stream().map(StructuredReference::creditorReference).flatMap(Optional::stream).toList())
              .isEqualTo(cref.stream().toList());
          assertThat(strd.stream().map(StructuredReference::creditorReferenceValid).toList())
              .allSatisfy(valid -> assertThat(valid).contains(true));
          assertThat(mtx.get(k).remittance().structured()).isEmpty();
        }
      }
    });
  }

  @Test
  void test_sameBookings_asBai2_readToTheGeneratedSubset() {
    qt().withExamples(EXAMPLES).forAll(files()).checkAssert(spec -> {
      List<Statement> bai = read(Bai2Writer.standard(), spec);
      assertThat(bai).hasSameSizeAs(spec.statements());
      for (int i = 0; i < bai.size(); i++) {
        StatementSpec expected = spec.statements().get(i);
        Statement s = bai.get(i);
        assertThat(s.format()).isEqualTo(StatementFormat.BAI2);
        assertThat(s.findings()).isEmpty();
        assertThat(s.account().otherId()).contains(expected.accountNumber());
        List<Transaction> txs = s.transactions();
        List<EntrySpec> entries = expected.entryList();
        assertThat(txs).hasSameSizeAs(entries);
        for (int k = 0; k < txs.size(); k++) {
          Transaction t = txs.get(k);
          EntrySpec e = entries.get(k);
          assertThat(t.amount()).isEqualTo(e.amount(expected.currency()));
          assertThat(t.direction()).isEqualTo(e.credit() ? Direction.CREDIT : Direction.DEBIT);
          assertThat(t.bookingDate()).contains(e.bookingDate());
          assertThat(t.references().accountServicerReference()).contains(e.bankReference());
          assertThat(t.references().customerReference()).isEqualTo(e.endToEndId());
          assertThat(String.join(" ", t.remittance().unstructured()))
              .isEqualTo(e.counterpartyName() + e.remittanceText().map(x -> " " + x).orElse(""));
        }
      }
    });
  }
}
