package io.github.vertxtim.bulk.impl;

import io.github.vertxtim.bulk.JournalRecord;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the journal of earlier runs says, position by position: which chunk carried an item, and whether that item
 * got its final outcome. A resumed job holds the items of a journaled chunk as they come ({@link Held}) until the
 * whole chunk is read and its hash checked, then skips the final ones and resumes the others.
 */
final class ResumePlan {

  /** A chunk an earlier run sent. */
  static final class Held<P> {
    final long id;
    final long[] ranges;
    final String hash;
    final Long msgRandom;
    final long atMillis;
    final int size;
    private final long base;
    private final BitSet finals = new BitSet();
    final List<P> items = new ArrayList<>();
    final ItemsHash readHash = new ItemsHash();

    Held(JournalRecord.Sent s) {
      id = s.chunk();
      ranges = s.ranges();
      hash = s.itemsHash();
      msgRandom = s.msgRandom();
      atMillis = s.atMillis();
      base = ranges.length > 0 ? ranges[0] : 0;
      long n = 0;
      for (int i = 0; i + 1 < ranges.length; i += 2) {
        n += ranges[i + 1] - ranges[i];
      }
      size = (int) n;
    }

    boolean isFinal(long position) {
      return finals.get((int) (position - base));
    }

    private void markFinal(long[] positions) {
      for (int i = 0; i + 1 < positions.length; i += 2) {
        finals.set((int) (positions[i] - base), (int) (positions[i + 1] - base));
      }
    }

    boolean complete() {
      return items.size() == size;
    }
  }

  private final TreeMap<Long, Map.Entry<Long, Held<?>>> byStart = new TreeMap<>();
  private long nextChunk;
  /** Positions of earlier runs' chunks whose items have not all been read yet. */
  private int open;

  ResumePlan(List<JournalRecord> records) {
    Map<Long, Held<?>> chunks = new java.util.HashMap<>();
    for (JournalRecord r : records) {
      if (r instanceof JournalRecord.Sent s) {
        Held<?> h = new Held<>(s);
        chunks.put(s.chunk(), h);
        nextChunk = Math.max(nextChunk, s.chunk() + 1);
        for (int i = 0; i + 1 < s.ranges().length; i += 2) {
          byStart.put(s.ranges()[i], Map.entry(s.ranges()[i + 1], h));
        }
      } else if (r instanceof JournalRecord.Settled s) {
        Held<?> h = chunks.get(s.chunk());
        if (h != null) {
          h.markFinal(s.ok());
          h.markFinal(s.unknown());
          for (JournalRecord.Failure f : s.failed()) {
            h.markFinal(new long[] {f.position(), f.position() + 1});
          }
        }
      }
    }
    open = chunks.size();
  }

  /** The earlier chunk that carried the item at {@code position}, or null for an item never sent. */
  @SuppressWarnings("unchecked")
  <P> Held<P> chunkAt(long position) {
    Map.Entry<Long, Map.Entry<Long, Held<?>>> e = byStart.floorEntry(position);
    return e != null && position < e.getValue().getKey() ? (Held<P>) e.getValue().getValue() : null;
  }

  /** The number for the next new chunk: after every chunk of the journal. */
  long nextChunkId() {
    return nextChunk++;
  }

  /** A held chunk was read whole. */
  void closed() {
    open--;
  }

  /** Whether chunks of earlier runs are still waiting for items: a source that ends now is shorter than the journal's. */
  boolean waiting() {
    return open > 0;
  }
}
