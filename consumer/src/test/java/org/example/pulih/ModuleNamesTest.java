package org.example.pulih;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.jdbc.JdbcStore;
import id.pulih.testkit.PulihGen;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The Pulih jars this project depends on name their modules, so that a project on the module path can write
 * {@code requires id.pulih.core;}: read from the manifests of the jars on this test's class path, and as the JDK
 * itself names them.
 */
class ModuleNamesTest {

    @Test
    void theCoreJarIsModuleIdPulihCore() throws Exception {
        assertModuleName(Pulih.class, "id.pulih.core");
    }

    @Test
    void theJdbcAdapterJarIsModuleIdPulihJdbc() throws Exception {
        assertModuleName(JdbcStore.class, "id.pulih.jdbc");
    }

    @Test
    void theTestkitJarIsModuleIdPulihTestkit() throws Exception {
        assertModuleName(PulihGen.class, "id.pulih.testkit");
    }

    private static void assertModuleName(Class<?> type, String expected) throws Exception {
        Path jar =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.isRegularFile(jar))
                .as("%s comes from a jar: %s", type.getName(), jar)
                .isTrue();

        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .as("Automatic-Module-Name in %s", jar.getFileName())
                    .isEqualTo(expected);
        }
        Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
        assertThat(modules)
                .singleElement()
                .satisfies(module -> assertThat(module.descriptor().name()).isEqualTo(expected));
    }
}
