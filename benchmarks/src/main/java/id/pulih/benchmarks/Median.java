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

    double seconds() {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1e9;
    }
}
