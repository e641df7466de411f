package id.pulih.cli;

import id.pulih.shared.PulihException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one readable line on the error writer, {@code pulih: <message> [<code>]}, and an exit
 * code. Officers read this in a terminal: a stack trace only with {@code --verbose}.
 */
final class Failures {
    static final int REFUSED = 1;
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int UNEXPECTED = 3;

    private Failures() {}

    static int usage(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("pulih: " + oneLine(e.getMessage()) + " (see '"
                + line.getCommandSpec().qualifiedName() + " --help')");
        if (verbose(line.getParseResult())) {
            e.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }

    static int execution(Exception e, CommandLine line, ParseResult parsed) {
        PrintWriter err = line.getErr();
        int code;
        if (e instanceof Settings.SettingsException wrong) {
            err.println("pulih: " + oneLine(wrong.getMessage()));
            code = USAGE;
        } else if (e instanceof PulihException refusal) {
            String message = oneLine(refusal.getMessage());
            String tag = "[" + refusal.code() + "]";
            err.println("pulih: " + (message.endsWith(tag) ? message : message + " " + tag));
            code = REFUSED;
        } else {
            err.println("pulih: unexpected failure: " + oneLine(String.valueOf(e))
                    + (verbose(parsed) ? "" : " (run again with --verbose for the details)"));
            code = UNEXPECTED;
        }
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Whether {@code --verbose} was given to the command or any of its subcommands. */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
