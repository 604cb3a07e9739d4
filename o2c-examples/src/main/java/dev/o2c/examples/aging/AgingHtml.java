package dev.o2c.examples.aging;

import dev.o2c.aging.AgingBasis;
import dev.o2c.aging.AgingBuckets;
import dev.o2c.aging.AgingReport;
import dev.o2c.aging.AgingRow;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.Html;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Renders an aging report as one self-contained HTML page for a credit manager: per currency, the
 * headline figures, the book as one bar stacked by bucket, the largest customers each as a bar stacked
 * by bucket, the customers with the most past due, and the aging table. Everything is inline (CSS and
 * SVG): no scripts, no fonts, no images, no links to anything outside the page, so it opens offline
 * and can be mailed as it is.
 *
 * <pre>{@code
 * String html = AgingHtml.render(report, "items.csv");
 * }</pre>
 */
public final class AgingHtml {

  /** Customers shown in the aging table; the CSV has them all. */
  static final int TABLE_ROWS = 100;
  /** Customers with a bar of their own. */
  static final int CHART_CUSTOMERS = 10;
  /** Customers in the past-due list. */
  static final int TOP_PAST_DUE = 10;

  /** One colour per bucket, from "fine" to "act now"; the last bucket always gets the darkest. */
  private static final String[] COLOURS = {"#2e9d6b", "#a8c256", "#f2c14e", "#f08a3c", "#d9534f", "#9e2a2b",
      "#6b1d1d"};
  private static final String CREDIT_COLOUR = "#8a94a6";

  private AgingHtml() {}

