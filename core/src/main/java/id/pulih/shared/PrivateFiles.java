package id.pulih.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Files and folders that hold personal data of victims (the embedded database, import error files, exports), created
 * readable by their owner only: {@code rw-------} for a file and {@code rwx------} for a folder, set at creation
 * through {@link PosixFilePermissions}, so that other users of the machine never see them, whatever the umask.
 *
 * <p>Where the file system has no POSIX permissions (Windows, some network shares) the files are created with the
 * folder's default access, which on Windows is the user's profile's: keep them under the user's own folders there.
 * Every writer of such a file in Pulih goes through this class.
 *
 * <pre>{@code
 * try (Writer out = PrivateFiles.newWriter(Path.of("ntb-2020.errors.csv"))) {
 *     out.write("...");
 * }
 * }</pre>
 */
public final class PrivateFiles {
    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** {@code rwx------}. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    /**
     * Opens a file for writing in UTF-8, creating it owner-only or emptying it and making it owner-only before
     * anything is written. Missing folders above it are created owner-only.
     *
     * @param file the file; not null
     * @return the buffered writer, to close
     * @throws IOException when the file cannot be created, restricted or opened
     */
    public static Writer newWriter(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(file), StandardCharsets.UTF_8));
    }

    /**
     * Opens a file for writing, as {@link #newWriter(Path)}, as bytes.
     *
     * @param file the file; not null
     * @return the stream, to close
     * @throws IOException when the file cannot be created, restricted or opened
     */
    public static java.io.OutputStream newOutputStream(Path file) throws IOException {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath();
        if (absolute.getParent() != null) {
            createDirectories(absolute.getParent());
        }
        try {
            createFile(absolute);
        } catch (FileAlreadyExistsException e) {
            // written before: emptied by the open below, and made owner-only before any byte is written
        }
        java.io.OutputStream out =
                Files.newOutputStream(absolute, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            restrict(absolute);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    /**
     * Checks that a file could be written, without changing what it holds: an existing file is opened for appending
     * and closed, a missing one (and its missing folders) created owner-only and removed again.
     *
     * @param file the file; not null
     * @throws IOException when it could not be written
     */
    public static void checkWritable(Path file) throws IOException {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath();
        if (Files.exists(absolute)) {
            if (!Files.isRegularFile(absolute)) {
                throw new IOException(absolute + " is not a regular file");
            }
            Files.newOutputStream(absolute, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                    .close();
            return;
        }
        if (absolute.getParent() != null) {
            createDirectories(absolute.getParent());
        }
        createFile(absolute);
        Files.delete(absolute);
    }

    /**
     * Creates a folder and the missing folders above it, each owner-only; folders that exist are left as they are.
     *
     * @param folder the folder; not null
     * @return the folder
     * @throws IOException when a folder cannot be created
     */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = Objects.requireNonNull(folder, "folder").toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        if (absolute.getParent() != null) {
            createDirectories(absolute.getParent());
        }
        try {
            if (posix(absolute)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                // the umask may only have removed bits; set them exactly
                Files.setPosixFilePermissions(absolute, FOLDER);
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        return absolute;
    }

    /**
     * Makes an existing file or folder owner-only; does nothing where the file system has no POSIX permissions.
     *
     * @param path the file or folder; not null
     * @throws IOException when its permissions cannot be changed (it belongs to another user)
     */
    public static void restrict(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        if (posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /**
     * Makes owner-only every file of a folder whose name starts with a prefix, such as the files an embedded
     * database keeps beside each other ({@code pulih.mv.db}, {@code pulih.trace.db}); a missing folder is no error.
     *
     * @param folder the folder; not null
     * @param prefix the start of the names, such as {@code "pulih."}; not null
     * @throws IOException when the folder cannot be listed or a file's permissions cannot be changed
     */
    public static void restrictAll(Path folder, String prefix) throws IOException {
        Objects.requireNonNull(prefix, "prefix");
        if (!Files.isDirectory(Objects.requireNonNull(folder, "folder"))) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().startsWith(prefix) && Files.isRegularFile(file)) {
                    restrict(file);
                }
            }
        }
    }

    private static void createFile(Path file) throws IOException {
        if (posix(file)) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, ownerOnly);
        } else {
            Files.createFile(file);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
