/**
 * The {@code pulih} command: {@code init} creates or migrates a database, {@code report} prints a report within the
 * acting officer's jurisdiction, {@code demo} replays the seed events on a fresh database. Built on picocli; all output
 * goes through the command line's writers so tests capture it.
 *
 * <p>Exit codes: 0 done, 1 Pulih refused (a data or database error, reported on one line with its code), 2 the
 * command line or the configuration is wrong, 3 an unexpected failure (a bug; {@code --verbose} shows the trace).
 */
package id.pulih.cli;
