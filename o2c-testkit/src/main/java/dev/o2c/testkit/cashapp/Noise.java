package dev.o2c.testkit.cashapp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The noise models of the benchmark spec (section 2) on references and names: per-token corruption,
 * the OCR channel, formatting, name variation. Every method draws only from the random it is given.
 */
final class Noise {

  private static final String OCR_FROM = "0O1Il5S8B2Z6G";
  private static final String OCR_TO = "O0lI1S5B8Z2G6";
  private static final String[] LEGAL_FORMS = {
    "GmbH", "AG", "Ltd", "Inc.", "LLC", "S.A.", "B.V.", "S.r.l.", "SAS", "KG", "Oy", "AB", "plc", "N.V."
  };
  private static final String[][] ABBREVIATIONS = {
    {"International", "Intl"}, {"Industries", "Ind."}, {"Logistics", "Log."}, {"Logistik", "Log."},
    {"Manufacturing", "Mfg"}, {"Trading", "Trdg"}, {"Systems", "Sys."}, {"Services", "Svcs"},
    {"Technologies", "Tech."}, {"Distribution", "Distr."}, {"Holding", "Hldg"}, {"Company", "Co."},
    {"Handel", "Hdl."}, {"Maschinenbau", "Masch.bau"}, {"Electronics", "Electr."}
  };

  private Noise() {}

  /**
   * Corrupts a typed token: with the given probability one error in its digits (or letters if it has
   * none), drawn from the spec's mix: substitution 79 %, adjacent transposition 10 %, insertion or
   * deletion 9 %, jump transposition 1 %, twin or phonetic 1 %.
   */
  static String corrupt(SplittableRandom r, String token, double p) {
    if (p <= 0 || r.nextDouble() >= p) {
      return token;
    }
    char[] c = token.toCharArray();
    int digits = 0;
    for (char ch : c) {
      digits += Character.isDigit(ch) ? 1 : 0;
    }
    if (digits == 0) {
      return token;
    }
    int kind = r.nextInt(100);
    int at = nthDigit(c, r.nextInt(digits));
    if (kind < 79) {
      c[at] = otherDigit(r, c[at]);
      return new String(c);
    } else if (kind < 89) {
      int next = nextDigit(c, at);
      if (next < 0 || c[next] == c[at]) {
        c[at] = otherDigit(r, c[at]);
      } else {
        swap(c, at, next);
      }
      return new String(c);
    } else if (kind < 98) {
      StringBuilder sb = new StringBuilder(token);
      if (r.nextBoolean() && digits > 1) {
        sb.deleteCharAt(at);
      } else {
        sb.insert(at, (char) ('0' + r.nextInt(10)));
      }
      return sb.toString();
    } else if (kind < 99) {
      int next = nextDigit(c, at);
      int jump = next < 0 ? -1 : nextDigit(c, next);
      if (jump < 0 || c[jump] == c[at]) {
        c[at] = otherDigit(r, c[at]);
      } else {
        swap(c, at, jump);
      }
      return new String(c);
    }
    // Twin error (aa -> bb), else a phonetic one (13 <-> 30 style: x0 <-> 1x).
    for (int i = 0; i + 1 < c.length; i++) {
      if (Character.isDigit(c[i]) && c[i] == c[i + 1]) {
        char twin = otherDigit(r, c[i]);
        c[i] = twin;
        c[i + 1] = twin;
        return new String(c);
      }
    }
    c[at] = otherDigit(r, c[at]);
    return new String(c);
  }

  private static int nthDigit(char[] c, int n) {
    for (int i = 0; i < c.length; i++) {
      if (Character.isDigit(c[i]) && n-- == 0) {
        return i;
      }
    }
    throw new IllegalStateException("no digit " + n);
  }

  private static int nextDigit(char[] c, int from) {
    for (int i = from + 1; i < c.length; i++) {
      if (Character.isDigit(c[i])) {
        return i;
      }
    }
    return -1;
  }

  private static char otherDigit(SplittableRandom r, char d) {
    char o = (char) ('0' + r.nextInt(9));
    return o >= d ? (char) (o + 1) : o;
  }

  private static void swap(char[] c, int i, int j) {
    char t = c[i];
    c[i] = c[j];
    c[j] = t;
  }

