package id.pulih.cli;

import picocli.CommandLine;

/**
 * Runs the {@code pulih} command and exits with its code (0 done, 1 refused, 2 usage, 3 unexpected failure).
 *
 * <pre>{@code
 * ./pulih demo
 * ./pulih init --db jdbc:postgresql://localhost/pulih --db-user pulih
 * ./pulih report shelters --actor hq-01:CASE_WORKER:NATIONAL --format csv
 * }</pre>
 */
public final class Main {
    private Main() {}

    /**
     * Runs the command.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which would print to the terminal through
        // java.util.logging; send it to SLF4J, bound to nothing, like Flyway.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        System.exit(commandLine(Environment.system()).execute(args));
    }

    /**
     * The command line over an environment, with Pulih's error handling: one line on the error writer per failure.
     */
    static CommandLine commandLine(Environment environment) {
        CommandLine line = new CommandLine(new PulihCommand(environment));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler(Failures::usage);
        line.setExecutionExceptionHandler(Failures::execution);
        return line;
    }
}
