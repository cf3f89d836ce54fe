package io.github.vertxtim.bulk;

/** The journal cannot serve the job: it belongs to another job, the source changed, or it cannot be read or written. */
public class BulkJournalException extends RuntimeException {

  public BulkJournalException(String message) {
    super(message);
  }

  public BulkJournalException(String message, Throwable cause) {
    super(message, cause);
  }
}
