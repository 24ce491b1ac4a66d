package io.timrest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paged history as a {@link Stream} that makes one call per page, and only when the
 * consumer asks for an item beyond the pages already fetched: nothing is fetched when the stream is
 * created, and {@code limit(n)} stops fetching once it has its {@code n} items. A failed call
 * throws from the consuming operation exactly what the single-page method throws.
 *
 * @param <Q> the request of one page
 * @param <P> the answer of one page
 * @param <T> an item of a page
 */
final class PageWalk<Q, P, T> implements Iterator<T> {
  private final Function<Q, P> fetch;
  private final Function<P, List<T>> items;
  private final BiFunction<Q, P, Optional<Q>> next;
  /** The request of the next page; null once the last page has been fetched. */
  private Q request;
  private Iterator<T> page = List.<T>of().iterator();

  private PageWalk(Q first, Function<Q, P> fetch, Function<P, List<T>> items, BiFunction<Q, P, Optional<Q>> next) {
    this.request = first;
    this.fetch = fetch;
    this.items = items;
    this.next = next;
  }

  /**
   * The items of every page, starting with the page {@code first} asks for.
   *
   * @param first the request of the first page
   * @param fetch makes one call (the client's single-page method)
   * @param items the items of an answer, in stream order
   * @param next the request of the page after the one {@code request} got as {@code answer}, or empty
   *     when it was the last
   */
  static <Q, P, T> Stream<T> stream(
      Q first, Function<Q, P> fetch, Function<P, List<T>> items, BiFunction<Q, P, Optional<Q>> next) {
    PageWalk<Q, P, T> walk = new PageWalk<>(first, fetch, items, next);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED), false);
  }

  @Override
  public boolean hasNext() {
    // A page may be empty and still not be the last one, so fetch until an item or the end.
    while (!page.hasNext() && request != null) {
      // On a failure the request is kept, so asking again repeats the failed page, never skips it.
      P answer = fetch.apply(request);
      Optional<Q> following = next.apply(request, answer);
      page = items.apply(answer).iterator();
      request = following.orElse(null);
    }
    return page.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more pages");
    }
    return page.next();
  }
}
