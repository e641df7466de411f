package id.pulih.examples;

import id.pulih.Pulih;
import id.pulih.jdbc.JdbcStore;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Pulih with the embedded H2 file database: zero set-up, the schema is created (or migrated) on open.
 *
 * <pre>{@code
 * Pulih pulih = Pulih.builder().store(JdbcStore.h2(Path.of("pulih-data/pulih"))).build();
 * }</pre>
 */
public final class H2Example {
    private H2Example() {}

    /**
     * Runs the example against {@code ./pulih-data/example}.
     *
     * @param args optionally the database file, without extension
     */
    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "pulih-data/example"), System.out);
    }

    /**
     * Opens (and migrates) the database and runs the in-memory example's steps on it.
     *
     * @param file the database file, without extension
     * @param out where to print what happens
     * @return how many beneficiaries the database holds afterwards
     */
    public static long run(Path file, PrintStream out) {
        JdbcStore store = JdbcStore.h2(file);
        Pulih pulih = Pulih.builder().store(store).build();
        InMemoryExample.run(pulih, out);
        long count = store.beneficiaries().count();
        out.println("the H2 database at " + file + " holds " + count + " beneficiaries");
        return count;
    }
}
