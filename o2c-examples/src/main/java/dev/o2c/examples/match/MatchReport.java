package dev.o2c.examples.match;

import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.Html;
import dev.o2c.matching.cashapp.AdviceJoin;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.CashApplicationRun;
import dev.o2c.matching.cashapp.CashReconciliation;
import dev.o2c.matching.cashapp.Decision;
import dev.o2c.matching.cashapp.DecisionKind;
import dev.o2c.matching.cashapp.Proposal;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cash reconciliation as one self-contained HTML page (no scripts, fonts or images from
 * anywhere): per statement the split of the credits into auto-applied, suggested, unapplied, on
 * account and suspense with a bar, the bank's balance proof, and then the payments people still
 * work: each suggestion with its ranked proposals, and each unapplied payment with the reason.
 */
public final class MatchReport {

  private static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;
        color:#1d2330;padding:0 1rem}
      h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
      .sub{color:#5b6475;margin:0 0 1.5rem}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
      th,td{padding:.35rem .6rem;border-bottom:1px solid #e3e6ec;text-align:left;vertical-align:top}
      th{background:#f4f6f9;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      .bar{display:flex;height:1.1rem;border-radius:4px;overflow:hidden;margin:.5rem 0 .25rem;background:#eef0f4}
      .legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:.8rem;height:.8rem;
        border-radius:2px;margin-right:.3rem;vertical-align:-1px}
      .auto{background:#2e8b57}.sugg{background:#e0a800}.unap{background:#4a78c2}.onacc{background:#8a6fb8}
      .susp{background:#c0392b}.ok{color:#2e8b57;font-weight:600}.bad{color:#c0392b;font-weight:600}
      .card{border:1px solid #e3e6ec;border-radius:6px;padding:.75rem 1rem;margin:.75rem 0}
      .why{color:#5b6475}.k{font-weight:600}.rank{color:#5b6475;width:2rem}
      """;

  private MatchReport() {}

  /**
   * Writes the page.
   *
   * @param out where the HTML goes; not closed
   * @param title the page title, e.g. the statement file's name
   * @param reconciliations one per statement
   * @param run the run the reconciliations come from
   * @throws IOException if writing fails
   */
  public static void write(Writer out, String title, List<CashReconciliation> reconciliations, CashApplicationRun run)
      throws IOException {
    write(out, title, reconciliations, run, Optional.empty());
  }

  /**
   * Writes the page, with a section listing the remittance advices that joined no payment when
   * advices were given.
   *
   * @param out where the HTML goes; not closed
   * @param title the page title, e.g. the statement file's name
   * @param reconciliations one per statement
   * @param run the run the reconciliations come from
   * @param advices the join of the payers' advices to the run's payments, if advices were given
   * @throws IOException if writing fails
   */
  public static void write(Writer out, String title, List<CashReconciliation> reconciliations, CashApplicationRun run,
      Optional<AdviceJoin> advices) throws IOException {
    StringBuilder html = new StringBuilder(16_384);
    Map<DecisionKind, Integer> counts = run.counts();
    int total = run.decisions().size();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>Cash application: ").append(esc(title)).append("</title><style>").append(STYLE)
        .append("</style></head><body>\n<h1>Cash application</h1><p class=\"sub\">").append(esc(title)).append(" &middot; ")
        .append(total).append(total == 1 ? " payment" : " payments").append(": ")
        .append(counts.get(DecisionKind.AUTO)).append(" applied automatically (").append(percent(counts.get(DecisionKind.AUTO), total))
        .append("), ").append(counts.get(DecisionKind.SUGGESTED)).append(" suggested, ")
        .append(counts.get(DecisionKind.UNAPPLIED)).append(" unapplied</p>\n");
    for (CashReconciliation r : reconciliations) {
      statement(html, r);
    }
    List<Decision> suggested = run.decisions().stream().filter(d -> d.kind() == DecisionKind.SUGGESTED).toList();
    List<Decision> unapplied = run.decisions().stream().filter(d -> d.kind() == DecisionKind.UNAPPLIED).toList();
    html.append("<h2>Suggested: confirm or correct (").append(suggested.size()).append(")</h2>\n");
    if (suggested.isEmpty()) {
      html.append("<p class=\"why\">Nothing to confirm.</p>\n");
    }
    for (Decision d : suggested) {
      suggestion(html, d);
    }
    html.append("<h2>Unapplied: find out what was paid (").append(unapplied.size()).append(")</h2>\n");
    if (unapplied.isEmpty()) {
      html.append("<p class=\"why\">Nothing left unapplied.</p>\n");
    } else {
      html.append("<table><thead><tr><th>Payment</th><th>Value date</th><th>Payer</th><th class=\"n\">Amount</th>")
          .append("<th>Goes to</th><th>Why</th></tr></thead><tbody>\n");
      for (Decision d : unapplied) {
        html.append("<tr><td>").append(esc(d.payment().bankReference().toString())).append("</td><td>")
            .append(d.payment().valueDate()).append("</td><td>").append(esc(payer(d))).append("</td><td class=\"n\">")
            .append(esc(money(d.payment().amount()))).append("</td><td>").append(d.remainder().name().toLowerCase().replace('_', ' '))
            .append("</td><td class=\"why\">").append(esc(d.reason())).append("</td></tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    if (advices.isPresent()) {
      unjoined(html, advices.get());
    }
    html.append("</body></html>\n");
    out.write(html.toString());
  }

  /** The advices no payment took: money may still be on its way, or the advice names keys the bank did not show. */
  private static void unjoined(StringBuilder html, AdviceJoin join) {
    List<AdviceJoin.Unjoined> left = join.unjoined();
    html.append("<h2>Remittance advices without a payment (").append(left.size()).append(")</h2>\n");
    if (left.isEmpty()) {
      html.append("<p class=\"why\">Every advice found its payment (").append(join.joinedCount())
          .append(").</p>\n");
      return;
    }
    html.append("<table><thead><tr><th>Advice</th><th>Paid</th><th>Payer</th><th class=\"n\">Amount</th>")
        .append("<th>Documents</th><th>Why</th></tr></thead><tbody>\n");
    for (AdviceJoin.Unjoined u : left) {
      RemittanceAdvice a = u.advice();
      List<String> documents = a.remittance().structured().stream().flatMap(b -> b.referredDocuments().stream())
          .flatMap(d -> d.number().stream()).toList();
      String listed = documents.size() <= 3 ? String.join(", ", documents)
          : String.join(", ", documents.subList(0, 3)) + " and " + (documents.size() - 3) + " more";
      html.append("<tr><td>").append(esc(a.id())).append("</td><td>")
          .append(a.paymentDate().map(Object::toString).orElse("")).append("</td><td>")
          .append(esc(a.payerName().or(a::payerAccount).orElse(""))).append("</td><td class=\"n\">")
          .append(esc(a.amount().map(MatchReport::money).orElse(""))).append("</td><td>").append(esc(listed))
          .append("</td><td class=\"why\">").append(esc(u.reason())).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static void statement(StringBuilder html, CashReconciliation r) {
    html.append("<h2>Statement ").append(esc(r.statementId())).append(" &middot; account ").append(esc(r.account()))
        .append("</h2>\n<table><thead><tr><th></th><th class=\"n\">Amount</th></tr></thead><tbody>\n");
    row(html, "Credits received (" + r.creditCount() + ")", r.credits(), "k");
    row(html, "Applied automatically", r.autoApplied(), "");
    row(html, "Suggested, awaiting confirmation", r.suggested(), "");
    row(html, "Unapplied (payer known)", r.unapplied(), "");
    row(html, "On account", r.onAccount(), "");
    row(html, "Suspense (payer unknown)", r.suspense(), "");
    html.append("<tr><td>Credits = the five parts above</td><td class=\"n ").append(r.balanced() ? "ok\">yes" : "bad\">NO")
        .append("</td></tr>\n");
    r.balanceProof().ifPresentOrElse(ok -> html.append("<tr><td>Bank proof: opening ")
        .append(esc(money(r.opening().get()))).append(" + credits &minus; debits ").append(esc(Amounts.perCurrency(r.debits())))
        .append(" = closing ").append(esc(money(r.closing().get()))).append("</td><td class=\"n ")
        .append(ok ? "ok\">yes" : "bad\">NO").append("</td></tr>\n"),
        () -> html.append("<tr><td>Bank proof</td><td class=\"n why\">no opening or closing balance</td></tr>\n"));
    html.append("</tbody></table>\n");
    for (Money credit : r.credits().amounts()) {
      var currency = credit.currency();
      long whole = credit.minorUnits();
      if (whole <= 0) {
        continue;
      }
      html.append("<div class=\"bar\" role=\"img\" aria-label=\"split of the credits in ").append(currency.getCurrencyCode())
          .append("\">");
      segment(html, r.autoApplied().get(currency), whole, "auto");
      segment(html, r.suggested().get(currency), whole, "sugg");
      segment(html, r.unapplied().get(currency), whole, "unap");
      segment(html, r.onAccount().get(currency), whole, "onacc");
      segment(html, r.suspense().get(currency), whole, "susp");
      html.append("</div>\n");
    }
    html.append("<div class=\"legend\"><span><i class=\"sw auto\"></i>auto</span><span><i class=\"sw sugg\"></i>suggested</span>")
        .append("<span><i class=\"sw unap\"></i>unapplied</span><span><i class=\"sw onacc\"></i>on account</span>")
        .append("<span><i class=\"sw susp\"></i>suspense</span></div>\n");
  }

  private static void suggestion(StringBuilder html, Decision d) {
    html.append("<div class=\"card\"><div><span class=\"k\">").append(esc(d.payment().bankReference().toString()))
        .append("</span> &middot; ").append(esc(money(d.payment().amount()))).append(" &middot; value date ")
        .append(d.payment().valueDate()).append(" &middot; ").append(esc(payer(d))).append("</div>");
    d.payment().remittance().text().lines().findFirst().filter(t -> !t.isBlank())
        .ifPresent(t -> html.append("<div class=\"why\">remittance: ").append(esc(t)).append("</div>"));
    html.append("<table><thead><tr><th class=\"rank\">#</th><th>Items</th><th class=\"n\">Confidence</th><th>Why</th>")
        .append("</tr></thead><tbody>");
    int rank = 1;
    for (Proposal p : d.ranked()) {
      String items = p.allocations().stream().map(MatchReport::allocation).collect(Collectors.joining("<br>"));
      if (p.unapplied().isPositive()) {
        items += (items.isEmpty() ? "" : "<br>") + "unapplied " + esc(money(p.unapplied()));
      }
      html.append("<tr><td class=\"rank\">").append(rank++).append("</td><td>").append(items).append("</td><td class=\"n\">")
          .append(Math.round(p.confidence() * 100)).append("%</td><td class=\"why\">").append(esc(p.reason())).append("</td></tr>");
    }
    html.append("</tbody></table></div>\n");
  }

  private static String allocation(Allocation a) {
    StringBuilder s = new StringBuilder(esc(a.item().toString())).append(": ").append(esc(money(a.applied())));
    if (a.discount().isPositive()) {
      s.append(", discount ").append(esc(Amounts.plain(a.discount())));
    }
    if (a.writeOff().isPositive()) {
      s.append(", write-off ").append(esc(Amounts.plain(a.writeOff())));
    } else if (a.writeOff().isNegative()) {
      s.append(", gain ").append(esc(Amounts.plain(a.writeOff().negated())));
    }
    if (a.deduction().isPositive()) {
      s.append(", deduction ").append(esc(Amounts.plain(a.deduction())));
    }
    return s.toString();
  }

  private static void row(StringBuilder html, String label, MoneyTotals amount, String cls) {
    html.append("<tr><td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append(">").append(esc(label))
        .append("</td><td class=\"n\">").append(esc(amount.isZero() ? "0" : Amounts.perCurrency(amount))).append("</td></tr>\n");
  }

  private static void segment(StringBuilder html, Money part, long whole, String cls) {
    if (part.minorUnits() <= 0) {
      return;
    }
    double share = 100.0 * part.minorUnits() / whole; // display only
    html.append("<div class=\"").append(cls).append("\" style=\"width:").append(String.format(java.util.Locale.ROOT, "%.3f", share))
        .append("%\" title=\"").append(esc(money(part))).append("\"></div>");
  }

  private static String payer(Decision d) {
    return d.payer().map(c -> "payer " + c).orElse("payer unknown");
  }

  private static String money(Money m) {
    return m.currency().getCurrencyCode() + " " + Amounts.grouped(m);
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
