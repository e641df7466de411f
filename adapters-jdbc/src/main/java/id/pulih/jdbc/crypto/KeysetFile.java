package id.pulih.jdbc.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import id.pulih.jdbc.StoreError;
import id.pulih.shared.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Properties;

/**
 * The keys of an encrypted store in one file: two Tink keysets in Tink's JSON keyset format, the master AEAD keyset
 * (AES-256-GCM keys, the newest primary) under {@code master} and the blind-index keyset (HMAC-SHA256 PRF) under
 * {@code blind-index}, written owner-only ({@link PrivateFiles}).
 *
 * <pre>{@code
 * KeysetFile keys = KeysetFile.create(KeysetFile.besideDatabase(Path.of("pulih-data/pulih")));  // once; back it up
 * JdbcStore store = JdbcStore.builder(Path.of("pulih-data/pulih")).keys(keys).open();
 *
 * KeysetFile rotated = KeysetFile.load(path).rotate();  // a new primary master key, the old one still opens
 * store.rewrapDataKeys(rotated, 1_000);                  // every data key wrapped by the new primary
 * rotated.retireOld();                                   // only now are the old master keys gone
 * }</pre>
 *
 * <p>The file holds the keys in clear: whoever reads it reads the database. Keep it owner-only, apart from the backups
 * of the database, and back it up itself: without it an encrypted database cannot be read by anyone. An integrator
 * who keeps keys in a KMS or an HSM implements {@link KeyProvider} instead.
 */
public final class KeysetFile implements KeyProvider {
    /** The name of the master keyset in the file. */
    static final String MASTER = "master";

    /** The name of the blind-index keyset in the file. */
    static final String BLIND_INDEX = "blind-index";

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path path;
    private final KeysetHandle master;
    private final KeysetHandle blindIndex;
    private final Aead masterAead;
    private final Prf prf;

    private KeysetFile(Path path, KeysetHandle master, KeysetHandle blindIndex) throws GeneralSecurityException {
        this.path = path;
        this.master = master;
        this.blindIndex = blindIndex;
        this.masterAead = master.getPrimitive(RegistryConfiguration.get(), Aead.class);
        PrfSet set = blindIndex.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        this.prf = set.getPrfs().get(set.getPrimaryId());
    }

