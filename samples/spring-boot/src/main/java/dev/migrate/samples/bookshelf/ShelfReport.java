package dev.migrate.samples.bookshelf;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the books while the context starts. The repository's EntityManagerFactory waits for the
 * migration, so the table and the seeded rows are already there.
 */
@Component
public class ShelfReport {
  private static final Log log = LogFactory.getLog(ShelfReport.class);

  private final long books;

  public ShelfReport(BookRepository repository) {
    this.books = repository.count();
    log.info("The shelf holds " + books + " books");
  }

  /** The number of books when the application started. */
  public long books() {
    return books;
  }
}
