package id.pulih.benchmarks;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Runs one benchmark and prints medians and ratios against a baseline measured in the same run.
 *
 * <pre>
 * mvn -B -Pbench -pl benchmarks -am package -DskipTests -Dbench=bulk -Dbench.rows=1000000 -Dbench.runs=3
 * </pre>
 *
 * The harness runs with {@code -Xmx256m}: memory must stay flat in the number of rows.
 */
public final class Main {
    private Main() {}

    /**
     * Entry point.
     *
     * @param args the benchmark ({@code bulk}, {@code csv}, or only its parts {@code csv-parse} and {@code csv-db}, or
     *     {@code crypto}: plain against encrypted), the number of rows, the number of measured runs
     * @throws Exception when a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        String bench = args.length > 0 ? args[0] : "bulk";
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        PrintStream out = System.out;
        out.printf(
                Locale.ROOT,
                "pulih benchmark %s: %,d rows, %d measured runs after a warm-up, max heap %d MB%n",
                bench,
                rows,
                runs,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        switch (bench) {
            case "bulk" -> new BulkBenchmark(out).run(rows, runs);
            case "csv" -> new CsvBenchmark(out).run(rows, runs, true, true);
            case "csv-parse" -> new CsvBenchmark(out).run(rows, runs, true, false);
            case "csv-db" -> new CsvBenchmark(out).run(rows, runs, false, true);
            case "crypto" -> new EncryptionBenchmark(out).run(rows, runs);
            default ->
                throw new IllegalArgumentException(
                        "unknown benchmark " + bench + "; expected bulk, csv, csv-parse, csv-db or crypto");
        }
    }
}