  /**
   * The page.
   *
   * @param report the aging per customer
   * @param source the open-items file's name, shown in the heading
   * @return the HTML document
   */
  public static String render(AgingReport<CustomerId> report, String source) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(source, "source");
    AgingBuckets buckets = report.buckets();
    String asOf = report.asOf().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    long customers = report.rows().stream().map(AgingRow::key).distinct().count();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Receivables aging as of ").append(escape(asOf)).append("</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>Receivables aging</h1>\n<p class=\"sub\">as of <b>")
        .append(escape(asOf)).append("</b> &middot; by ").append(basis(report.basis())).append(" &middot; ")
        .append(String.format(Locale.ROOT, "%,d", report.itemCount())).append(" open items of ")
        .append(String.format(Locale.ROOT, "%,d", customers)).append(customers == 1 ? " customer" : " customers")
        .append(" &middot; from ").append(escape(source)).append("</p>\n</header>\n<main>\n");
    legend(html, buckets);
    if (report.rows().isEmpty()) {
      html.append("<p class=\"empty\">Nothing is open.</p>\n");
    }
    for (CurrencyUnit currency : report.currencies()) {
      currency(html, report, currency);
    }
    html.append("</main>\n<footer>Open amounts in each item's currency, signed: credit memos reduce. ")
        .append("Unused credit memos are shown apart, never hidden in the invoices' buckets. ")
        .append("The aging CSV written with this page has every customer.</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String basis(AgingBasis basis) {
    switch (basis) {
      case DOCUMENT_DATE:
        return "days since the document date";
      case PROMISED_DATE:
        return "days past the promised date";
      default:
        return "days past the due date";
    }
  }

  private static void legend(StringBuilder html, AgingBuckets buckets) {
    html.append("<div class=\"legend\">");
    for (int b = 0; b < buckets.size(); b++) {
      html.append("<span><i style=\"background:").append(colour(b, buckets.size())).append("\"></i>")
          .append(escape(buckets.label(b))).append("</span>");
    }
    html.append("<span><i style=\"background:").append(CREDIT_COLOUR).append("\"></i>unused credit memos</span>")
        .append("</div>\n");
  }

  private static String colour(int bucket, int size) {
    if (bucket == size - 1) {
      return COLOURS[COLOURS.length - 1];
    }
    return COLOURS[Math.min(bucket, COLOURS.length - 2)];
  }

  private static void currency(StringBuilder html, AgingReport<CustomerId> report, CurrencyUnit currency) {
    AgingBuckets buckets = report.buckets();
    int n = buckets.size();
    List<AgingRow<CustomerId>> rows = new ArrayList<>();
    report.rows().stream().filter(r -> r.currency().equals(currency)).forEach(rows::add);
    List<Money> net = report.openAmountsByBucket(currency);
    List<Money> debits = report.debitsByBucket(currency);
    Money total = report.total(currency);
    Money credits = Money.total(currency, report.creditsByBucket(currency));
    Money last = net.get(n - 1);
    String code = currency.getCurrencyCode();
    html.append("<section>\n<h2>").append(escape(code)).append("</h2>\n<div class=\"tiles\">\n");
    tile(html, "Open receivables", code, total, null);
    if (buckets.hasCurrent()) {
      Money pastDue = total.minus(net.get(0));
      tile(html, "Past due", code, pastDue, share(pastDue, total));
    }
    tile(html, "In " + buckets.label(n - 1) + " days", code, last, share(last, total));
    tile(html, "Unused credit memos", code, credits, null);
    html.append("</div>\n");

    html.append("<h3>The book by bucket</h3>\n");
    bookBar(html, buckets, debits, credits);

    html.append("<h3>Largest customers</h3>\n");
    List<AgingRow<CustomerId>> largest = new ArrayList<>(rows);
    largest.sort(Comparator.comparing((AgingRow<CustomerId> r) -> r.totalDebits().minorUnits()).reversed()
        .thenComparing(r -> r.key().toString()));
    customerBars(html, buckets, largest.subList(0, Math.min(CHART_CUSTOMERS, largest.size())));

    if (buckets.hasCurrent()) {
      pastDueList(html, rows, total.minus(net.get(0)), buckets);
    }
    table(html, buckets, rows, net, total);
    html.append("</section>\n");
  }

  private static String share(Money part, Money whole) {
    if (whole.signum() <= 0) {
      return null;
    }
    return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 1, RoundingMode.HALF_UP)
        .toPlainString() + " %";
  }

  private static void tile(StringBuilder html, String label, String code, Money amount, String share) {
    html.append("<div class=\"tile\"><div class=\"label\">").append(escape(label)).append("</div><div class=\"value\">")
        .append(escape(Amounts.grouped(amount))).append(" <small>").append(escape(code)).append("</small></div>");
    if (share != null) {
      html.append("<div class=\"share\">").append(escape(share)).append(" of the book</div>");
    }
    html.append("</div>\n");
  }

  /** One wide bar: the debits of the book, segment by bucket, then the credits apart. */
  private static void bookBar(StringBuilder html, AgingBuckets buckets, List<Money> debits, Money credits) {
    int width = 960;
    int barWidth = 900;
    long sum = 0;
    for (Money m : debits) {
      sum += m.minorUnits();
    }
    long scale = Math.max(1, sum);
    html.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(" 96\" role=\"img\" aria-label=\"")
        .append("open invoices by bucket\">\n");
    double x = 0;
    for (int b = 0; b < debits.size(); b++) {
      long v = debits.get(b).minorUnits();
      if (v <= 0) {
        continue;
      }
      double w = barWidth * (double) v / scale;
      html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"8\" width=\"%.1f\" height=\"40\" fill=\"%s\">"
          + "<title>%s: %s</title></rect>%n", x, w, colour(b, buckets.size()), escape(buckets.label(b)),
          escape(Amounts.grouped(debits.get(b)))));
      if (w > 70) {
        html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"33\" class=\"in\">%s</text>%n", x + 6,
            escape(buckets.label(b))));
        html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"68\" class=\"under\">%s</text>%n", x + 6,
            escape(compact(debits.get(b)))));
        html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"84\" class=\"pct\">%s</text>%n", x + 6,
            escape(percent(v, sum))));
      }
      x += w;
    }
    if (credits.signum() < 0) {
      html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"33\" class=\"credit\">%s</text>%n", barWidth + 4,
          "credits"));
      html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"68\" class=\"credit\">%s</text>%n", barWidth + 4,
          escape(compact(credits))));
    }
    html.append("</svg>\n");
  }

  /** One bar per customer, segment by bucket, all on one scale; credits as a grey bar to the left of zero. */
  private static void customerBars(StringBuilder html, AgingBuckets buckets, List<AgingRow<CustomerId>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int labelWidth = 170;
    int creditWidth = 60;
    int barWidth = 600;
    int rowHeight = 28;
    long largest = 1;
    long largestCredit = 1;
    for (AgingRow<CustomerId> row : rows) {
      largest = Math.max(largest, row.totalDebits().minorUnits());
      largestCredit = Math.max(largestCredit, -row.totalCredits().minorUnits());
    }
    int height = rows.size() * rowHeight + 8;
    int zero = labelWidth + creditWidth;
    html.append("<svg class=\"chart\" viewBox=\"0 0 960 ").append(height).append("\" role=\"img\" aria-label=\"")
        .append("largest customers by bucket\">\n");
    html.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>%n", zero,
        zero, height));
    for (int i = 0; i < rows.size(); i++) {
      AgingRow<CustomerId> row = rows.get(i);
      int y = 4 + i * rowHeight;
      html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"name\">%s</text>%n", labelWidth - 8,
          y + 17, escape(shorten(row.key().toString(), 22))));
      long credit = -row.totalCredits().minorUnits();
      if (credit > 0) {
        double w = creditWidth * (double) credit / largestCredit;
        html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\">"
            + "<title>credit memos %s</title></rect>%n", zero - w, y + 2, w, CREDIT_COLOUR,
            escape(Amounts.grouped(row.totalCredits()))));
      }
      double x = zero;
      for (int b = 0; b < row.bucketCount(); b++) {
        long v = row.debits(b).minorUnits();
        if (v <= 0) {
          continue;
        }
        double w = barWidth * (double) v / largest;
        html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\">"
            + "<title>%s %s: %s</title></rect>%n", x, y + 2, w, colour(b, row.bucketCount()),
            escape(row.key().toString()), escape(buckets.label(b)), escape(Amounts.grouped(row.debits(b)))));
        x += w;
      }
      html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>%n", x + 6, y + 17,
          escape(compact(row.total()))));
    }
    html.append("</svg>\n");
  }

  private static void pastDueList(StringBuilder html, List<AgingRow<CustomerId>> rows, Money pastDueTotal,
      AgingBuckets buckets) {
    List<AgingRow<CustomerId>> overdue = new ArrayList<>();
    for (AgingRow<CustomerId> row : rows) {
      if (pastDue(row) > 0) {
        overdue.add(row);
      }
    }
    if (overdue.isEmpty()) {
      return;
    }
    overdue.sort(Comparator.comparing((AgingRow<CustomerId> r) -> pastDue(r)).reversed()
        .thenComparing(r -> r.key().toString()));
    html.append("<h3>Most past due</h3>\n<table class=\"list\">\n<thead><tr><th>#</th><th>Customer</th>")
        .append("<th class=\"num\">Past due</th><th class=\"num\">Share of past due</th><th>Oldest</th>")
        .append("<th class=\"num\">Open in total</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < Math.min(TOP_PAST_DUE, overdue.size()); i++) {
      AgingRow<CustomerId> row = overdue.get(i);
      Money pastDue = Money.ofMinor(row.currency(), pastDue(row));
      int oldest = 0;
      for (int b = 1; b < row.bucketCount(); b++) {
        if (row.debits(b).isPositive()) {
          oldest = b;
        }
      }
      html.append("<tr><td>").append(i + 1).append("</td><td>").append(escape(row.key().toString()))
          .append("</td><td class=\"num\">").append(escape(Amounts.grouped(pastDue))).append("</td><td class=\"num\">")
          .append(escape(Objects.toString(share(pastDue, pastDueTotal), "\u2013"))).append("</td><td><i class=\"dot\" style=\"")
          .append("background:").append(colour(oldest, row.bucketCount())).append("\"></i>")
          .append(escape(buckets.label(oldest))).append("</td><td class=\"num\">")
          .append(escape(Amounts.grouped(row.total()))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /** What is open after the first ({@code current}) bucket, net of credits there. */
  private static long pastDue(AgingRow<CustomerId> row) {
    return row.total().minorUnits() - row.net(0).minorUnits();
  }

  private static void table(StringBuilder html, AgingBuckets buckets, List<AgingRow<CustomerId>> rows,
      List<Money> net, Money total) {
    List<AgingRow<CustomerId>> shown = new ArrayList<>(rows);
    shown.sort(Comparator.comparing((AgingRow<CustomerId> r) -> r.total().minorUnits()).reversed()
        .thenComparing(r -> r.key().toString()));
    int n = buckets.size();
    html.append("<h3>Aging by customer</h3>\n<table class=\"aging\">\n<thead><tr><th>Customer</th>");
    for (int b = 0; b < n; b++) {
      html.append("<th class=\"num\"><i class=\"dot\" style=\"background:").append(colour(b, n)).append("\"></i>")
          .append(escape(buckets.label(b))).append("</th>");
    }
    html.append("<th class=\"num\">Total</th></tr></thead>\n<tbody>\n");
    for (AgingRow<CustomerId> row : shown.subList(0, Math.min(TABLE_ROWS, shown.size()))) {
      long rowMax = 1;
      for (int b = 0; b < n; b++) {
        rowMax = Math.max(rowMax, Math.abs(row.net(b).minorUnits()));
      }
      html.append("<tr><td>").append(escape(row.key().toString())).append("</td>");
      for (int b = 0; b < n; b++) {
        Money cell = row.net(b);
        if (cell.isZero()) {
          html.append("<td class=\"num zero\">&ndash;</td>");
          continue;
        }
        // Past-due money is shaded in its bucket's colour, the more the darker; current money stays plain.
        double strength = b == 0 && buckets.hasCurrent() ? 0 : 0.12 + 0.45 * Math.abs(cell.minorUnits()) / rowMax;
        html.append("<td class=\"num").append(cell.isNegative() ? " neg" : "").append("\"");
        if (strength > 0 && cell.isPositive()) {
          html.append(String.format(Locale.ROOT, " style=\"background:%s%02x\"", colour(b, n),
              (int) Math.round(strength * 255)));
        }
        html.append(">").append(escape(Amounts.grouped(cell))).append("</td>");
      }
      html.append("<td class=\"num total\">").append(escape(Amounts.grouped(row.total()))).append("</td></tr>\n");
    }
    html.append("</tbody>\n<tfoot><tr><td>All customers</td>");
    for (Money cell : net) {
      html.append("<td class=\"num\">").append(escape(Amounts.grouped(cell))).append("</td>");
    }
    html.append("<td class=\"num total\">").append(escape(Amounts.grouped(total))).append("</td></tr></tfoot>\n")
        .append("</table>\n");
    if (shown.size() > TABLE_ROWS) {
      html.append("<p class=\"note\">The ").append(TABLE_ROWS).append(" largest of ")
          .append(String.format(Locale.ROOT, "%,d", shown.size()))
          .append(" customers; the totals and the CSV include all of them.</p>\n");
    }
  }

  /** An amount in a few characters for a chart label: {@code 1.2M}, {@code 35.4k}, {@code 950}. */
  static String compact(Money money) {
    BigDecimal amount = money.amount();
    BigDecimal abs = amount.abs();
    String sign = amount.signum() < 0 ? "-" : "";
    if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      return sign + abs.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).toPlainString() + "M";
    }
    if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      return sign + abs.divide(BigDecimal.valueOf(1_000), 1, RoundingMode.HALF_UP).toPlainString() + "k";
    }
    return sign + abs.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  private static String percent(long part, long whole) {
    return whole <= 0 ? "" : BigDecimal.valueOf(part * 1000 / whole, 1).toPlainString() + " %";
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  static String escape(String text) {
    return Html.escape(text);
  }

  private static final String CSS = String.join("\n",
      ":root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f7f8fa}",
      "*{box-sizing:border-box}",
      "body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,"
          + "'Helvetica Neue',Arial,sans-serif}",
      "header{background:#102a43;color:#fff;padding:20px 32px}",
      "h1{margin:0;font-size:24px;font-weight:600}",
      ".sub{margin:4px 0 0;color:#bcccdc}",
      "main{max-width:1040px;margin:0 auto;padding:16px 32px 32px}",
      "section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 24px 24px;margin:16px 0}",
      "h2{font-size:20px;margin:16px 0 8px}",
      "h3{font-size:15px;margin:24px 0 8px;color:var(--muted);font-weight:600;text-transform:uppercase;"
          + "letter-spacing:.04em}",
      ".tiles{display:flex;gap:12px;flex-wrap:wrap}",
      ".tile{flex:1 1 200px;border:1px solid var(--line);border-radius:6px;padding:10px 14px}",
      ".tile .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}",
      ".tile .value{font-size:20px;font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}",
      ".tile small{font-size:12px;color:var(--muted);font-weight:400}",
      ".tile .share{color:var(--muted);font-size:12px}",
      ".legend{display:flex;flex-wrap:wrap;gap:14px;margin:12px 0 0;color:var(--muted);font-size:12px}",
      ".legend i,.dot{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;"
          + "vertical-align:-1px}",
      ".chart{width:100%;height:auto;display:block}",
      ".chart text{font-size:12px;fill:var(--ink);font-variant-numeric:tabular-nums}",
      ".chart .in{fill:#fff;font-weight:600}",
      ".chart .pct,.chart .credit{fill:var(--muted)}",
      ".chart .name{text-anchor:end}",
      ".chart .axis{stroke:#9aa5b1;stroke-width:1}",
      "table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}",
      "th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}",
      "th{font-size:12px;color:var(--muted);font-weight:600}",
      ".num{text-align:right}",
      ".zero{color:#cbd2d9}",
      ".neg{color:#52606d;font-style:italic}",
      ".total{font-weight:600}",
      "tfoot td{font-weight:600;border-top:2px solid var(--ink);border-bottom:none}",
      ".note,.empty{color:var(--muted)}",
      "footer{max-width:1040px;margin:0 auto;padding:0 32px 32px;color:var(--muted);font-size:12px}",
      "@media print{body{background:#fff}section{border:none;padding:0}header{background:#fff;color:#000}}",
      "");
}
