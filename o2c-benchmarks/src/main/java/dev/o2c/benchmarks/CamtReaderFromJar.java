package dev.o2c.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * A camt reader of some build of {@code o2c-matching}, loaded from that build's jar next to the one
 * on the class path, so that two builds can be compared side by side in one JVM (for instance the
 * reader before and after a change of its XML parser). The classes of {@code dev.o2c.matching} come
 * from the jar, everything else (o2c-core, Moneta, the parser library) from the class path.
 *
 * <p>Both builds are driven the same way, through reflection and a proxy handler that counts
 * entries, so that the comparison does not favour either.
 */
public final class CamtReaderFromJar {

  private final Object reader;
  private final Method stream;
  private final Class<?> handlerType;
  private final ClassLoader loader;

  private CamtReaderFromJar(ClassLoader loader) throws ReflectiveOperationException {
    this.loader = loader;
    Class<?> readerType = Class.forName("dev.o2c.matching.statement.camt.CamtReader", true, loader);
    this.handlerType = Class.forName("dev.o2c.matching.statement.StatementHandler", true, loader);
    this.reader = readerType.getConstructor().newInstance();
    this.stream = readerType.getMethod("stream", InputStream.class, String.class, handlerType);
  }

  /**
   * The reader of the build on the class path.
   *
   * @return the reader
   * @throws ReflectiveOperationException if the reader cannot be loaded
   */
  public static CamtReaderFromJar current() throws ReflectiveOperationException {
    return new CamtReaderFromJar(CamtReaderFromJar.class.getClassLoader());
  }

  /**
   * The reader of the build in the given jar.
   *
   * @param matchingJar an {@code o2c-matching} jar
   * @return the reader
   * @throws ReflectiveOperationException if the reader cannot be loaded from the jar
   * @throws java.net.MalformedURLException if the path is no URL
   */
  public static CamtReaderFromJar of(Path matchingJar)
      throws ReflectiveOperationException, java.net.MalformedURLException {
    ClassLoader parent = CamtReaderFromJar.class.getClassLoader();
    return new CamtReaderFromJar(new MatchingFirst(new URL[] {matchingJar.toUri().toURL()}, parent));
  }

  /**
   * Streams the file through the reader with a handler that counts entries.
   *
   * @param file a camt document
   * @return the number of entries
   * @throws Exception whatever the reader throws
   */
  public long entries(byte[] file) throws Exception {
    long[] count = new long[1];
    Object handler = Proxy.newProxyInstance(loader, new Class<?>[] {handlerType}, (proxy, method, args) -> {
      if (method.getName().equals("onEntry")) {
        count[0]++;
        return null;
      }
      if (method.isDefault()) {
        // onEntryFailure and the other defaults keep their meaning: the reading fails as usual.
        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
      }
      if (method.getName().equals("hashCode")) {
        return System.identityHashCode(proxy);
      }
      if (method.getName().equals("equals")) {
        return proxy == args[0];
      }
      return method.getName().equals("toString") ? "counting handler" : null;
    });
    try {
      stream.invoke(reader, new ByteArrayInputStream(file), "bench.xml", handler);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
    return count[0];
  }

  /** Loads the classes of {@code dev.o2c.matching} from its own jar first, the rest from the parent. */
  private static final class MatchingFirst extends URLClassLoader {
    MatchingFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.o2c.matching.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try {
            c = findClass(name);
          } catch (ClassNotFoundException e) {
            c = super.loadClass(name, false);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
