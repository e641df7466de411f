package id.pulih.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, for progress (read by another thread than the one reading, hence volatile). */
final class CountingInputStream extends FilterInputStream {
    private volatile long count;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * What can be read without blocking, or 0 when the stream cannot tell: a named pipe opened through NIO answers
     * {@code available()} with "Illegal seek", and a buffer that asks must take that as "read on", not as a failure.
     */
    @Override
    public int available() {
        try {
            return super.available();
        } catch (IOException cannotTell) {
            return 0;
        }
    }
}
