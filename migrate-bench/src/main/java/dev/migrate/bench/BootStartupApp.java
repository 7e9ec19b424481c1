package dev.migrate.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application of the Spring Boot start-up scenario, started in a JVM of its own by {@link
 * BootStartupScenario}: Boot's DataSource and JdbcTemplate, with or without the starter on the
 * class path. It opens its database before the context starts and queries it once before it stops,
 * as nearly every application touches its database while it starts (JPA, a health check): otherwise
 * only the run with the starter would open H2, and H2's own start would be counted as the
 * starter's.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BootStartupApp {
  private static final String URL_ARGUMENT = "--spring.datasource.url=";

  public static void main(String[] args) throws Exception {
    BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
    try (Connection open = DriverManager.getConnection(url(args));
        ConfigurableApplicationContext context =
            new SpringApplicationBuilder(BootStartupApp.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .applicationStartup(startup)
                .run(args)) {
      Integer one = context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class);
      boolean migrated = context.containsBean("migrateInitializer");
      System.out.println("started; SELECT 1 = " + one + "; migrate starter active: " + migrated);
      // Read by BootStartupScenario: on a loaded machine the process's CPU time varies less than
      // its wall time, the uptime leaves out the JVM's exit, and the starter's beans are the part
      // of the start-up that is the starter's own.
      System.out.println(
          "bench: uptime-ms="
              + ManagementFactory.getRuntimeMXBean().getUptime()
              + " cpu-ms="
              + processCpuMillis()
              + " starter-ms="
              + starterBeansMillis(startup.getBufferedTimeline()));
    }
  }

  private static String url(String[] args) {
    for (String arg : args) {
      if (arg.startsWith(URL_ARGUMENT)) {
        return arg.substring(URL_ARGUMENT.length());
      }
    }
    throw new IllegalArgumentException("no " + URL_ARGUMENT + " argument");
  }

  /**
   * The time spent creating the starter's beans ({@code migrate*}: the properties, the targets, the
   * initializer that runs the engine), counted once where one is created inside another.
   */
  private static long starterBeansMillis(StartupTimeline timeline) {
    // Two passes: a step is recorded when it ends, so a nested bean comes before its parent.
    Set<Long> starterSteps = new HashSet<>();
    for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
      if (isStarterBean(event.getStartupStep())) {
        starterSteps.add(event.getStartupStep().getId());
      }
    }
    long nanos = 0;
    for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
      StartupStep step = event.getStartupStep();
      if (starterSteps.contains(step.getId()) && !starterSteps.contains(step.getParentId())) {
        nanos += event.getDuration().toNanos();
      }
    }
    return nanos / 1_000_000;
  }

  private static boolean isStarterBean(StartupStep step) {
    if (!step.getName().equals("spring.beans.instantiate")) {
      return false;
    }
    for (StartupStep.Tag tag : step.getTags()) {
      if (tag.getKey().equals("beanName")) {
        return tag.getValue().startsWith("migrate") || tag.getValue().contains("dev.migrate");
      }
    }
    return false;
  }

  private static long processCpuMillis() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1_000_000
        : -1;
  }
}
