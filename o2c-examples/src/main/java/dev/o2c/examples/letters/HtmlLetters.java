package dev.o2c.examples.letters;

import dev.o2c.aging.dunning.AgingFooter;
import dev.o2c.aging.dunning.DunningLine;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.ReminderLetter;
import dev.o2c.aging.dunning.StatementMovement;
import dev.o2c.aging.dunning.StatementOfAccount;
import dev.o2c.core.money.Money;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.Html;
import java.util.Objects;

/**
 * Renders reminder letters and statements of account as self-contained HTML pages: inline CSS, no
 * scripts, images or links, so a page opens offline, prints on A4 and can be mailed as it is. Every
 * text from the data (names, addresses, document numbers, the wording) is escaped.
 *
 * <pre>{@code
 * String html = HtmlLetters.reminder(ReminderLetter.of(proposal, us, them), LetterTexts.DEFAULT);
 * }</pre>
 */
public final class HtmlLetters {

  private static final String CSS = "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d2330;"
      + "max-width:820px;margin:2em auto;padding:0 1.5em}\n"
      + ".parties{display:flex;justify-content:space-between;gap:2em;margin-bottom:2em}\n"
      + ".party p{margin:0}.party .name{font-weight:600}\n"
      + ".meta{color:#5b6475;margin-bottom:1.5em}\n"
      + "h1{font-size:1.4em;margin:0 0 .6em}\n"
      + "table{border-collapse:collapse;width:100%;margin:1em 0}\n"
      + "th,td{padding:.35em .5em;border-bottom:1px solid #e1e4ea;text-align:left;white-space:nowrap}\n"
      + "th{font-size:.85em;color:#5b6475;font-weight:600}\n"
      + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
      + "tfoot td{font-weight:600;border-top:2px solid #1d2330;border-bottom:none}\n"
      + ".due{font-size:1.1em;margin:1.2em 0}\n"
      + "@media print{body{margin:0;max-width:none}}\n";

  private HtmlLetters() {}

