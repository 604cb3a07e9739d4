package dev.o2c.aging.dunning;

import java.util.List;
import java.util.Objects;

/**
 * The sender or the addressee of a letter: a name and the address lines as they are printed.
 *
 * @param name the legal or trading name; not blank
 * @param addressLines the address, one printed line each (street, town, country); may be empty
 */
public record LetterParty(String name, List<String> addressLines) {

  /**
   * Checks the party and copies its lines.
   *
   * @param name the name, not blank
   * @param addressLines the address lines
   * @throws IllegalArgumentException if the name is blank
   */
  public LetterParty {
    Objects.requireNonNull(name, "name");
    addressLines = List.copyOf(addressLines);
    if (name.isBlank()) {
      throw new IllegalArgumentException("letter party name is blank");
    }
  }

  /**
   * A party with a name and address lines.
   *
   * @param name the name
   * @param addressLines the address lines
   * @return the party
   */
  public static LetterParty of(String name, String... addressLines) {
    return new LetterParty(name, List.of(addressLines));
  }
}
