package id.pulih.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published schema of the subject record, read from the jar once and validated against with networknt. */
final class Schemas {
    private Schemas() {}

    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static final Schema SUBJECT_RECORD = load();

    private static Schema load() {
        try (InputStream in = SubjectRecordJson.schema()) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of a document against the subject-record schema. */
    static List<Error> errors(String json) {
        return SUBJECT_RECORD.validate(json, InputFormat.JSON);
    }

    /** Asserts a document is valid, listing every error otherwise. */
    static void assertValid(String json) {
        assertThat(errors(json))
                .as("errors against " + SubjectRecordJson.SCHEMA_RESOURCE)
                .isEmpty();
    }
}
