package dev.o2c.examples.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.aging.Aging;
import dev.o2c.aging.dunning.DunningFee;
import dev.o2c.aging.dunning.DunningInput;
import dev.o2c.aging.dunning.DunningPolicies;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.aging.dunning.DunningRun;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.ReminderLetter;
import dev.o2c.aging.dunning.StatementOfAccount;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The plain-text and HTML renderings of reminder letters and statements of account. */
class LettersRenderTest {

  private static final CustomerId CUSTOMER = CustomerId.of("C-<7>");
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);
  private static final LetterParty US = LetterParty.of("Us & Co <b>", "1 \"Quoted\" Street");
  private static final LetterParty THEM = LetterParty.of("<script>alert('x')</script> Ltd", "Town");

  private static OpenItem item(String number, ItemKind kind, LocalDate due, String amount) {
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(CUSTOMER).kind(kind)
        .documentDate(due.minusDays(30)).dueDate(due).originalAmount(Money.of("EUR", amount)).build();
  }

  private static List<OpenItem> items() {
    return List.of(item("INV-<1>", ItemKind.INVOICE, AS_OF.minusDays(40), "1190.00"),
        item("INV-2", ItemKind.INVOICE, AS_OF.minusDays(10), "250.00"),
        item("CM-1", ItemKind.CREDIT_MEMO, AS_OF.minusDays(5), "-30.00"));
  }

  private static ReminderLetter letter() {
    DunningResult run = DunningRun.evaluate(DunningInput.builder().openItems(items())
        .disputedAmount(DocumentNumber.of("INV-2"), Money.of("EUR", "50.00")).build(),
        DunningPolicies.withFees(DunningFee.parse("EUR 5.00"), DunningFee.parse("EUR 10.00")).toBuilder()
            .stepByStep(false).build(), AS_OF);
    return ReminderLetter.of(run.proposals().get(0), US, THEM);
  }

  @Test
  void test_textReminder_listsTheItems_totals_payByDate_andCredit() {
    String text = TextLetters.reminder(letter(), LetterTexts.DEFAULT);

    assertThat(text).contains("Final demand (level 3)", "Customer C-<7>", "Date 2026-04-30")
        .containsPattern("(?m)^INV-<1> +2026-03-21 +40 +3 +1,190\\.00 +0\\.00 +1,190\\.00 +10\\.00 +0\\.00 +1,200\\.00 +EUR$")
        .containsPattern("(?m)^INV-2 +2026-04-20 +10 +1 +250\\.00 +50\\.00 +200\\.00 +0\\.00 +0\\.00 +200\\.00 +EUR$")
        .containsPattern("(?m)^Total +1,390\\.00 +10\\.00 +0\\.00 +1,400\\.00 +EUR$")
        .contains("Please pay EUR 1,400.00 by 2026-05-07.", "Amounts in dispute are not claimed here",
            "Your account also holds a credit of EUR 30.00");
  }

  @Test
  void test_htmlReminder_isEscaped_andSelfContained() {
    String html = HtmlLetters.reminder(letter(), LetterTexts.DEFAULT);

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ltd", "Us &amp; Co &lt;b&gt;",
            "1 &quot;Quoted&quot; Street", "INV-&lt;1&gt;", "C-&lt;7&gt;", "<b>EUR 1,400.00</b> by <b>2026-05-07</b>",
            "<td class=\"num\">1,200.00</td>")
        .doesNotContain("<script", "INV-<1>", "http:", "https:", "src=", "<link");
  }

  @Test
  void test_aLetterWithoutDisputes_hasNoDisputeColumns_andUnknownKeysGetANeutralWording() {
    DunningResult run = DunningRun.evaluate(DunningInput.of(items().subList(0, 1)), DunningPolicies.STANDARD, AS_OF);
    ReminderLetter letter = ReminderLetter.of(run.proposals().get(0), US, THEM);
    ReminderLetter renamed = new ReminderLetter(US, THEM, CUSTOMER, AS_OF, 1, "our-own-key", letter.lines(), AS_OF,
        MoneyTotals.ZERO);

    assertThat(TextLetters.reminder(letter, LetterTexts.DEFAULT)).doesNotContain("Disputed", "Dunned", "credit of");
    assertThat(HtmlLetters.reminder(letter, LetterTexts.DEFAULT)).doesNotContain("Disputed");
    assertThat(TextLetters.reminder(renamed, LetterTexts.DEFAULT)).contains("Payment reminder (level 1)",
        "The items below are open on your account.");
    assertThat(TextLetters.reminder(renamed, LetterTexts.DEFAULT.with("our-own-key", "Hello", "Our words.")))
        .contains("Hello (level 1)", "Our words.");
  }

  @Test
  void test_statement_textAndHtml() {
    StatementOfAccount soa = StatementOfAccount.ofOpenItems(items(), CUSTOMER, Monetary.getCurrency("EUR"),
        LocalDate.of(2026, 3, 1), AS_OF, Aging.standard(), US, THEM);

    String text = TextLetters.statement(soa);
    assertThat(text).contains("Statement of account, customer C-<7>, EUR", "Period 2026-03-01 to 2026-04-30")
        .containsPattern("(?m)^2026-03-01 +Opening balance +1,190\\.00$")
        .containsPattern("(?m)^2026-03-21 +INV-2 +Invoice +250\\.00 +1,440\\.00$")
        .containsPattern("(?m)^2026-03-26 +CM-1 +Credit memo +30\\.00 +1,410\\.00$")
        .containsPattern("(?m)^2026-04-30 +Closing balance +250\\.00 +30\\.00 +1,410\\.00$")
        .containsPattern("(?m)^ *current +1-30 +31-60 +61-90 +91-120 +121\\+ +Total$");
    String html = HtmlLetters.statement(soa);
    assertThat(html).contains("<h1>Statement of account</h1>", "C-&lt;7&gt;", "<td class=\"num\">1,410.00</td>")
        .doesNotContain("<script", "C-<7>");
  }
}
