package dev.migrate.jpa.hibernate;

import dev.migrate.jpa.EntityClassNotLoadableException;
import dev.migrate.jpa.EntityMappingException;
import dev.migrate.jpa.JpaModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * Words a failure from inside the model loader. Hibernate's exception types belong to that loader,
 * so they are told apart by name: a missing class anywhere in the chain is named as such; otherwise
 * the innermost Hibernate exception's message is the one that says what is wrong with the mapping.
 */
final class HibernateFailure {
  private HibernateFailure() {}

  static JpaModelException translate(Throwable failure, String version) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    for (Throwable t : chain) {
      String missing = missingClass(t);
      if (missing != null) {
        return new EntityClassNotLoadableException(missing, version, failure);
      }
    }
    String message = null;
    for (Throwable t : chain) {
      if (t.getClass().getName().startsWith("org.hibernate.") && t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    if (message == null) {
      message = chain.get(chain.size() - 1).toString();
    }
    return new EntityMappingException(message, version, failure);
  }

  private static String missingClass(Throwable t) {
    String message = t.getMessage();
    if (message == null) {
      return null;
    }
    if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
      return message.replace('/', '.').strip();
    }
    if (t instanceof TypeNotPresentException notPresent) {
      return notPresent.typeName();
    }
    // Hibernate's ClassLoadingException: "Unable to load class [x.y.Z]"
    if (t.getClass().getName().endsWith("ClassLoadingException")) {
      int open = message.indexOf('[');
      int close = message.indexOf(']', open + 1);
      if (open >= 0 && close > open) {
        return message.substring(open + 1, close);
      }
    }
    return null;
  }
}
