package dev.o2c.matching.statement.camt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A small element of a camt message held in memory while it is mapped: one balance, one entry
 * with its transaction details, the header of a statement. Never a whole file. Names are local
 * names (namespaces are ignored below the root), text is kept exactly as sent.
 *
 * <p>The element path is computed only when asked for (for errors and findings), so building a
 * node costs no string work. Nodes and their text live in an {@link Arena}: text is copied into
 * the arena's character buffer and becomes a {@code String} only when the mapper asks for it,
 * and the nodes of one entry are recycled for the next, so reading an entry allocates next to
 * nothing beyond what the mapper builds.
 */
final class XmlNode {

  private static final String[] NO_ATTRIBUTES = new String[0];
  private static final XmlNode[] NO_CHILDREN = new XmlNode[0];

  /**
   * Storage for the nodes of one tree. {@link #reset} recycles everything, so a node of the
   * previous tree must not be used afterwards: the mapper turns a tree into immutable values
   * before the next tree is read.
   */
  static final class Arena {
    /** Above these sizes a reset lets go of the storage, so one huge entry is not kept alive. */
    private static final int KEEP_CHARS = 1 << 16;

    private static final int KEEP_NODES = 1 << 12;

    private char[] chars = new char[1024];
    private int used;
    private XmlNode[] pool = new XmlNode[64];
    private int poolUsed;

    /** Forgets every node and all text handed out since the last reset. */
    void reset() {
      used = 0;
      poolUsed = 0;
      if (chars.length > KEEP_CHARS) {
        chars = new char[1024];
      }
      if (pool.length > KEEP_NODES) {
        pool = new XmlNode[64];
      }
    }

    /** A root node whose path is {@code path} itself. */
    XmlNode root(String name, String path) {
      XmlNode n = node(name, null);
      n.pathPrefix = path;
      n.ordinal = 0;
      return n;
    }

    /**
     * A root node whose path is {@code parentPath/name[ordinal]}, built only when asked for.
     */
    XmlNode root(String name, String parentPath, long ordinal) {
      XmlNode n = node(name, null);
      n.pathPrefix = parentPath;
      n.ordinal = ordinal;
      return n;
    }

    private XmlNode node(String name, XmlNode parent) {
      if (poolUsed == pool.length) {
        pool = Arrays.copyOf(pool, pool.length * 2);
      }
      XmlNode n = pool[poolUsed];
      if (n == null) {
        n = new XmlNode(this);
        pool[poolUsed] = n;
      }
      poolUsed++;
      n.init(name, parent);
      return n;
    }

    /** Appends characters, returns where they start. */
    private int append(char[] src, int start, int length) {
      if (used + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
      }
      System.arraycopy(src, start, chars, used, length);
      int at = used;
      used += length;
      return at;
    }
  }

  private final Arena arena;
  private String name;
  private XmlNode parent;
  /** For a root: its full path (ordinal 0) or its parent's path (ordinal > 0). */
  private String pathPrefix;
  private long ordinal;
  /** Where the text starts in the arena's buffer, or -1 when it is held in {@link #text} only. */
  private int textStart;
  private int textLength;
  /** The text as a String once built, or the text that could not stay in the buffer. */
  private String text;
  private String[] attributes;
  private int attributeCount;
  // A plain array, not a List: lookups by name run for every optional element of every entry,
  // and the loops over an array compile to far less than iterator and interface calls.
  private XmlNode[] children = NO_CHILDREN;
  private int childCount;
  /**
   * One bit per child name, chosen by its hash code: most lookups are for optional elements that
   * are absent, and a clear bit answers those without comparing any name.
   */
  private long childNames;

  private XmlNode(Arena arena) {
    this.arena = arena;
  }

  /** A root node in an arena of its own, whose position in the file is known as a path. */
  XmlNode(String name, String path) {
    this.arena = new Arena();
    init(name, null);
    this.pathPrefix = path;
  }

  private void init(String nodeName, XmlNode nodeParent) {
    this.name = nodeName;
    this.parent = nodeParent;
    this.pathPrefix = null;
    this.ordinal = 0;
    this.textStart = -1;
    this.textLength = 0;
    this.text = null;
    this.attributes = NO_ATTRIBUTES;
    this.attributeCount = 0;
    this.childCount = 0;
    this.childNames = 0;
  }

  String name() {
    return name;
  }

  /** The element path including sibling positions, e.g. {@code /Document/X[1]/Stmt[1]/Bal[2]}. */
  String path() {
    if (parent == null) {
      return ordinal > 0 ? pathPrefix + "/" + name + "[" + ordinal + "]" : pathPrefix;
    }
    int index = 0;
    for (int i = 0; i < parent.childCount; i++) {
      XmlNode sibling = parent.children[i];
      if (sibling.name.equals(name)) {
        index++;
      }
      if (sibling == this) {
        break;
      }
    }
    return parent.path() + "/" + name + "[" + index + "]";
  }

  XmlNode parent() {
    return parent;
  }

  /** Creates and attaches a child. */
  XmlNode addChild(String childName) {
    XmlNode child = arena.node(childName, this);
    if (childCount == children.length) {
      children = Arrays.copyOf(children, childCount == 0 ? 4 : childCount * 2);
    }
    children[childCount++] = child;
    childNames |= nameBit(childName);
    return child;
  }

