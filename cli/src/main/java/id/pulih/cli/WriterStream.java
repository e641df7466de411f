package id.pulih.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 byte stream onto a writer, line by line, for code that prints to a {@code PrintStream} (the demo) while
 * the command writes through picocli's writers. A line break byte never occurs inside a multi-byte character, so
 * decoding whole lines never splits one. Closing it does not close the writer.
 */
final class WriterStream extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    WriterStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public void flush() {
        writer.flush();
    }

    @Override
    public void close() {
        emit();
        writer.flush();
    }

    private void emit() {
        writer.write(line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
