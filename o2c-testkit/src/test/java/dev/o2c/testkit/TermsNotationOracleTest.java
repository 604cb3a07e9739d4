package dev.o2c.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** The testkit's own terms arithmetic and core's PaymentTerms must agree: each is the other's oracle. */
class TermsNotationOracleTest {

  @Test
  void test_everyNotation_agreesWithPaymentTerms() {
    SplittableRandom random = new SplittableRandom(20261124L);
    Generator<CurrencyUnit> currencies = ArGenerators.currencies();
    for (TermsNotation notation : TermsNotation.values()) {
      PaymentTerms terms = notation.terms();
      assertThat(PaymentTerms.parse(terms.toString())).isEqualTo(terms);
      for (int i = 0; i < 500; i++) {
        LocalDate documentDate = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
        Money amount = ArGenerators.positiveAmounts(currencies.next(random)).next(random);
        assertThat(terms.dueDate(documentDate)).as("%s due", notation).isEqualTo(notation.dueDate(documentDate));
        LocalDate lastDiscountDay = notation.discountDate(documentDate);
        assertThat(terms.discountFor(amount, documentDate, lastDiscountDay)).as("%s discount on %s", notation, amount)
            .isEqualTo(notation.discount(amount));
        assertThat(terms.discountFor(amount, documentDate, lastDiscountDay.plusDays(1)).isZero()).isTrue();
      }
    }
  }
}