  void putAttribute(String attrName, String value) {
    if (attributes == NO_ATTRIBUTES) {
      attributes = new String[4];
    } else if (attributeCount * 2 == attributes.length) {
      attributes = Arrays.copyOf(attributes, attributes.length * 2);
    }
    attributes[attributeCount * 2] = attrName;
    attributes[attributeCount * 2 + 1] = value;
    attributeCount++;
  }

  Optional<String> attribute(String attrName) {
    for (int i = 0; i < attributeCount * 2; i += 2) {
      if (attributes[i].equals(attrName)) {
        return Optional.of(attributes[i + 1]);
      }
    }
    return Optional.empty();
  }

  void appendText(char[] chars, int start, int length) {
    if (length == 0) {
      return;
    }
    if (textStart < 0 && text == null) {
      textStart = arena.append(chars, start, length);
      textLength = length;
    } else if (textStart >= 0 && textStart + textLength == arena.used) {
      arena.append(chars, start, length);
      textLength += length;
      text = null;
    } else {
      // Text around a child element (mixed content): rare, so kept as a plain String.
      text = rawText() + new String(chars, start, length);
      textStart = -1;
      textLength = text.length();
    }
  }

  int textLength() {
    return textLength;
  }

  boolean hasChildren() {
    return childCount != 0;
  }

  /** The text exactly as sent, including surrounding blanks. */
  String rawText() {
    if (text == null && textStart >= 0) {
      text = new String(arena.chars, textStart, textLength);
    }
    return text == null ? "" : text;
  }

  /**
   * The characters holding the text: the arena's buffer, or a copy of a text that could not stay
   * in it. The trimmed text is at {@link #trimmedFrom()} (inclusive) to {@link #trimmedTo()}
   * (exclusive); read them before the next node is added.
   */
  char[] textChars() {
    if (textStart >= 0) {
      return arena.chars;
    }
    return text == null ? new char[0] : text.toCharArray();
  }

  /** Start of the trimmed text in {@link #textChars()}. */
  int trimmedFrom() {
    int from = textStart >= 0 ? textStart : 0;
    int to = from + textLength;
    if (textStart >= 0) {
      char[] c = arena.chars;
      while (from < to && c[from] <= ' ') {
        from++;
      }
      return from;
    }
    return text == null ? 0 : leading(text);
  }

  /** End of the trimmed text in {@link #textChars()}; equal to the start when blank. */
  int trimmedTo() {
    int from = trimmedFrom();
    if (textStart >= 0) {
      char[] c = arena.chars;
      int to = textStart + textLength;
      while (to > from && c[to - 1] <= ' ') {
        to--;
      }
      return to;
    }
    if (text == null) {
      return 0;
    }
    int to = text.length();
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    return to;
  }

  private static int leading(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) <= ' ') {
      i++;
    }
    return i;
  }

  /** The attribute's value, or null when absent. */
  String attributeOrNull(String attrName) {
    for (int i = 0; i < attributeCount * 2; i += 2) {
      if (attributes[i].equals(attrName)) {
        return attributes[i + 1];
      }
    }
    return null;
  }

  /** The trimmed text, empty when blank. */
  Optional<String> text() {
    if (text == null && textStart >= 0) {
      // Trim in the buffer, so only the characters kept become a String.
      char[] c = arena.chars;
      int from = textStart;
      int to = textStart + textLength;
      while (from < to && c[from] <= ' ') {
        from++;
      }
      while (to > from && c[to - 1] <= ' ') {
        to--;
      }
      if (from == to) {
        return Optional.empty();
      }
      if (from == textStart && to == textStart + textLength) {
        return Optional.of(rawText());
      }
      return Optional.of(new String(c, from, to - from));
    }
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  List<XmlNode> children() {
    return Collections.unmodifiableList(Arrays.asList(children).subList(0, childCount));
  }

  /** All direct children with the given local name, in file order. */
  List<XmlNode> all(String childName) {
    if ((childNames & nameBit(childName)) == 0) {
      return List.of();
    }
    List<XmlNode> found = null;
    for (int i = 0; i < childCount; i++) {
      XmlNode c = children[i];
      if (c.name.equals(childName)) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(c);
      }
    }
    return found == null ? List.of() : found;
  }

  /** The bit of {@link #childNames} for a name; the shift uses the low six bits of the hash. */
  private static long nameBit(String name) {
    return 1L << name.hashCode();
  }

  /** The first node at the given relative path of local names, or null. */
  XmlNode childOrNull(String... names) {
    return find(names);
  }

  /** The first node at the given relative path of local names, if any. */
  Optional<XmlNode> at(String... names) {
    XmlNode n = find(names);
    return n == null ? Optional.empty() : Optional.of(n);
  }

  private XmlNode find(String... names) {
    XmlNode current = this;
    for (String n : names) {
      if ((current.childNames & nameBit(n)) == 0) {
        return null;
      }
      XmlNode next = null;
      XmlNode[] kids = current.children;
      for (int i = 0, count = current.childCount; i < count; i++) {
        if (kids[i].name.equals(n)) {
          next = kids[i];
          break;
        }
      }
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current;
  }

  /** The trimmed, non-blank text at the given relative path, if any. */
  Optional<String> textAt(String... names) {
    XmlNode n = find(names);
    return n == null ? Optional.empty() : n.text();
  }
}
