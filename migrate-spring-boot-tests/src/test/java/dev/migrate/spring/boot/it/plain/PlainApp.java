package dev.migrate.spring.boot.it.plain;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with a DataSource and nothing else of its own. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PlainApp {}
