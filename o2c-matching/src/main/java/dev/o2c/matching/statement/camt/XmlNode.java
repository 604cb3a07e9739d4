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

    private final TextCache texts;
    private char[] chars = new char[1024];
    private int used;
    private XmlNode[] pool = new XmlNode[64];
    private int poolUsed;
    /**
     * The attributes of all nodes, name and value in turn: a node's are added together at its
     * start tag, so they lie side by side and the node keeps only where they start.
     */
    private String[] attributes = new String[16];
    private int attributesUsed;

    /** Storage whose texts become Strings through {@code texts}, which outlives it. */
    Arena(TextCache texts) {
      this.texts = texts;
    }

    /** Forgets every node and all text handed out since the last reset. */
    void reset() {
      used = 0;
      poolUsed = 0;
      attributesUsed = 0;
      if (chars.length > KEEP_CHARS) {
        chars = new char[1024];
      }
      if (pool.length > KEEP_NODES) {
        pool = new XmlNode[64];
      }
      if (attributes.length > KEEP_NODES) {
        attributes = new String[16];
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
  /** Where this node's attributes start in the arena's {@link Arena#attributes}. */
  private int attributeStart;
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
  XmlNode(String name, String path, TextCache texts) {
    this.arena = new Arena(texts);
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
    this.attributeStart = 0;
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

  /**
   * Adds an attribute, its value trimmed; all of a node's attributes are added before anything
   * else in the arena.
   */
  void putAttribute(String attrName, String value) {
    if (attributeCount == 0) {
      attributeStart = arena.attributesUsed;
    } else if (attributeStart + attributeCount * 2 != arena.attributesUsed) {
      throw new IllegalStateException("attributes of " + name + " added after other nodes' attributes");
    }
    if (arena.attributesUsed + 2 > arena.attributes.length) {
      arena.attributes = Arrays.copyOf(arena.attributes, arena.attributes.length * 2);
    }
    arena.attributes[arena.attributesUsed++] = attrName;
    arena.attributes[arena.attributesUsed++] = value;
    attributeCount++;
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
      text = arena.texts.of(arena.chars, textStart, textStart + textLength);
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
    String[] all = arena.attributes;
    for (int i = attributeStart, end = attributeStart + attributeCount * 2; i < end; i += 2) {
      if (all[i].equals(attrName)) {
        return all[i + 1];
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
      return Optional.of(arena.texts.of(c, from, to));
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
    // Collections.emptyList() rather than List.of(): its iterator is a shared one, and most of
    // these lists are empty and looped over.
    int first = (childNames & nameBit(childName)) == 0 ? -1 : indexOf(childName, 0);
    if (first < 0) {
      return Collections.emptyList();
    }
    // Mostly there is exactly one: a list of one is the cheapest answer.
    int next = indexOf(childName, first + 1);
    if (next < 0) {
      return List.of(children[first]);
    }
    List<XmlNode> found = new ArrayList<>(4);
    found.add(children[first]);
    for (; next >= 0; next = indexOf(childName, next + 1)) {
      found.add(children[next]);
    }
    return found;
  }

  /** The position of the first child named {@code childName} at or after {@code from}, or -1. */
  private int indexOf(String childName, int from) {
    for (int i = from; i < childCount; i++) {
      if (children[i].name.equals(childName)) {
        return i;
      }
    }
    return -1;
  }

  /** The bit of {@link #childNames} for a name; the shift uses the low six bits of the hash. */
  private static long nameBit(String name) {
    return 1L << name.hashCode();
  }

  // The lookups by path come in fixed arities besides the varargs form: they run dozens of times
  // per entry, and a varargs call allocates its array every time.

  /** The first direct child with the given local name, or null. */
  XmlNode childOrNull(String name) {
    if ((childNames & nameBit(name)) == 0) {
      return null;
    }
    int i = indexOf(name, 0);
    return i < 0 ? null : children[i];
  }

  /** The first node at the relative path {@code first/second}, or null. */
  XmlNode childOrNull(String first, String second) {
    XmlNode n = childOrNull(first);
    return n == null ? null : n.childOrNull(second);
  }

  /** The first node at the relative path {@code first/second/third}, or null. */
  XmlNode childOrNull(String first, String second, String third) {
    XmlNode n = childOrNull(first, second);
    return n == null ? null : n.childOrNull(third);
  }

  /** The first node at the given relative path of local names, or null. */
  XmlNode childOrNull(String... names) {
    XmlNode current = this;
    for (int i = 0; i < names.length && current != null; i++) {
      current = current.childOrNull(names[i]);
    }
    return current;
  }

  /** The first direct child with the given local name, if any. */
  Optional<XmlNode> at(String name) {
    return Optional.ofNullable(childOrNull(name));
  }

  /** The first node at the relative path {@code first/second}, if any. */
  Optional<XmlNode> at(String first, String second) {
    return Optional.ofNullable(childOrNull(first, second));
  }

  /** The first node at the relative path {@code first/second/third}, if any. */
  Optional<XmlNode> at(String first, String second, String third) {
    return Optional.ofNullable(childOrNull(first, second, third));
  }

  /** The first node at the given relative path of local names, if any. */
  Optional<XmlNode> at(String... names) {
    return Optional.ofNullable(childOrNull(names));
  }

  /** The trimmed, non-blank text of the first direct child with the given local name, if any. */
  Optional<String> textAt(String name) {
    return textOf(childOrNull(name));
  }

  /** The trimmed, non-blank text at the relative path {@code first/second}, if any. */
  Optional<String> textAt(String first, String second) {
    return textOf(childOrNull(first, second));
  }

  /** The trimmed, non-blank text at the relative path {@code first/second/third}, if any. */
  Optional<String> textAt(String first, String second, String third) {
    return textOf(childOrNull(first, second, third));
  }

  /** The trimmed, non-blank text at the given relative path, if any. */
  Optional<String> textAt(String... names) {
    return textOf(childOrNull(names));
  }

  private static Optional<String> textOf(XmlNode n) {
    return n == null ? Optional.empty() : n.text();
  }
}
