package dev.o2c.examples.letters;

import dev.o2c.aging.dunning.AgingFooter;
import dev.o2c.aging.dunning.DunningLine;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.ReminderLetter;
import dev.o2c.aging.dunning.StatementMovement;
import dev.o2c.aging.dunning.StatementOfAccount;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;
import java.util.Objects;

/**
 * Renders reminder letters and statements of account as plain text, for e-mail bodies, printing on
 * plain paper or a quick look in the console. Amounts are grouped at the currency's scale, every table
 * is aligned, lines end with {@code \n}.
 *
 * <pre>{@code
 * String text = TextLetters.reminder(ReminderLetter.of(proposal, us, them), LetterTexts.DEFAULT);
 * }</pre>
 */
public final class TextLetters {

  private TextLetters() {}

  /**
   * A reminder letter: sender and addressee, date, title and opening by the level's text key, the items
   * table, the totals per currency and the day to pay by.
   *
   * @param letter the letter
   * @param texts the wording per text key
   * @return the letter as text
   */
  public static String reminder(ReminderLetter letter, LetterTexts texts) {
    Objects.requireNonNull(letter, "letter");
    LetterTexts.Wording wording = texts.wording(letter.textKey());
    StringBuilder out = new StringBuilder(2048);
    parties(out, letter.creditor(), letter.debtor());
    out.append("Customer ").append(letter.customer()).append("    Date ").append(letter.date()).append("\n\n");
    out.append(wording.title()).append(" (level ").append(letter.level()).append(")\n\n");
    out.append(wrap(wording.opening(), 90));
    boolean disputes = hasDisputes(letter);
    TextTable table = new TextTable().left("Item").left("Due date").right("Days overdue").right("Level").right("Open");
    if (disputes) {
      table.right("Disputed").right("Dunned");
    }
    table.right("Fee").right("Interest").right("Total").left("Currency");
    for (DunningLine line : letter.lines()) {
      List<String> cells = new ArrayList<>(List.of(line.item().documentNumber().toString(),
          line.item().dueDate().toString(), Long.toString(line.daysOverdue()), Integer.toString(line.level().number()),
          Amounts.grouped(line.openAmount())));
      if (disputes) {
        cells.add(Amounts.grouped(line.disputedAmount()));
        cells.add(Amounts.grouped(line.dunnedAmount()));
      }
      cells.addAll(List.of(Amounts.grouped(line.fee()), Amounts.grouped(line.interest()), Amounts.grouped(line.total()),
          code(line.total())));
      table.row(cells.toArray(new String[0]));
    }
    for (Money total : letter.totals().amounts()) {
      CurrencyUnit currency = total.currency();
      List<String> cells = new ArrayList<>(List.of("Total", "", "", ""));
      if (disputes) {
        cells.addAll(List.of("", ""));
      }
      cells.addAll(List.of(Amounts.grouped(letter.dunnedAmounts().get(currency)), Amounts.grouped(letter.fees().get(currency)),
          Amounts.grouped(letter.interest().get(currency)), Amounts.grouped(total), code(total)));
      table.footer(cells.toArray(new String[0]));
    }
    out.append('\n').append(table.render("")).append('\n');
    out.append("Please pay ").append(perCurrency(letter.totals())).append(" by ").append(letter.payBy()).append(".\n");
    if (disputes) {
      out.append("Amounts in dispute are not claimed here until the dispute is settled.\n");
    }
    if (!letter.unusedCredit().isZero()) {
      out.append("Your account also holds a credit of ").append(perCurrency(letter.unusedCredit()))
          .append(" (payments not yet applied, credit notes), not deducted above; please tell us which items it is for.\n");
    }
    out.append("If you have paid in the meantime, please disregard this letter.\n\n")
        .append("Kind regards\n").append(letter.creditor().name()).append('\n');
    return out.toString();
  }

  /**
   * A statement of account: sender and addressee, the period, the opening balance, the movements with the
   * running balance, the closing balance and the aging of what is open.
   *
   * @param statement the statement
   * @return the statement as text
   */
  public static String statement(StatementOfAccount statement) {
    Objects.requireNonNull(statement, "statement");
    StringBuilder out = new StringBuilder(2048);
    parties(out, statement.creditor(), statement.debtor());
    String currency = statement.currency().getCurrencyCode();
    out.append("Statement of account, customer ").append(statement.customer()).append(", ").append(currency)
        .append('\n').append("Period ").append(statement.fromInclusive()).append(" to ").append(statement.toInclusive())
        .append("\n\n");
    TextTable table = new TextTable().left("Date").left("Reference").left("Kind").right("Debit").right("Credit")
        .right("Balance");
    table.row(statement.fromInclusive().toString(), "", "Opening balance", "", "",
        Amounts.grouped(statement.openingBalance()));
    for (StatementMovement m : statement.movements()) {
      table.row(m.date().toString(), m.reference(), kind(m), m.amount().isPositive() ? Amounts.grouped(m.debit()) : "",
          m.amount().isNegative() ? Amounts.grouped(m.credit()) : "", Amounts.grouped(m.balance()));
    }
    table.footer(statement.toInclusive().toString(), "", "Closing balance", Amounts.grouped(statement.debits()),
        Amounts.grouped(statement.credits()), Amounts.grouped(statement.closingBalance()));
    out.append(table.render("")).append('\n');
    AgingFooter aging = statement.aging();
    TextTable agingTable = new TextTable();
    aging.labels().forEach(agingTable::right);
    agingTable.right("Total");
    String[] cells = new String[aging.labels().size() + 1];
    for (int i = 0; i < aging.amounts().size(); i++) {
      cells[i] = Amounts.grouped(aging.amounts().get(i));
    }
    cells[cells.length - 1] = Amounts.grouped(aging.total());
    agingTable.row(cells);
    out.append("Open on ").append(statement.toInclusive()).append(" by days past due (").append(currency).append(")\n")
        .append(agingTable.render("")).append('\n')
        .append("Please let us know within 30 days if anything here does not match your records.\n\n")
        .append(statement.creditor().name()).append('\n');
    return out.toString();
  }

  /** True when some line has a disputed part: only then do letters show the disputed and dunned columns. */
  static boolean hasDisputes(ReminderLetter letter) {
    return letter.lines().stream().anyMatch(l -> l.disputedAmount().isPositive());
  }

  static String kind(StatementMovement m) {
    String name = m.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static void parties(StringBuilder out, LetterParty creditor, LetterParty debtor) {
    out.append(creditor.name()).append('\n');
    creditor.addressLines().forEach(l -> out.append(l).append('\n'));
    out.append('\n').append(debtor.name()).append('\n');
    debtor.addressLines().forEach(l -> out.append(l).append('\n'));
    out.append('\n');
  }

  private static String code(Money money) {
    return money.currency().getCurrencyCode();
  }

  static String perCurrency(MoneyTotals totals) {
    return Amounts.perCurrency(totals).replace(", ", " and ");
  }

  /** Breaks a paragraph at spaces into lines of at most {@code width} characters (longer words stay whole). */
  static String wrap(String paragraph, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : paragraph.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.append('\n').toString();
  }
}
