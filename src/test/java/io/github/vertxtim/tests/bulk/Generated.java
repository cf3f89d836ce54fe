package io.github.vertxtim.tests.bulk;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/** {@code count} items made on demand, counting how many were taken: a source that is never held in memory. */
public final class Generated<T> implements Iterator<T> {

  private final long count;
  private final LongFunction<T> item;
  private volatile long taken;

  public Generated(long count, LongFunction<T> item) {
    this.count = count;
    this.item = item;
  }

  /** Items taken from the source so far. */
  public long taken() {
    return taken;
  }

  @Override
  public boolean hasNext() {
    return taken < count;
  }

  @Override
  public T next() {
    if (taken >= count) {
      throw new NoSuchElementException();
    }
    return item.apply(taken++);
  }
}
