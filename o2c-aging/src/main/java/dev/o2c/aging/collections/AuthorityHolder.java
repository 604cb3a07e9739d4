package dev.o2c.aging.collections;

import java.util.Objects;

/**
 * A person acting on a dispute, with the role their authority comes from.
 *
 * @param person who, e.g. {@code anna}
 * @param role the role, e.g. {@code collector} or {@code credit-manager}
 */
public record AuthorityHolder(String person, String role) {

  /**
   * Validates the holder.
   *
   * @param person who
   * @param role the role
   * @throws IllegalArgumentException if either is blank
   */
  public AuthorityHolder {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    if (person.isBlank() || role.isBlank()) {
      throw new IllegalArgumentException("Authority holder needs a person and a role: '" + person + "', '" + role
          + "'");
    }
  }

  /**
   * A holder.
   *
   * @param person who
   * @param role the role
   * @return the holder
   * @throws IllegalArgumentException if either is blank
   */
  public static AuthorityHolder of(String person, String role) {
    return new AuthorityHolder(person, role);
  }

  @Override
  public String toString() {
    return person + " (" + role + ")";
  }
}
