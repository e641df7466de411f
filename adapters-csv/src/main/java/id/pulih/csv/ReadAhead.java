package id.pulih.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rows of a beneficiary file, read on a second thread and checked on both, handed to the caller in file order.
 *
 * <p>Reading CSV and checking rows take about the same time; one thread does both one after the other, two do them
 * side by side. A reader thread reads records in batches of {@value #BATCH} and queues them; the caller takes the
 * oldest batch, checks its rows and hands them on. When the reader is {@value #AHEAD} batches ahead it stops reading
 * and checks rows of the queued batches instead, a few at a time, so the two threads share the checking whatever
 * the file and the machine. At most {@value #AHEAD} batches wait, so memory stays flat.
 *
 * <p>Each thread checks with its own {@link BeneficiaryRows} (their look-up memos are not shared). The caller alone
 * hands rows on (to the report and to the store, whose transaction is bound to the caller's thread). A failure of
 * the file is raised where it happened, after the rows before it; {@link #close()} stops the reader and waits for it,
 * so the file is never read after the import returns.
 */
final class ReadAhead implements AutoCloseable {
    /** Rows per batch. */
    static final int BATCH = 512;
    /** Rows claimed at a time by either thread. */
    private static final int CLAIM = 32;
    /** Batches the reader reads ahead before it helps checking. */
    private static final int AHEAD = 4;

    /** A row of the file and its check. */
    record Item(List<String> cells, BeneficiaryRows.Mapped mapped) {}

    private final CsvSource source;
    private final Charset charset;
    private final BeneficiaryRows callerRows;
    private final BeneficiaryRows readerRows;
    private final ArrayDeque<Batch> queue = new ArrayDeque<>();
    private final Thread reader;
    private volatile boolean closed;
    private Batch current;
    private int position;

    ReadAhead(CsvSource source, Charset charset, BeneficiaryRows rows) {
        this.source = source;
        this.charset = charset;
        this.callerRows = rows;
        this.readerRows = rows.another();
        this.reader = new Thread(this::read, "pulih-csv-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The next row in file order.
     *
     * @return it, or null after the last row
     * @throws CsvImportException when the file fails at this point
     */
    Item next() {
        while (current == null || position == current.size) {
            if (current != null && current.last) {
                rethrow(current.failure);
                return null;
            }
            current = take();
            while (current.check(callerRows)) {
                // the caller checks what the reader has not claimed
            }
            current.awaitChecked();
            rethrow(current.checkFailure);
            position = 0;
        }
        int i = position++;
        Item item = new Item(current.cells.set(i, null), current.mapped[i]);
        current.mapped[i] = null;
        return item;
    }

    private synchronized Batch take() {
        while (queue.isEmpty()) {
            waitHere();
        }
        Batch batch = queue.poll();
        notifyAll();
        return batch;
    }

    /** The reader thread: reads batches, and checks rows of queued ones while it is far enough ahead. */
    private void read() {
        try {
            boolean last = false;
            while (!closed && !last) {
                Batch batch = readBatch();
                last = batch.last;
                synchronized (this) {
                    queue.add(batch);
                    notifyAll();
                }
                help();
            }
        } catch (RuntimeException | Error e) {
            Batch failed = new Batch();
            failed.last = true;
            failed.failure = e;
            synchronized (this) {
                queue.add(failed);
                notifyAll();
            }
        }
    }

    private Batch readBatch() {
        Batch batch = new Batch();
        try {
            CsvRecord record;
            while (batch.size < BATCH && (record = source.next(charset)) != null) {
                batch.lines[batch.size] = record.getStartingLineNumber();
                batch.cells.add(CsvSource.cells(record));
                batch.size++;
            }
            batch.last = batch.size < BATCH;
        } catch (RuntimeException e) {
            batch.last = true;
            batch.failure = e;
        }
        return batch;
    }

    /** Checks rows of queued batches for as long as {@value #AHEAD} batches wait and none is the last. */
    private void help() {
        while (!closed) {
            Batch open = null;
            synchronized (this) {
                if (queue.size() < AHEAD || queue.peekLast().last) {
                    return;
                }
                for (Batch b : queue) {
                    if (b.unclaimed()) {
                        open = b;
                        break;
                    }
                }
                if (open == null) {
                    waitHere();
                    continue;
                }
            }
            open.check(readerRows);
        }
    }

    private void waitHere() {
        waitOn(this);
    }

    /** Waits on a monitor the caller holds; an interrupt ends the import. */
    private static void waitOn(Object monitor) {
        try {
            monitor.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CsvError.IO.refuse(e, "import", "finished: it was interrupted");
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    long bytesRead() {
        return source.bytesRead();
    }

    /** Stops the reader and waits until it has stopped: the file is not read afterwards. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Up to {@value #BATCH} rows; either thread claims {@value #CLAIM} at a time to check them. */
    private static final class Batch {
        final long[] lines = new long[BATCH];

        final List<List<String>> cells = new ArrayList<>(BATCH);

        final BeneficiaryRows.Mapped[] mapped = new BeneficiaryRows.Mapped[BATCH];
        final AtomicInteger claimed = new AtomicInteger();
        int size;
        boolean last;
        /** Why reading stopped after these rows, or null. */
        Throwable failure;
        /** A check that failed unexpectedly (a bug), raised in the caller; guarded by this. */
        Throwable checkFailure;
        /** Rows checked so far; guarded by this. */
        private int checked;

        boolean unclaimed() {
            return claimed.get() < size;
        }

        /** Claims and checks a few rows; false when none were left. */
        boolean check(BeneficiaryRows rows) {
            int from = claimed.getAndAdd(CLAIM);
            if (from >= size) {
                return false;
            }
            int to = Math.min(size, from + CLAIM);
            Throwable failed = null;
            for (int i = from; i < to && failed == null; i++) {
                try {
                    mapped[i] = rows.map(lines[i], cells.get(i));
                } catch (RuntimeException | Error e) {
                    failed = e;
                }
            }
            synchronized (this) {
                checked += to - from;
                if (failed != null && checkFailure == null) {
                    checkFailure = failed;
                }
                if (checked == size) {
                    notifyAll();
                }
            }
            return true;
        }

        synchronized void awaitChecked() {
            while (checked < size) {
                waitOn(this);
            }
        }
    }
}
