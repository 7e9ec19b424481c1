package dev.migrate.spring.boot.it.jpa;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with a JPA entity, a repository and a bean that reads it at start-up. */
@SpringBootApplication
public class JpaApp {}
