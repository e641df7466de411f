package id.pulih.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of repeated runs, reported as a median. */
final class Median {
    private final List<Long> nanos = new ArrayList<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    /** Each run, in seconds, in the order run: shows the spread behind the median. */
    String runs() {
        StringBuilder all = new StringBuilder();
        for (long n : nanos) {
            all.append(all.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.2f", n / 1e9));
        }
        return all.toString();
    }

    double seconds() {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1e9;
    }
}
