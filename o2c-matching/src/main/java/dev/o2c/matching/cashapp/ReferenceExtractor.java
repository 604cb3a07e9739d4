package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The default {@link ReferenceExtraction}: the references of a payment, each with its
 * {@linkplain ReferenceKeys#key(CharSequence) key}, in this order and without two of the same key:
 * <ol>
 *   <li>structured remittance: each referred document number as written (and, if it is a list or
 *       range, its members), each creditor reference ({@code RF} references checked with ISO 11649
 *       mod 97: one that fails is still returned, with {@code checkDigitsValid} false; its key is the
 *       key of the part after {@code RFnn}), then the block's additional text as free text;
 *   <li>the unstructured text (its lines joined by a space): {@code RF} references, then every
 *       number with or without prefix and separators ({@code INV-2026-000123}, {@code INV 2026
 *       000123}, {@code 2026/123}, {@code RE 123}); a number broken by a space or line break is also
 *       tried joined (up to three pieces); lists ({@code 123/124/125}, {@code 123, 124 and 125},
 *       {@code INV-2026-000123/124}) and ranges ({@code 123-125}, {@code INV-2026-000123-125}; at
 *       most 50 members; a longer one is taken for one number)
 *       give each member. Dates, amounts (with decimals or after a currency), percentages and IBANs
 *       are not references, nor are words, plain years or keys shorter than
 *       3 characters. Customer PO numbers are numbers like any other:
 *       {@link DocumentLookup} tells them apart;
 *   <li>the end-to-end id, when it looks like a reference: it has a digit, is not a placeholder
 *       ({@code NOTPROVIDED}, {@code NONREF}) and not a UUID; also what follows each separator in it
 *       (key of five characters or more), so {@code E2E-INV-2026-000500} gives {@code INV-2026-000500}.
 * </ol>
 *
 * <p>With a {@link MatchMemory}, the {@linkplain ReferencePattern patterns} of the payment's customer
 * (the one it names, or the one its account or payer name was confirmed for) add a reference for each
 * number they apply to, right before the number itself: {@code "RG 4712"} gives the key
 * {@code 20264712}. The engine may pass the payment {@linkplain Payment#withCustomerId attributed}
 * to its identified payer so that patterns apply to payers known only by their master data.
 *
 * <p>Never throws on any text. This instance is immutable and thread-safe.
 */
public final class ReferenceExtractor implements ReferenceExtraction {

  /** Extraction without memory. */
  public static final ReferenceExtractor STANDARD = new ReferenceExtractor(MatchMemory.EMPTY);

  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");

  private final MatchMemory memory;

  private ReferenceExtractor(MatchMemory memory) {
    this.memory = memory;
  }

  /**
   * Extraction that applies the reference patterns of a memory.
   *
   * @param memory what people confirmed before
   * @return the extraction
   */
  public static ReferenceExtractor withMemory(MatchMemory memory) {
    return new ReferenceExtractor(Objects.requireNonNull(memory, "memory"));
  }

  @Override
  public List<ExtractedReference> extract(Payment payment) {
    Objects.requireNonNull(payment, "payment");
    List<ReferencePattern> patterns = patternsFor(payment);
    Out out = new Out(patterns);
    for (StructuredReference block : payment.remittance().structured()) {
      for (ReferredDocument document : block.referredDocuments()) {
        if (document.number().isPresent()) {
          out.addAll(ReferenceScanner.scanDocumentNumber(document.number().get()), ReferenceSource.STRUCTURED_DOCUMENT);
        }
      }
      if (block.creditorReference().isPresent()) {
        String written = block.creditorReference().get();
        ReferenceScanner.Found rf = looksLikeRf(written) ? ReferenceScanner.creditorReference(written) : null;
        if (rf != null) {
          out.add(rf, ReferenceSource.CREDITOR_REFERENCE);
        } else {
          String key = ReferenceKeys.compactKey(written);
          if (!key.isEmpty() && key.length() <= ReferenceScanner.MAX_KEY_LENGTH) {
            boolean valid = block.creditorReferenceValid().orElse(false);
            out.add(new ReferenceScanner.Found(written.strip(), key, "", true, valid), ReferenceSource.CREDITOR_REFERENCE);
          }
        }
      }
      for (String line : block.additionalInfo()) {
        out.addAll(ReferenceScanner.scanText(line), ReferenceSource.FREE_TEXT);
      }
    }
    out.addAll(ReferenceScanner.scanText(payment.remittance().text()), ReferenceSource.FREE_TEXT);
    payment.endToEndId().map(String::strip).filter(ReferenceExtractor::looksLikeReference).ifPresent(e2e -> {
      out.add(ReferenceScanner.Found.number(e2e, ReferenceKeys.key(e2e), ReferenceScanner.leadingLetters(e2e)),
          ReferenceSource.END_TO_END_ID);
      // A payer's own prefix with digits in it (E2E-, P1-) would hide the number behind it.
      for (int i = 0; i < e2e.length(); i++) {
        if (!Character.isLetterOrDigit(e2e.charAt(i))) {
          String rest = e2e.substring(i + 1);
          String key = ReferenceKeys.key(rest);
          if (key.length() >= DocumentIndex.FUZZY_MIN_KEY_LENGTH && key.chars().anyMatch(Character::isDigit)) {
            out.add(ReferenceScanner.Found.number(rest, key, ""), ReferenceSource.END_TO_END_ID);
          }
        }
      }
    });
    return List.copyOf(out.references);
  }

  private static boolean looksLikeReference(String e2e) {
    String key = ReferenceKeys.key(e2e);
    return !RemittanceAdvice.isFiller(e2e) && !UUID.matcher(e2e).matches()
        && key.chars().anyMatch(Character::isDigit) && key.length() >= ReferenceScanner.MIN_KEY_LENGTH
        && key.length() <= ReferenceScanner.MAX_KEY_LENGTH;
  }

  private static boolean looksLikeRf(String written) {
    String s = written.strip().toUpperCase(Locale.ROOT);
    return s.length() >= 4 && s.startsWith("RF") && Character.isDigit(s.charAt(2)) && Character.isDigit(s.charAt(3));
  }

  private List<ReferencePattern> patternsFor(Payment payment) {
    if (memory.patterns().isEmpty()) {
      return List.of();
    }
    Set<CustomerId> customers = new LinkedHashSet<>();
    payment.customerId().ifPresent(customers::add);
    payment.payerAccount().flatMap(memory::customerForAccount).ifPresent(customers::add);
    payment.payerName().flatMap(memory::customerForName).ifPresent(customers::add);
    List<ReferencePattern> patterns = new ArrayList<>();
    for (CustomerId customer : customers) {
      patterns.addAll(memory.patternsOf(customer));
    }
    return patterns;
  }

  /** The references so far, one per key, with the patterns applied to every number. */
  private static final class Out {
    final List<ExtractedReference> references = new ArrayList<>();
    final Set<String> keys = new HashSet<>();
    final List<ReferencePattern> patterns;

    Out(List<ReferencePattern> patterns) {
      this.patterns = patterns;
    }

    void addAll(List<ReferenceScanner.Found> found, ReferenceSource source) {
      for (ReferenceScanner.Found f : found) {
        add(f, source);
      }
    }

    void add(ReferenceScanner.Found found, ReferenceSource where) {
      ReferenceSource source = found.creditorReference() ? ReferenceSource.CREDITOR_REFERENCE : where;
      if (!found.creditorReference() && found.key().length() >= MatchMemory.MIN_PATTERN_TAIL) {
        for (ReferencePattern pattern : patterns) {
          pattern.apply(found.marker(), found.key())
              .filter(key -> key.length() <= ReferenceScanner.MAX_KEY_LENGTH)
              .ifPresent(key -> put(new ExtractedReference(written(found), key, source, false)));
        }
      }
      put(new ExtractedReference(found.text(), found.key(), source, found.checkDigitsValid()));
    }

    private static String written(ReferenceScanner.Found found) {
      String marker = found.marker();
      return marker.isEmpty() || found.text().toUpperCase(Locale.ROOT).startsWith(marker)
          ? found.text() : marker + " " + found.text();
    }

    private void put(ExtractedReference reference) {
      if (keys.add(reference.key())) {
        references.add(reference);
      }
    }
  }
}
