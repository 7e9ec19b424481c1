@echo off
rem The migrate command on Windows: runs lib\@project.build.finalName@.jar.
rem   JAVA_HOME  the Java (17 or later) to use; without it, java on the PATH
rem   JAVA_OPTS  extra JVM options
rem The arguments go to the CLI as typed; the working directory stays the caller's, so
rem migrate.properties and relative paths mean what they mean for java -jar.
rem (No class-data archive here: bin/migrate makes one on Linux and macOS.)
rem C1 only, as bin/migrate: a short process gains nothing from C2's compilations; a
rem -XX:TieredStopAtLevel in JAVA_OPTS comes later on the line and wins.
setlocal
set "MIGRATE_HOME=%~dp0.."
set "JAVA_EXE=java"
if not defined JAVA_HOME goto run
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto run
echo ERROR: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe; point it at a Java 17 or later, or unset it to use java from the PATH 1>&2
exit /b 2

:run
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%MIGRATE_HOME%\lib\@project.build.finalName@.jar" %*
exit /b %ERRORLEVEL%
