package dev.migrate.samples.bookshelf;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/books")
public class BookController {
  private final BookRepository repository;

  public BookController(BookRepository repository) {
    this.repository = repository;
  }

  /** Every book, or those with one status ({@code to-read}, {@code reading}, {@code read}). */
  @GetMapping
  public List<Book> list(@RequestParam(required = false) String status) {
    return status == null ? repository.findAll() : repository.findByStatusOrderByTitle(status);
  }

  /** Adds a book; its status defaults to {@code to-read}. */
  @PostMapping
  public Book add(@RequestBody NewBook book) {
    String status = book.status() == null ? "to-read" : book.status();
    return repository.save(new Book(book.title(), book.author(), status));
  }

  /** The body of {@code POST /books}. */
  public record NewBook(String title, String author, String status) {}
}
