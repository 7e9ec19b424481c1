package dev.migrate.samples.bookshelf;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A row of the {@code book} table, which the revisions create; Hibernate only validates it. */
@Entity
public class Book {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;
  private String author;
  private String status;

  protected Book() {}

  public Book(String title, String author, String status) {
    this.title = title;
    this.author = author;
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getAuthor() {
    return author;
  }

  public String getStatus() {
    return status;
  }
}
