package io.github.vertxtim.bulk;

import io.github.vertxtim.registry.RetrySafety;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@link BulkJournal}. Items are named by their position in the job's source (0 for the first item
 * the job read); a set of positions is kept as {@code [from, to)} ranges, flattened ({@code {0, 100, 150, 160}}
 * is items 0..99 and 150..159).
 */
public sealed interface JournalRecord {

  /**
   * The first record: what makes a rerun the same job.
   *
   * @param endpoint     {@code service/command}
   * @param chunkSize    items per request
   * @param templateHash a hash of the fields sent with every chunk (MsgRandom left out)
   * @param retrySafety  the endpoint's retry class when the journal was begun
   */
  record Header(int version, String endpoint, int chunkSize, String templateHash, RetrySafety retrySafety)
      implements JournalRecord {

    public static final int VERSION = 1;

    public Header {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(templateHash, "templateHash");
      Objects.requireNonNull(retrySafety, "retrySafety");
    }
  }

  /**
   * A chunk is about to be sent for the first time; written (and its write completed) before the request leaves.
   *
   * @param chunk      the chunk's number in the job
   * @param ranges     the positions it carries
   * @param itemsHash  a hash of its items, so a rerun over another source is recognised
   * @param msgRandom  the MsgRandom every attempt of the chunk carries (MSG_RANDOM endpoints), else null
   * @param atMillis   wall-clock time of the first attempt
   */
  record Sent(long chunk, long[] ranges, String itemsHash, Long msgRandom, long atMillis) implements JournalRecord {
  }

  /**
   * Items of a chunk got their final outcome (the others of the chunk are still being retried, or in flight).
   *
   * @param ok      positions that ended OK
   * @param failed  positions that failed for good
   * @param unknown positions reported with an unknown outcome by a resumed run
   */
  record Settled(long chunk, long[] ok, List<Failure> failed, long[] unknown) implements JournalRecord {

    public Settled {
      failed = List.copyOf(failed);
    }
  }

  /** A failed item of a {@link Settled} record. */
  record Failure(long position, int errorCode, String errorInfo) {
  }
}
