package dev.migrate.samples.bookshelf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bookshelf whose schema migrate creates and upgrades while the application starts. */
@SpringBootApplication
public class BookshelfApplication {
  public static void main(String[] args) {
    SpringApplication.run(BookshelfApplication.class, args);
  }
}