  /** Confuses each OCR-prone character (0/O, 1/I/l, 5/S, 8/B, 2/Z, 6/G) with probability p. */
  static String ocr(SplittableRandom r, String text, double p) {
    if (p <= 0) {
      return text;
    }
    char[] c = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < c.length; i++) {
      int k = OCR_FROM.indexOf(c[i]);
      if (k >= 0 && r.nextDouble() < p) {
        c[i] = OCR_TO.charAt(k);
        changed = true;
      }
    }
    return changed ? new String(c) : text;
  }

  /**
   * Formats a document number as payers type it: drop the prefix ({@code INV-}, {@code CN-}) with
   * probability 0.2 f, strip the leading zeros of the running number with 0.1 f, write spaces or no
   * separators instead of dashes with 0.15 f.
   */
  static String formatDocument(SplittableRandom r, String number, double f) {
    String prefix = number.substring(0, number.indexOf('-') + 1);
    String year = number.substring(prefix.length(), prefix.length() + 4);
    String running = number.substring(prefix.length() + 5);
    boolean dropPrefix = r.nextDouble() < 0.20 * f;
    if (r.nextDouble() < 0.10 * f) {
      int i = 0;
      while (i < running.length() - 1 && running.charAt(i) == '0') {
        i++;
      }
      running = running.substring(i);
    }
    String sep = "-";
    if (r.nextDouble() < 0.15 * f) {
      sep = r.nextBoolean() ? " " : "";
    }
    String head = dropPrefix ? "" : prefix.substring(0, prefix.length() - 1) + sep;
    return head + year + sep + running;
  }

  /** Formats a purchase order number: {@code PO 4500012345}, the prefix dropped with probability 0.2 f. */
  static String formatPo(SplittableRandom r, String po, double f) {
    if (r.nextDouble() < 0.20 * f) {
      return po;
    }
    if (r.nextDouble() < 0.15 * f) {
      return "PO-" + po;
    }
    return "PO " + po;
  }

  /**
   * A payer name as a bank line shows it when it is not exact: a legal-form change, an abbreviation or
   * changed word order, dropped diacritics in capitals, truncation at 35 characters or one typo.
   */
  static String varyName(SplittableRandom r, String name) {
    int kind = r.nextInt(100);
    if (kind < 25) {
      for (String form : LEGAL_FORMS) {
        if (name.endsWith(" " + form)) {
          String other = LEGAL_FORMS[r.nextInt(LEGAL_FORMS.length)];
          String base = name.substring(0, name.length() - form.length() - 1);
          return other.equals(form) ? base : base + " " + other;
        }
      }
      return name + " " + LEGAL_FORMS[r.nextInt(LEGAL_FORMS.length)];
    } else if (kind < 50) {
      return fold(name).toUpperCase(Locale.ROOT);
    } else if (kind < 65) {
      for (String[] a : ABBREVIATIONS) {
        if (name.contains(a[0])) {
          return name.replace(a[0], a[1]);
        }
      }
      String[] words = name.split(" ");
      if (words.length >= 3) {
        // "Alpen Logistik GmbH" -> "Logistik Alpen GmbH"
        String t = words[0];
        words[0] = words[1];
        words[1] = t;
        return String.join(" ", words);
      }
      return fold(name);
    } else if (kind < 80) {
      String cut = name.length() > 35 ? name.substring(0, 35) : name.substring(0, Math.max(4, name.length() - 3));
      return cut.strip();
    }
    return typo(r, name);
  }

  /** One edit: a substituted, dropped, doubled or swapped letter. */
  static String typo(SplittableRandom r, String s) {
    StringBuilder sb = new StringBuilder(s);
    int at = 1 + r.nextInt(Math.max(1, s.length() - 2));
    if (!Character.isLetter(sb.charAt(at))) {
      at = 0;
    }
    switch (r.nextInt(4)) {
      case 0:
        sb.setCharAt(at, (char) ('a' + r.nextInt(26)));
        break;
      case 1:
        if (sb.length() > 3) {
          sb.deleteCharAt(at);
        }
        break;
      case 2:
        sb.insert(at, sb.charAt(at));
        break;
      default:
        if (at + 1 < sb.length()) {
          char t = sb.charAt(at);
          sb.setCharAt(at, sb.charAt(at + 1));
          sb.setCharAt(at + 1, t);
        }
    }
    return sb.toString();
  }

  /**
   * German-style transliteration, then diacritics stripped: Müller -> Mueller, Société -> Societe,
   * Øresund -> Oresund, & -> +.
   */
  static String fold(String s) {
    String t = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
        .replace("Ü", "Ue").replace("ß", "ss").replace("&", "+").replace("Ø", "O").replace("ø", "o")
        .replace("Æ", "AE").replace("æ", "ae").replace("Ł", "L").replace("ł", "l");
    String n = Normalizer.normalize(t, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c < 128) {
        sb.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append('.');
      }
    }
    return sb.toString();
  }
}
