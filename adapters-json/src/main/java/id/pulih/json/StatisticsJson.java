package id.pulih.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pulih.Reports;
import id.pulih.report.statistics.Generalisation;
import id.pulih.report.statistics.HtcdsField;
import id.pulih.report.statistics.StatisticalRecord;
import id.pulih.report.statistics.StatisticsSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the k-anonymous statistical export ({@link Reports#statistics}) as one JSON document, streamed with
 * Jackson's generator so that no row is held: the source and its licence, the fields in order, one object per
 * published person keyed by HTCDS field name ({@link HtcdsField}; multi-select fields as arrays of codes, a value not
 * specified as {@code null}), then the summary (k, read, kept, generalised by step, suppressed). Its JSON Schema ships
 * in this jar as {@value #SCHEMA}.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("statistik-2024.json"))) {
 *     StatisticsSummary done = StatisticsJson.write(pulih.as(officer).reports(), 11, out);
 * }
 * // {"standard":"HTCDS 2.0", ..., "rows":[{"prs_Gender":"Feminine","ageBroad":"25--29",...}], "summary":{...}}
 * }</pre>
 */
public final class StatisticsJson {
    /** The classpath resource of the document's JSON Schema. */
    public static final String SCHEMA = "/id/pulih/json/statistics.schema.json";

    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    private StatisticsJson() {}

    /**
     * Runs the export and writes it as UTF-8 JSON to a stream, which stays open.
     *
     * @param reports the reports of the acting officer (the export covers that officer's jurisdiction)
     * @param k the k, 2 or more (11 as CTDC publishes)
     * @param out the stream
     * @return what the export read, kept, generalised and suppressed
     * @throws id.pulih.shared.InvalidValueException coded {@code statistics.k} for a k out of range
     * @throws UncheckedIOException when the stream fails
     */
    public static StatisticsSummary write(Reports reports, int k, OutputStream out) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        try {
            return write(reports, k, FACTORY.createGenerator(out, JsonEncoding.UTF8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the export and writes it as JSON text to a writer, which stays open.
     *
     * @param reports the reports of the acting officer (the export covers that officer's jurisdiction)
     * @param k the k, 2 or more (11 as CTDC publishes)
     * @param out the writer
     * @return what the export read, kept, generalised and suppressed
     * @throws id.pulih.shared.InvalidValueException coded {@code statistics.k} for a k out of range
     * @throws UncheckedIOException when the writer fails
     */
    public static StatisticsSummary write(Reports reports, int k, Writer out) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        try {
            return write(reports, k, FACTORY.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StatisticsSummary write(Reports reports, int k, JsonGenerator generator) {
        try (JsonGenerator json = generator
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                .useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("standard", "HTCDS 2.0");
            json.writeStringField(
                    "attribution",
                    "Human Trafficking Case Data Standard (HTCDS) by IOM, licensed under CC BY 4.0;"
                            + " no endorsement by IOM is implied");
            json.writeArrayFieldStart("fields");
            for (HtcdsField field : HtcdsField.values()) {
                json.writeString(field.fieldName());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            StatisticsSummary summary = reports.statistics(k, row -> write(json, row));
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("k", summary.k());
            json.writeNumberField("records", summary.records());
            json.writeNumberField("kept", summary.kept());
            json.writeNumberField("generalised", summary.generalised());
            json.writeNumberField("suppressed", summary.suppressed());
            json.writeNumberField("combinations", summary.combinations());
            json.writeObjectFieldStart("byStep");
            for (Generalisation step : Generalisation.values()) {
                json.writeNumberField(step.name(), summary.byStep().get(step));
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator json, StatisticalRecord row) {
        try {
            json.writeStartObject();
            for (HtcdsField field : HtcdsField.values()) {
                json.writeFieldName(field.fieldName());
                value(json, row.value(field));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                value(json, optional.get());
            } else {
                json.writeNull();
            }
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof List<?> codes) {
            json.writeStartArray();
            for (Object code : codes) {
                json.writeString(String.valueOf(code));
            }
            json.writeEndArray();
        } else if ("".equals(value)) {
            json.writeNull();
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
