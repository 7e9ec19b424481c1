package dev.migrate.spring.boot.it.jpa;

import org.springframework.stereotype.Component;

/** Queries the migrated table while the context starts: it fails if the migration came later. */
@Component
public class StartupReader {
  private final String firstNote;

  public StartupReader(NoteRepository notes) {
    this.firstNote = notes.findById(1L).map(Note::getText).orElse(null);
  }

  public String firstNote() {
    return firstNote;
  }
}
