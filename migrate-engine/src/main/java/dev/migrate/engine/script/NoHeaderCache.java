package dev.migrate.engine.script;

import java.nio.file.Path;

/** {@link HeaderCache#none()}. */
enum NoHeaderCache implements HeaderCache {
  INSTANCE;

  @Override
  public HeaderCache.CachedScripts read(Path directory) {
    return HeaderCache.CachedScripts.empty();
  }

  @Override
  public void write(Path directory, HeaderCache.CachedScripts scripts) {}
}