  /**
   * A reminder letter as one HTML page.
   *
   * @param letter the letter
   * @param texts the wording per text key
   * @return the HTML document
   */
  public static String reminder(ReminderLetter letter, LetterTexts texts) {
    Objects.requireNonNull(letter, "letter");
    LetterTexts.Wording wording = texts.wording(letter.textKey());
    StringBuilder html = head(wording.title() + " " + letter.customer());
    parties(html, letter.creditor(), letter.debtor());
    html.append("<p class=\"meta\">Customer ").append(esc(letter.customer().toString())).append(" &middot; ")
        .append(letter.date()).append("</p>\n<h1>").append(esc(wording.title())).append(" <small>(level ")
        .append(letter.level()).append(")</small></h1>\n<p>").append(esc(wording.opening())).append("</p>\n");
    boolean disputes = TextLetters.hasDisputes(letter);
    html.append("<table>\n<thead><tr><th>Item</th><th>Due date</th><th class=\"num\">Days overdue</th>"
        + "<th class=\"num\">Level</th><th class=\"num\">Open</th>")
        .append(disputes ? "<th class=\"num\">Disputed</th><th class=\"num\">Dunned</th>" : "")
        .append("<th class=\"num\">Fee</th><th class=\"num\">Interest</th><th class=\"num\">Total</th>"
            + "<th>Currency</th></tr></thead>\n<tbody>\n");
    for (DunningLine line : letter.lines()) {
      html.append("<tr><td>").append(esc(line.item().documentNumber().toString())).append("</td><td>")
          .append(line.item().dueDate()).append("</td>").append(num(Long.toString(line.daysOverdue())))
          .append(num(Integer.toString(line.level().number()))).append(num(line.openAmount()));
      if (disputes) {
        html.append(num(line.disputedAmount())).append(num(line.dunnedAmount()));
      }
      html.append(num(line.fee())).append(num(line.interest())).append(num(line.total())).append("<td>")
          .append(line.total().currency().getCurrencyCode()).append("</td></tr>\n");
    }
    html.append("</tbody>\n<tfoot>\n");
    for (Money total : letter.totals().amounts()) {
      html.append("<tr><td colspan=\"").append(disputes ? 6 : 4).append("\">Total</td>")
          .append(num(letter.dunnedAmounts().get(total.currency())))
          .append(num(letter.fees().get(total.currency()))).append(num(letter.interest().get(total.currency())))
          .append(num(total)).append("<td>").append(total.currency().getCurrencyCode()).append("</td></tr>\n");
    }
    html.append("</tfoot>\n</table>\n<p class=\"due\">Please pay <b>").append(esc(TextLetters.perCurrency(letter.totals())))
        .append("</b> by <b>").append(letter.payBy()).append("</b>.</p>\n");
    if (disputes) {
      html.append("<p>Amounts in dispute are not claimed here until the dispute is settled.</p>\n");
    }
    if (!letter.unusedCredit().isZero()) {
      html.append("<p>Your account also holds a credit of ").append(esc(TextLetters.perCurrency(letter.unusedCredit())))
          .append(" (payments not yet applied, credit notes), not deducted above; please tell us which items it is "
              + "for.</p>\n");
    }
    html.append("<p>If you have paid in the meantime, please disregard this letter.</p>\n<p>Kind regards<br>")
        .append(esc(letter.creditor().name())).append("</p>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * A statement of account as one HTML page.
   *
   * @param statement the statement
   * @return the HTML document
   */
  public static String statement(StatementOfAccount statement) {
    Objects.requireNonNull(statement, "statement");
    String currency = statement.currency().getCurrencyCode();
    StringBuilder html = head("Statement of account " + statement.customer());
    parties(html, statement.creditor(), statement.debtor());
    html.append("<p class=\"meta\">Customer ").append(esc(statement.customer().toString())).append(" &middot; ")
        .append(currency).append(" &middot; ").append(statement.fromInclusive()).append(" to ")
        .append(statement.toInclusive()).append("</p>\n<h1>Statement of account</h1>\n");
    html.append("<table>\n<thead><tr><th>Date</th><th>Reference</th><th>Kind</th><th class=\"num\">Debit</th>"
        + "<th class=\"num\">Credit</th><th class=\"num\">Balance</th></tr></thead>\n<tbody>\n");
    html.append("<tr><td>").append(statement.fromInclusive()).append("</td><td></td><td>Opening balance</td>")
        .append(num("")).append(num("")).append(num(statement.openingBalance())).append("</tr>\n");
    for (StatementMovement m : statement.movements()) {
      html.append("<tr><td>").append(m.date()).append("</td><td>").append(esc(m.reference())).append("</td><td>")
          .append(TextLetters.kind(m)).append("</td>").append(m.amount().isPositive() ? num(m.debit()) : num(""))
          .append(m.amount().isNegative() ? num(m.credit()) : num("")).append(num(m.balance())).append("</tr>\n");
    }
    html.append("</tbody>\n<tfoot><tr><td>").append(statement.toInclusive()).append("</td><td></td><td>Closing balance</td>")
        .append(num(statement.debits())).append(num(statement.credits())).append(num(statement.closingBalance()))
        .append("</tr></tfoot>\n</table>\n");
    AgingFooter aging = statement.aging();
    html.append("<p>Open on ").append(statement.toInclusive()).append(" by days past due (").append(currency)
        .append(")</p>\n<table>\n<thead><tr>");
    aging.labels().forEach(label -> html.append("<th class=\"num\">").append(esc(label)).append("</th>"));
    html.append("<th class=\"num\">Total</th></tr></thead>\n<tbody><tr>");
    aging.amounts().forEach(amount -> html.append(num(amount)));
    html.append(num(aging.total())).append("</tr></tbody>\n</table>\n")
        .append("<p>Please let us know within 30 days if anything here does not match your records.</p>\n<p>")
        .append(esc(statement.creditor().name())).append("</p>\n</body>\n</html>\n");
    return html.toString();
  }

  private static StringBuilder head(String title) {
    return new StringBuilder(8192).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
  }

  private static void parties(StringBuilder html, LetterParty creditor, LetterParty debtor) {
    html.append("<div class=\"parties\">\n");
    for (LetterParty party : new LetterParty[] {debtor, creditor}) {
      html.append("<div class=\"party\"><p class=\"name\">").append(esc(party.name())).append("</p>");
      party.addressLines().forEach(line -> html.append("<p>").append(esc(line)).append("</p>"));
      html.append("</div>\n");
    }
    html.append("</div>\n");
  }

  private static String num(Money amount) {
    return num(Amounts.grouped(amount));
  }

  private static String num(String text) {
    return "<td class=\"num\">" + esc(text) + "</td>";
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
