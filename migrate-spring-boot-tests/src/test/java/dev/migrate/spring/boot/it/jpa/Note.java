package dev.migrate.spring.boot.it.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Note {
  @Id private Long id;
  private String text;

  public Long getId() {
    return id;
  }

  public String getText() {
    return text;
  }
}