    /**
     * Where the keyset of an embedded H2 database is kept by default: beside it, {@code <file>.keyset}.
     *
     * @param databaseFile the database file without extension, as {@code JdbcStore.h2} takes it
     * @return the keyset file's path
     */
    public static Path besideDatabase(Path databaseFile) {
        Path absolute = Objects.requireNonNull(databaseFile, "databaseFile").toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".keyset");
    }

    /**
     * Creates a new keyset file with a new master key and a new blind-index key; its folder is created owner-only.
     *
     * @param path the file; it must not exist yet
     * @return the keys
     * @throws UncheckedIOException when the file exists already or cannot be written
     */
    public static KeysetFile create(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            KeysetHandle master = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            KeysetHandle blindIndex = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
            KeysetFile file = new KeysetFile(path.toAbsolutePath(), master, blindIndex);
            if (Files.exists(file.path)) {
                throw new FileAlreadyExistsException(file.path.toString(), null, "a keyset is already there");
            }
            file.write();
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not generate the keys", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the keyset file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a keyset file.
     *
     * @param path the file
     * @return the keys
     * @throws id.pulih.jdbc.StoreException {@code store.key-missing} when there is no such file, {@code store.key-wrong}
     *     when it is not a Pulih keyset file
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public static KeysetFile load(Path path) {
        Path absolute = Objects.requireNonNull(path, "path").toAbsolutePath();
        Properties keysets = new Properties();
        try (Reader in = Files.newBufferedReader(absolute, StandardCharsets.UTF_8)) {
            keysets.load(in);
        } catch (NoSuchFileException e) {
            throw StoreError.KEY_MISSING.refuse(null, " (no keyset file at " + absolute + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the keyset file " + absolute + ": " + e.getMessage(), e);
        }
        String master = keysets.getProperty(MASTER);
        String blindIndex = keysets.getProperty(BLIND_INDEX);
        if (master == null || blindIndex == null) {
            throw StoreError.KEY_WRONG.refuse(null, " (" + absolute + " is not a Pulih keyset file)");
        }
        try {
            return new KeysetFile(
                    absolute,
                    TinkJsonProtoKeysetFormat.parseKeyset(master, InsecureSecretKeyAccess.get()),
                    TinkJsonProtoKeysetFormat.parseKeyset(blindIndex, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException | RuntimeException e) {
            // Tink's messages name no key material; the cause is left out all the same
            throw StoreError.KEY_WRONG.refuse(null, " (" + absolute + " does not hold readable Tink keysets)");
        }
    }

    /**
     * Adds a new primary master key and writes the file; the old master keys stay enabled, so that every data key
     * they wrapped still opens until it is re-wrapped. The blind-index key never changes (the stored look-up values
     * are its outputs).
     *
     * @return the keys with the new primary
     * @throws UncheckedIOException when the file cannot be written
     */
    public KeysetFile rotate() {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(master);
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId()
                    .makePrimary());
            KeysetFile rotated = new KeysetFile(path, builder.build(), blindIndex);
            rotated.write();
            return rotated;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not add a master key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the keyset file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes every master key but the primary and writes the file: call it only once every data key is wrapped by
     * the primary ({@code JdbcStore.rewrapDataKeys}), or the data keys the old keys wrapped are lost.
     *
     * @return the keys with the primary master key alone
     * @throws UncheckedIOException when the file cannot be written
     */
    public KeysetFile retireOld() {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(master);
            for (int i = builder.size() - 1; i >= 0; i--) {
                if (!builder.getAt(i).isPrimary()) {
                    builder.deleteAt(i);
                }
            }
            KeysetFile retired = new KeysetFile(path, builder.build(), blindIndex);
            retired.write();
            return retired;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not rebuild the master keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the keyset file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * How many master keys are enabled: 1, or more between a rotation and the retirement of the old keys.
     *
     * @return the number of enabled master keys
     */
    public int masterKeys() {
        int enabled = 0;
        for (int i = 0; i < master.size(); i++) {
            if (master.getAt(i).getStatus() == KeyStatus.ENABLED) {
                enabled++;
            }
        }
        return enabled;
    }

    /**
     * The file.
     *
     * @return its absolute path
     */
    public Path path() {
        return path;
    }

    @Override
    public Aead master() {
        return masterAead;
    }

    @Override
    public Prf blindIndex() {
        return prf;
    }

    /** Writes both keysets to a new owner-only file beside this one, then moves it over this one. */
    private void write() throws IOException, GeneralSecurityException {
        Properties keysets = new Properties();
        keysets.setProperty(MASTER, TinkJsonProtoKeysetFormat.serializeKeyset(master, InsecureSecretKeyAccess.get()));
        keysets.setProperty(
                BLIND_INDEX, TinkJsonProtoKeysetFormat.serializeKeyset(blindIndex, InsecureSecretKeyAccess.get()));
        if (path.getParent() != null) {
            PrivateFiles.createDirectories(path.getParent());
        }
        Path next = path.resolveSibling(path.getFileName() + ".next");
        Files.deleteIfExists(next);
        try (Writer out = PrivateFiles.newWriter(next)) {
            keysets.store(
                    out,
                    "Pulih keys: Tink keysets (master AEAD, blind-index PRF). Secret: back it up, share it"
                            + " with no one.");
        }
        Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        PrivateFiles.restrict(path);
    }

    @Override
    public String toString() {
        return "KeysetFile[" + path + ", master keys=" + masterKeys() + "]";
    }
}
